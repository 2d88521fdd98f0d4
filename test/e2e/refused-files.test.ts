// @vitest-environment node
// A file its provider refuses says which formats that provider takes, and offers to send it only
// where a key is saved that the provider has not rejected (issue 21, item 12): a button that
// sends it where there is no key, or a key that does not work, would only lead to a failure.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { makeMov } from '../fixtures/ffmpeg-media.ts';
import type { AppHarness } from './app-harness.ts';
import { useSharedApp } from './shared-app.ts';

let app: AppHarness;
let page: Page;

// AssemblyAI and WaveSpeedAI have keys; memories.ai's is saved wrong below; HeyGen has none.
useSharedApp({ keys: {} }, (launched) => ([app, page] = [launched, launched.page]));

const row = (name: string) => page.getByRole('list', { name: 'Upload queue' }).getByRole('listitem', { name });

async function saveKeys(rejectedMemories: boolean): Promise<void> {
  await app.core.handlers['keys:set']({ provider: 'assemblyai', key: app.server.keys.assemblyai });
  await app.core.handlers['keys:set']({ provider: 'wavespeed', key: app.server.keys.wavespeed });
  if (rejectedMemories) await app.core.handlers['keys:set']({ provider: 'memories', key: 'wrong-key-0123456789' });
  await page.reload();
}

describe('a refused file', () => {
  it('is offered only a provider whose key is saved and not rejected', async () => {
    await saveKeys(true);
    await app.drop([await app.media('png', { name: 'presenter-headshot.png' })]);
    const photo = row('presenter-headshot.png');
    await expect.poll(() => photo.textContent()).toContain('AssemblyAI does not accept PNG image files. It takes only audio and video files');
    // memories.ai comes first in the table and takes PNG, but its key was rejected; HeyGen has none.
    await photo.getByRole('button', { name: 'Send to WaveSpeedAI: presenter-headshot.png' }).waitFor();
    expect(await photo.getByRole('button', { name: /^Send to (memories\.ai|HeyGen)/ }).count()).toBe(0);
  });

  it('is offered no provider to send it to when none that takes it has a working key', async () => {
    await app.core.handlers['keys:set']({ provider: 'assemblyai', key: app.server.keys.assemblyai });
    await page.reload();
    await app.drop([await app.media('png', { name: 'stage photo 008.png' })]);
    const photo = row('stage photo 008.png');
    await expect.poll(() => photo.textContent()).toContain('choose another service');
    await photo.getByRole('button', { name: 'Remove stage photo 008.png from the list' }).waitFor();
    expect(await photo.getByRole('button', { name: /^Send to / }).count()).toBe(0);
  });

  it('says which formats of its kind the provider takes, without contradicting itself', async () => {
    await saveKeys(false);
    const mov = await makeMov(join(app.mediaDir, 'holiday.mov'));
    await app.drop([mov]);
    await row('holiday.mov').waitFor();
    const item = app.core.queue.snapshot().items[0];
    if (item === undefined) throw new Error('holiday.mov was not queued.');
    await app.core.handlers['queue:set-provider']({ ids: [item.id], provider: 'heygen' });
    await expect.poll(() => row('holiday.mov').textContent()).toContain('HeyGen does not accept QuickTime video files. It takes video only as MP4 or WebM');
    expect(await row('holiday.mov').textContent()).not.toContain('It takes images, audio and video');
  });
});
