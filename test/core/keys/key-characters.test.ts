// A key with characters that cannot be in an HTTP header is a key error with a plain sentence,
// and is never sent: not in an upload, not in a key test, and it is not saved either.

import { describe, expect, it } from 'vitest';
import { checkKey } from '../../../electron/core/keys/key-check.ts';
import { createKeychainStore } from '../../../electron/core/keys/secret-store.ts';
import { uploadFile } from '../../../electron/core/sending/upload-file.ts';
import { keyCharacterProblem } from '../../../shared/key-rules.ts';
import { PROVIDER_IDS, PROVIDERS } from '../../../shared/providers.ts';
import { uploadFailure, useLoopback } from '../../fixtures/loopback-setup.ts';
import { writeMediaFile } from '../../fixtures/media-files.ts';
import { englishT } from '../../../shared/i18n/english.ts';

const BAD_KEYS = [
  ['a line break (a second header smuggled in)', 'aai-key-123\r\nX-Evil: 1'],
  ['a NUL', 'aai-key\u0000123'],
  ['an escape sequence', 'aai-key\u001b[2J123'],
  ['a tab', 'aai-key\t123'],
  ['DEL', 'aai-key\u007f123'],
  ['a letter outside ASCII', 'aai-kéy-123'],
  ['a zero-width space', 'aai-key\u200b123'],
] as const;

describe('keys with characters a key cannot have', () => {
  const loop = useLoopback();

  it.each(BAD_KEYS)('a key with %s fails an upload as KEY_REJECTED and nothing is sent', async (_what, key) => {
    const mp3 = await writeMediaFile(loop.dir, 'mp3', { name: 'talk.mp3' });
    for (const provider of PROVIDER_IDS) {
      const error = await uploadFailure(uploadFile({ path: mp3, provider, key, baseUrl: loop.server.baseUrl, retry: { attempts: 1 } }));
      expect(error).toMatchObject({ code: 'KEY_REJECTED', message: keyCharacterProblem(englishT(), key, PROVIDERS[provider].name) });
    }
    expect(loop.server.requests).toHaveLength(0);
  });

  it.each(BAD_KEYS)('a key with %s fails a key test as KEY_REJECTED and nothing is sent', async (_what, key) => {
    const result = await checkKey('heygen', key, { baseUrl: loop.server.baseUrl });
    expect(result).toMatchObject({ ok: false, code: 'KEY_REJECTED', message: keyCharacterProblem(englishT(), key, 'HeyGen') });
    expect(loop.server.requests).toHaveLength(0);
  });

  it('a key with a control character is refused before the keychain is touched', async () => {
    // No keychain is reached: the refusal comes first, so this runs without a Secret Service.
    const store = createKeychainStore({ service: 'media-uploader-test-never-written' });
    await expect(store.set('memories', 'sk-mai-key\n123')).rejects.toMatchObject({ code: 'KEY_REJECTED', message: keyCharacterProblem(englishT(), 'sk-mai-key\n123', 'memories.ai') });
  });

  it('says it in one plain sentence, and lets real keys through', () => {
    expect(keyCharacterProblem(englishT(), 'a\nb', 'HeyGen')).toBe('The HeyGen key has characters a key cannot have, such as a line break or an invisible control character. Copy the key again from the HeyGen website.');
    for (const good of ['aai-test-key-123', 'sk-mai-0123456789abcdef', 'ZDA4YjE0NGQ5NjQ0NGI1NTk2OGU2OWRkMzA5ZmNkNjAtMTcxNDc0MDM1NA==', 'key with a space']) {
      expect(keyCharacterProblem(englishT(), good, 'HeyGen')).toBeUndefined();
    }
  });
});
