// --convert, end to end: real media made by ffmpeg, sent by the CLI to the loopback HeyGen, and
// what arrived read back by ffprobe (a parser that is not the app's own).

import { describe, expect, it } from 'vitest';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256OfFile } from '../fixtures/media-files.ts';
import { ffprobe, makeFlac, makeGif, makeHeic, makeMov, makePngMov } from '../fixtures/ffmpeg-media.ts';
import type { ProviderServer, RecordedRequest } from '../fixtures/provider-server.ts';
import { useCliLoopback } from './cli-loopback.ts';
import { runCli } from './run-cli.ts';

let server: ProviderServer;
let dir: string;
let env: NodeJS.ProcessEnv;

useCliLoopback('media-uploader-test-cli-convert', (setup) => ({ server, dir, env } = setup), (folder) => ({ keepBodiesIn: folder }));

function lines(stdout: string): Record<string, unknown>[] {
  return stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** Uploads `path` to the loopback HeyGen with the given options; the line, and what arrived (if anything did). */
async function send(path: string, ...extra: string[]): Promise<{ line: Record<string, unknown>; arrived: RecordedRequest | undefined; data: string }> {
  server.reset();
  const data = join(dir, `data-${Math.random().toString(36).slice(2)}`);
  const run = await runCli(['upload', path, '--provider', 'heygen', '--base-url', server.baseUrl, '--json', ...extra], { ...env, MEDIA_UPLOADER_DATA_DIR: data });
  const [line] = lines(run.stdout);
  if (line === undefined) throw new Error(`No line printed: ${run.stderr}`);
  return { line, arrived: server.uploads('heygen')[0], data };
}

/** What is left in the data folder's outgoing copies: nothing, once an upload ended. */
async function outgoing(data: string): Promise<string[]> {
  return readdir(join(data, 'outgoing'), { recursive: true }).catch(() => []);
}

describe('media-uploader upload --convert', () => {
  it('sends a MOV (H.264 + AAC) to HeyGen as MP4 of the same duration and video, nothing re-encoded, the original untouched', async () => {
    const mov = await makeMov(join(dir, 'holiday.mov'));
    const before = await sha256OfFile(mov);
    const { line, arrived, data } = await send(mov, '--convert');
    expect(line).toMatchObject({ ok: true, converted: { from: 'mov', to: 'mp4', reencoded: 'nothing', summary: 'Converted from MOV to MP4 (video and sound unchanged)' } });
    expect(arrived?.headers['content-type']).toBe('video/mp4');
    const sent = await ffprobe(String(arrived?.savedAt));
    const original = await ffprobe(mov);
    // An MP4, not a QuickTime file (both are read by the same demuxer; the brand tells them apart).
    expect(sent.format.tags?.major_brand).toBe('isom');
    expect(original.format.tags?.major_brand?.trim()).toBe('qt');
    expect(Math.abs(Number(sent.format.duration) - Number(original.format.duration))).toBeLessThan(0.05);
    const codecs = (report: typeof sent) => report.streams.map((s) => `${s.codec_type}:${s.codec_name}`);
    expect(codecs(sent)).toEqual(codecs(original));
    expect(codecs(sent)).toContain('video:h264');
    expect(await sha256OfFile(mov)).toBe(before);
    expect(await outgoing(data)).toEqual([]);
  });

  it('re-encodes only what MP4 cannot hold, and says so', async () => {
    const mov = await makePngMov(join(dir, 'frames.mov'));
    const { line, arrived } = await send(mov, '--convert');
    expect(line).toMatchObject({ ok: true, converted: { reencoded: 'video', summary: 'Converted from MOV to MP4 (video converted, sound unchanged)' } });
    const sent = await ffprobe(String(arrived?.savedAt));
    expect(sent.streams.map((s) => s.codec_name)).toEqual(['h264', 'aac']);
  });

  it('sends a FLAC to HeyGen as MP3 audio (audio/mpeg)', async () => {
    const flac = await makeFlac(join(dir, 'voice.flac'));
    const { line, arrived } = await send(flac, '--convert');
    expect(line).toMatchObject({ ok: true, converted: { from: 'flac', to: 'mp3', summary: 'Converted from FLAC to MP3' } });
    expect(arrived?.headers['content-type']).toBe('audio/mpeg');
    const sent = await ffprobe(String(arrived?.savedAt));
    expect(sent.format.format_name).toBe('mp3');
    expect(sent.streams.map((s) => s.codec_name)).toEqual(['mp3']);
    expect(Number(sent.format.duration)).toBeGreaterThan(0.9);
  });

  it('sends an animated GIF to HeyGen as a PNG of its first frame, and says it was the first frame', async () => {
    const gif = await makeGif(join(dir, 'wave.gif'));
    const { line, arrived } = await send(gif, '--convert');
    expect(line).toMatchObject({ ok: true, converted: { from: 'gif', to: 'png', firstFrameOnly: true } });
    expect(String((line.converted as Record<string, unknown>).summary)).toBe('Converted from GIF to PNG, first frame only (it was an animation)');
    expect(arrived?.headers['content-type']).toBe('image/png');
    const sent = await ffprobe(String(arrived?.savedAt));
    expect(sent.streams.map((s) => `${s.codec_name} ${String((s as { width?: number }).width)}`)).toEqual(['png 64']);
  });

  it('sends a HEIC photo to HeyGen as a JPEG of the same size, which ffprobe reads as one', async () => {
    const heic = await makeHeic(join(dir, 'IMG_0042.heic'));
    const refused = await send(heic);
    expect(refused.arrived).toBeUndefined();
    expect(String((refused.line.error as Record<string, unknown>).message)).toContain('HeyGen does not accept HEIC photo files');
    expect(String((refused.line.error as Record<string, unknown>).message)).toContain('add --convert to convert it to JPEG image first');
    const { line, arrived, data } = await send(heic, '--convert');
    expect(line).toMatchObject({ ok: true, converted: { from: 'heic', to: 'jpg' } });
    expect(String((line.converted as Record<string, unknown>).summary)).toBe('Converted from HEIC to JPEG');
    expect(arrived?.headers['content-type']).toBe('image/jpeg');
    const sent = await ffprobe(String(arrived?.savedAt));
    expect(sent.streams.map((s) => `${s.codec_name} ${String((s as { width?: number }).width)}`)).toEqual(['mjpeg 320']);
    expect(await outgoing(data)).toEqual([]);
  });

  it('without --convert, sends nothing and says that --convert exists', async () => {
    const mov = await makeMov(join(dir, 'plain.mov'));
    const { line, arrived } = await send(mov);
    expect(arrived).toBeUndefined();
    expect(line).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED_TYPE' } });
    expect(String((line.error as Record<string, unknown>).message)).toBe('HeyGen does not accept QuickTime video files. It takes video only as MP4 or WebM: add --convert to convert it to MP4 video first, or choose another service for this one.');
  });

  it('removes the location in the converted copy, and keeps it with --keep-location', async () => {
    const mov = await makeMov(join(dir, 'trip.mov'), { location: '+48.8577+002.2950/' });
    expect((await ffprobe(mov)).format.tags?.location).toBe('+48.8577+002.2950/');
    const removed = await send(mov, '--convert');
    expect(removed.line).toMatchObject({ ok: true, locationRemoved: true });
    const tags = JSON.stringify((await ffprobe(String(removed.arrived?.savedAt))).format.tags ?? {});
    expect(tags).not.toContain('48.8577');
    const kept = await send(mov, '--convert', '--keep-location');
    expect(kept.line).not.toHaveProperty('locationRemoved');
    expect((await ffprobe(String(kept.arrived?.savedAt))).format.tags?.location).toBe('+48.8577+002.2950/');
  });

  it('gives the conversion\'s own sentence for a broken file, sends nothing and leaves no copy', async () => {
    // A QuickTime file's first box, then nothing a player could read.
    const broken = join(dir, 'broken.mov');
    const head = Buffer.from('0000001466747970717420202005030071742020', 'hex');
    await writeFile(broken, Buffer.concat([head, Buffer.alloc(4096, 0x5a)]));
    const { line, arrived, data } = await send(broken, '--convert');
    expect(arrived).toBeUndefined();
    expect(line).toMatchObject({ ok: false, error: { code: 'CONVERT_FAILED', message: 'broken.mov could not be converted to a format HeyGen takes: it may be damaged, or in a form the converter cannot read. Check that it plays, or choose another service.' } });
    expect(await outgoing(data)).toEqual([]);
  });

  it('says in a person\'s words what was converted', async () => {
    const flac = await makeFlac(join(dir, 'song.flac'));
    server.reset();
    const data = join(dir, 'data-human');
    await mkdir(data, { recursive: true });
    const run = await runCli(['upload', flac, '--provider', 'heygen', '--base-url', server.baseUrl, '--convert'], { ...env, MEDIA_UPLOADER_DATA_DIR: data });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Converted from FLAC to MP3: the converted copy was sent.');
  });
});
