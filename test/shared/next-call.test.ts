// "Use it next": each provider's next request is rendered from the table, the link or id is
// quoted so a shell passes it through unchanged, and the key is only ever a variable.

import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { PROVIDER_IDS, PROVIDERS } from '../../shared/providers.ts';
import { nextStep, shellQuote } from '../../shared/next-call.ts';
import { englishT } from '../../shared/i18n/english.ts';

/**
 * Runs the command in bash with curl replaced by a function that prints each argument (NUL-separated),
 * reading `-H @-` as curl does: the header line from its standard input (next-call-key.test.ts
 * checks that the key comes that way).
 */
function curlArgs(command: string, env: Record<string, string> = {}): string[] {
  const script = `curl() { for a in "$@"; do if [ "$a" = @- ]; then IFS= read -r a; fi; printf '%s\\0' "$a"; done; }\n${command}`;
  const out = execFileSync('bash', ['-c', script], { env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8' });
  return out.split('\0').slice(0, -1);
}

describe('nextStep', () => {
  it('renders each provider\'s documented next request', () => {
    const url = 'https://cdn.example/upload/abc';
    const assemblyai = nextStep(englishT(), PROVIDERS.assemblyai, { url }, undefined, 'audio');
    expect(curlArgs(assemblyai!.curl, { ASSEMBLYAI_API_KEY: 'k1' })).toEqual([
      '-X', 'POST', 'https://api.assemblyai.com/v2/transcript', '-H', 'Authorization: k1', '-H', 'Content-Type: application/json', '-d', '{"audio_url":"https://cdn.example/upload/abc"}',
    ]);
    const memories = nextStep(englishT(), PROVIDERS.memories, { assetId: 're_123' }, undefined, 'video');
    const m = curlArgs(memories!.curl, { MEMORIES_API_KEY: 'k2' });
    expect(m[2]).toBe('https://mavi-backend.memories.ai/serve/api/v2/transcriptions/sync-generate-audio');
    expect(m[4]).toBe('Authorization: k2');
    expect(JSON.parse(m[8]!)).toEqual({ asset_id: 're_123', model: 'whisper-1' });
    const wavespeed = nextStep(englishT(), PROVIDERS.wavespeed, { url }, undefined, 'image');
    const w = curlArgs(wavespeed!.curl, { WAVESPEED_API_KEY: 'k3' });
    expect(w[2]).toBe('https://api.wavespeed.ai/api/v3/wavespeed-ai/wan-2.2/image-to-video');
    expect(w[4]).toBe('Authorization: Bearer k3');
    expect(JSON.parse(w[8]!)).toMatchObject({ image: url });
    const heygen = nextStep(englishT(), PROVIDERS.heygen, { url, assetId: 'a1b2' }, undefined, 'image');
    const h = curlArgs(heygen!.curl, { HEYGEN_API_KEY: 'k4' });
    expect(h[2]).toBe('https://api.heygen.com/v3/videos');
    expect(h[4]).toBe('X-API-KEY: k4');
    expect(JSON.parse(h[8]!)).toMatchObject({ image_asset_id: 'a1b2' });
    expect(JSON.parse(heygen!.body)).toEqual(JSON.parse(h[8]!));
  });

  it('names the key by its variable and never holds a key', () => {
    for (const id of PROVIDER_IDS) {
      const kind = PROVIDERS[id].next?.[0]?.kinds[0];
      const step = nextStep(englishT(), PROVIDERS[id], { url: 'https://x.example/f', assetId: 'id1' }, undefined, kind);
      expect(step?.curl).toContain(`$${PROVIDERS[id].keyEnvVar}`);
      expect(step?.keyEnvVar).toBe(PROVIDERS[id].keyEnvVar);
    }
  });

  it('passes a link with quotes, $, backticks and newlines through a shell unchanged', () => {
    const nasty = `https://x.example/a'b"c$(touch /tmp/pwned)\`id\`$HOME\\d\n'; rm -rf ~; echo '`;
    const step = nextStep(englishT(), PROVIDERS.assemblyai, { url: nasty }, undefined, 'video');
    const args = curlArgs(step!.curl, { ASSEMBLYAI_API_KEY: 'k' });
    expect(JSON.parse(args[8]!)).toEqual({ audio_url: nasty });
    expect(args).toHaveLength(9);
    const id = `re_'"x`;
    const m = curlArgs(nextStep(englishT(), PROVIDERS.memories, { assetId: id }, undefined, 'audio')!.curl, { MEMORIES_API_KEY: 'k' });
    expect(JSON.parse(m[8]!).asset_id).toBe(id);
  });

  it('writes invisible and reordering characters as JSON escapes, which read back the same', () => {
    const url = 'https://x.example/a\u202eb\u0085c\u2028d';
    const step = nextStep(englishT(), PROVIDERS.assemblyai, { url }, undefined, 'audio');
    expect(step!.curl).not.toMatch(/[\u0080-\u009f\u202e\u2028]/);
    expect(step!.curl).toContain('\\u202e');
    expect(JSON.parse(curlArgs(step!.curl, { ASSEMBLYAI_API_KEY: 'k' })[8]!)).toEqual({ audio_url: url });
    expect(JSON.parse(step!.body)).toEqual({ audio_url: url });
  });

  it('quotes plain text so bash reads it back exactly', () => {
    for (const text of ['', "'", "''", "a'b", '$x `y` "z" \\ !'])
      expect(curlArgs(`curl ${shellQuote(text)}`)).toEqual([text]);
  });

  it('uses the chosen region\'s host', () => {
    const step = nextStep(englishT(), PROVIDERS.assemblyai, { url: 'https://x.example/f' }, 'eu', 'audio');
    expect(curlArgs(step!.curl, { ASSEMBLYAI_API_KEY: 'k' })[2]).toBe('https://api.eu.assemblyai.com/v2/transcript');
  });

  it('offers nothing when the upload gave no value the request needs', () => {
    expect(nextStep(englishT(), PROVIDERS.memories, { url: 'https://x.example/f' }, undefined, 'audio')).toBeUndefined();
    expect(nextStep(englishT(), PROVIDERS.heygen, undefined, undefined, 'image')).toBeUndefined();
  });

  it('picks the request by the kind of file: nothing made for images is offered for audio or video', () => {
    const result = { url: 'https://x.example/f', assetId: 'id1' };
    expect(nextStep(englishT(), PROVIDERS.wavespeed, result, undefined, 'audio')).toBeUndefined();
    expect(nextStep(englishT(), PROVIDERS.wavespeed, result, undefined, 'video')).toBeUndefined();
    expect(nextStep(englishT(), PROVIDERS.heygen, result, undefined, 'audio')).toBeUndefined();
    expect(nextStep(englishT(), PROVIDERS.memories, result, undefined, 'image')).toBeUndefined();
    expect(nextStep(englishT(), PROVIDERS.wavespeed, result, undefined, 'image')?.purpose).toBe('Turn the image into a video');
    expect(nextStep(englishT(), PROVIDERS.assemblyai, result, undefined, 'video')?.purpose).toBe('Transcribe it');
    // A kind that is not known (an unknown extension in the history) gets no guess.
    expect(nextStep(englishT(), PROVIDERS.assemblyai, result, undefined, undefined)).toBeUndefined();
  });
});
