// @vitest-environment node
// "Convert and upload" in the window: a row HeyGen refuses for its format offers the conversion,
// one click converts and uploads it, and the row then says what was converted; "Convert all"
// does the same for every such row.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { makeFlac, makeGif, makeMov } from '../fixtures/ffmpeg-media.ts';
import type { AppHarness } from './app-harness.ts';
import { useSharedApp } from './shared-app.ts';

let app: AppHarness;
let page: Page;

useSharedApp({}, (launched) => ([app, page] = [launched, launched.page]));

const row = (name: string) => page.getByRole('list', { name: 'Upload queue' }).getByRole('listitem', { name });
const itemNamed = (name: string) => app.core.queue.snapshot().items.find((i) => i.name === name);

/** Adds the files and sends them to HeyGen, which refuses their formats. */
async function refusedAtHeyGen(paths: readonly string[]): Promise<void> {
  await app.addFiles([...paths]);
  const ids = app.core.queue.snapshot().items.map((i) => i.id);
  await app.core.handlers['queue:set-provider']({ ids, provider: 'heygen' });
}

describe('Convert and upload', () => {
  it('converts a refused MOV to MP4 and uploads it, and the row says what was done', async () => {
    const mov = await makeMov(join(app.mediaDir, 'holiday.mov'));
    await refusedAtHeyGen([mov]);
    await expect.poll(() => row('holiday.mov').textContent()).toContain('press Convert and upload to send it as MP4 video');
    await row('holiday.mov').getByRole('button', { name: 'Convert and upload holiday.mov as MP4 video' }).click();
    await expect.poll(() => itemNamed('holiday.mov')?.status, { timeout: 20_000 }).toBe('done');
    await expect.poll(() => row('holiday.mov').textContent()).toContain('Converted from MOV to MP4 (video and sound unchanged)');
    const [sent] = app.server.uploads('heygen');
    expect(sent?.headers['content-type']).toBe('video/mp4');
    await app.screenshot('convert-done');
    expect(app.pageErrors).toEqual([]);
  });

  it('offers "Convert all" for several refused files and converts each', async () => {
    const flac = await makeFlac(join(app.mediaDir, 'voice.flac'));
    const gif = await makeGif(join(app.mediaDir, 'wave.gif'));
    await refusedAtHeyGen([flac, gif]);
    await expect.poll(() => page.getByRole('button', { name: /^Convert and upload \d+ files their service refuses$/ }).count()).toBe(1);
    await app.screenshot('convert-offered');
    await page.getByRole('button', { name: 'Convert and upload 2 files their service refuses' }).click();
    await expect.poll(() => [itemNamed('voice.flac')?.status, itemNamed('wave.gif')?.status], { timeout: 20_000 }).toEqual(['done', 'done']);
    await expect.poll(() => row('voice.flac').textContent()).toContain('Converted from FLAC to MP3');
    await expect.poll(() => row('wave.gif').textContent()).toContain('Converted from GIF to PNG, first frame only');
    expect(app.server.uploads('heygen').map((r) => r.headers['content-type']).sort()).toEqual(['audio/mpeg', 'image/png']);
    await expect.poll(() => page.getByRole('button', { name: /^Convert and upload \d+ files their service refuses$/ }).count()).toBe(0);
  });
});
