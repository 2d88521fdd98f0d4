// @vitest-environment node
// In the window: an upload memories.ai still processes says so ("Processing at memories.ai…")
// until its metadata says SUCCESS, then "Done" like any finished upload; in the History, an upload is deleted from
// memories.ai after main asks, and a provider that cannot delete is not offered as if it could.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchApp, type AppHarness } from './app-harness.ts';

let app: AppHarness;
let page: Page;

beforeAll(async () => {
  app = await launchApp({ settings: { defaultProvider: 'memories' } });
  page = app.page;
});
afterAll(async () => {
  await app?.close();
});

const queueRow = (name: string) => page.getByRole('list', { name: 'Upload queue' }).getByRole('listitem', { name });
const historyRow = (name: string) => page.getByRole('list', { name: 'Upload history' }).getByRole('listitem', { name });

describe('uploads memories.ai processes, and deleting them', () => {
  it('shows "Processing at memories.ai…" until memories.ai says ready, then "Done"', async () => {
    app.server.script({ provider: 'memories', kind: 'upload', statuses: ['UPLOADING', 'SUCCESS'] });
    const clip = await app.media('mp4', { name: 'clip.mp4' });
    await app.drop([clip]);
    await queueRow('clip.mp4').getByRole('button', { name: 'Upload clip.mp4' }).click();
    await expect.poll(() => queueRow('clip.mp4').textContent(), { timeout: 10_000 }).toContain('Processing at memories.ai…');
    // The ID is there to copy already.
    expect(await queueRow('clip.mp4').textContent()).toMatch(/re_\d{18}/);
    await app.screenshot('queue-processing');
    await expect.poll(() => queueRow('clip.mp4').locator('.status-word').textContent(), { timeout: 20_000 }).toBe('Done');
    await app.screenshot('queue-ready');
    expect(app.server.ofKind('status', 'memories').length).toBe(2);
    await expect.poll(() => app.core.history.all()[0]?.readyAt).toEqual(expect.any(String));
  });

  it('deletes an upload from memories.ai from the History after asking, and marks it', async () => {
    await page.getByRole('tab', { name: 'History' }).click();
    const more = historyRow('clip.mp4').getByRole('button', { name: 'More actions for clip.mp4' });
    await more.click();
    await historyRow('clip.mp4').getByRole('button', { name: 'Delete from memories.ai…' }).click();
    await expect.poll(() => historyRow('clip.mp4').textContent()).toContain('Deleted from memories.ai');
    expect(app.keyQuestions).toEqual(['Delete clip.mp4 from memories.ai?']);
    expect(app.server.ofKind('delete', 'memories')).toHaveLength(1);
    await more.click();
    await historyRow('clip.mp4').getByRole('button', { name: 'Remove from history' }).waitFor();
    expect(await historyRow('clip.mp4').getByRole('button', { name: 'Delete from memories.ai…' }).count()).toBe(0);
    await page.keyboard.press('Escape');
    await app.screenshot('history-deleted');
  });

  it('does not offer to delete an upload from AssemblyAI, which cannot delete one', async () => {
    await page.getByRole('tab', { name: 'Queue' }).click();
    const talk = await app.media('mp3', { name: 'talk.mp3' });
    await app.drop([talk]);
    await queueRow('talk.mp3').getByRole('combobox', { name: 'Service for talk.mp3' }).selectOption('assemblyai');
    await queueRow('talk.mp3').getByRole('button', { name: 'Upload talk.mp3' }).click();
    await page.locator('[role="listitem"][data-status="done"]', { hasText: 'talk.mp3' }).waitFor();
    await page.getByRole('tab', { name: 'History' }).click();
    await historyRow('talk.mp3').getByRole('button', { name: 'More actions for talk.mp3' }).click();
    const actions = historyRow('talk.mp3').getByRole('group', { name: 'More actions for talk.mp3' });
    await actions.getByRole('button', { name: 'Show in folder' }).waitFor();
    expect(await actions.getByRole('button', { name: /delete/i }).count()).toBe(0);
    expect(app.keyQuestions).toEqual(['Delete clip.mp4 from memories.ai?']);
    expect(app.server.ofKind('delete')).toHaveLength(1);
  });
});
