// @vitest-environment node
// "Already uploaded?" in the window: a file added again for the provider that already has it
// (same size and SHA-256, link not expired, per the history) is offered that link. "Use that
// link" finishes the row with it and sends nothing; "Upload again" sends the file as usual.

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { AppHarness } from './app-harness.ts';
import { useSharedApp } from './shared-app.ts';

let app: AppHarness;
let page: Page;
useSharedApp({}, (launched) => ([app, page] = [launched, launched.page]));

const queueRow = (name: string) => page.getByRole('list', { name: 'Upload queue' }).getByRole('listitem', { name });
const itemNamed = (name: string) => app.core.queue.snapshot().items.find((item) => item.name === name);

/** Uploads `name` once, and takes it off the list, so adding it again is a repeat. */
async function uploadedOnce(name: string): Promise<{ path: string; url: string | undefined }> {
  const path = await app.media('mp3', { name });
  await app.addFiles([path]);
  await page.getByRole('button', { name: 'Upload all' }).click();
  await expect.poll(() => itemNamed(name)?.status, { timeout: 10_000 }).toBe('done');
  await expect.poll(() => app.core.history.all().filter((entry) => entry.ok).length).toBe(1);
  await app.core.handlers['queue:remove']({ id: itemNamed(name)?.id ?? '' });
  return { path, url: app.core.history.all()[0]?.url };
}

describe('already uploaded', () => {
  it('offers the earlier link for a repeat, and uses it without sending the file again', async () => {
    const { path, url } = await uploadedOnce('interview.mp3');
    expect(url).toMatch(/^https:\/\//);
    await app.addFiles([path]);
    await expect.poll(() => queueRow('interview.mp3').textContent(), { timeout: 10_000 }).toContain('Already uploaded to AssemblyAI today');
    expect(await queueRow('interview.mp3').textContent()).toContain('Uploaded before');

    await queueRow('interview.mp3').getByRole('button', { name: 'Use that link for interview.mp3' }).click();
    await expect.poll(() => itemNamed('interview.mp3')?.status).toBe('done');
    const item = itemNamed('interview.mp3');
    expect(item?.status === 'done' ? item.result : undefined).toMatchObject({ url, reused: true });
    await expect.poll(() => queueRow('interview.mp3').textContent()).toContain('Earlier upload reused');
    // Nothing sent, and the history keeps its one entry for these bytes.
    expect(app.server.uploads('assemblyai')).toHaveLength(1);
    expect(app.core.history.all()).toHaveLength(1);
    expect(app.pageErrors).toEqual([]);
  });

  it('uploads the file again on "Upload again"', async () => {
    const { path } = await uploadedOnce('lecture.mp3');
    await app.addFiles([path]);
    const row = queueRow('lecture.mp3');
    await row.getByRole('button', { name: 'Upload again: lecture.mp3' }).click();
    await expect.poll(() => row.textContent()).not.toContain('Already uploaded');
    await row.getByRole('button', { name: 'Upload lecture.mp3' }).click();
    await expect.poll(() => itemNamed('lecture.mp3')?.status, { timeout: 10_000 }).toBe('done');
    expect(app.server.uploads('assemblyai')).toHaveLength(2);
  });

  it('says so, and withdraws the offer, when the earlier upload was deleted before the click', async () => {
    const { path } = await uploadedOnce('podcast.mp3');
    await app.addFiles([path]);
    const row = queueRow('podcast.mp3');
    await expect.poll(() => row.textContent(), { timeout: 10_000 }).toContain('Already uploaded');
    // Deleted from AssemblyAI meanwhile (History's "Delete from AssemblyAI" records this).
    await app.core.history.amend(app.core.history.all()[0]?.id ?? '', { removedAt: new Date().toISOString() });
    await row.getByRole('button', { name: 'Use that link for podcast.mp3' }).click();
    await page.getByText('cannot be used any more').waitFor();
    await expect.poll(() => row.textContent()).not.toContain('Already uploaded');
    expect(itemNamed('podcast.mp3')?.status).toBe('idle');
    expect(app.server.uploads('assemblyai')).toHaveLength(1);
  });

  it('offers nothing for the same file set to another provider, or for other bytes of the same size', async () => {
    const { path } = await uploadedOnce('memo.mp3');
    // The same size, one byte different at the end (past the header the type is read from).
    const bytes = await readFile(path);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 1) ^ 0xff, bytes.length - 1);
    const other = join(app.mediaDir, 'other.mp3');
    await writeFile(other, bytes);
    await app.addFiles([path, other]);
    const memo = itemNamed('memo.mp3');
    await app.core.handlers['queue:set-provider']({ ids: [memo?.id ?? ''], provider: 'memories' });
    // The checks run in the background: give them time to have offered something, had they.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(app.core.queue.snapshot().items.map((item) => (item.status === 'idle' ? item.earlier : 'not idle'))).toEqual([undefined, undefined]);
    expect(await page.getByText('Already uploaded').count()).toBe(0);
  });
});
