// @vitest-environment node
// Every upload lands in the history, which survives a reload of the window and a restart of
// the app, can be searched, exported (CSV and JSON), and trimmed.

import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { makeTempDir, removeDir } from '../fixtures/media-files.ts';
import { providerError } from '../fixtures/provider-server.ts';
import { HistoryStore } from '../../electron/core/history-store.ts';
import { launchApp, type AppHarness } from './app-harness.ts';

let app: AppHarness;
let page: Page;
let dataDir: string;

beforeAll(async () => {
  dataDir = await makeTempDir('media-uploader-e2e-history-');
  app = await launchApp({ dataDir });
  page = app.page;
});
afterAll(async () => {
  await app?.close();
  await removeDir(dataDir);
});

const queueRow = (name: string) => page.getByRole('list', { name: 'Upload queue' }).getByRole('listitem', { name });
// Rows only: the day headings between them are items of the list too.
const historyRows = () => page.getByRole('list', { name: 'Upload history' }).locator('.history-row');
const historyRow = (name: string) => page.getByRole('list', { name: 'Upload history' }).getByRole('listitem', { name });

async function showTab(name: 'Queue' | 'History' | 'Settings'): Promise<void> {
  await page.getByRole('tab', { name }).click();
}

describe('the history', () => {
  it('records each upload with its provider and link', async () => {
    const files = [await app.media('mp3', { name: 'meeting.mp3' }), await app.media('png', { name: 'logo.png' }), await app.media('mp4', { name: 'trailer.mp4' })];
    await app.drop(files);
    await queueRow('logo.png').getByRole('combobox', { name: 'Provider for logo.png' }).selectOption('heygen');
    await queueRow('trailer.mp4').getByRole('combobox', { name: 'Provider for trailer.mp4' }).selectOption('wavespeed');
    await expect.poll(() => app.core.queue.snapshot().items.map((i) => i.provider).sort()).toEqual(['assemblyai', 'heygen', 'wavespeed']);
    await page.getByRole('button', { name: 'Upload all' }).click();
    await expect.poll(() => app.core.queue.snapshot().items.every((i) => i.status === 'done'), { timeout: 10_000 }).toBe(true);

    await showTab('History');
    await expect.poll(() => historyRows().count()).toBe(3);
    expect(await historyRow('logo.png').textContent()).toContain('HeyGen');
    expect(await historyRow('trailer.mp4').textContent()).toMatch(/WaveSpeedAI.*https:\/\//);
    await app.screenshot('history');

    // Open hands the browser the link main keeps for this entry (the window names only the entry).
    await historyRow('trailer.mp4').getByRole('button', { name: 'Open link for trailer.mp4' }).click();
    const stored = app.core.history.all().find((entry) => entry.name === 'trailer.mp4')?.url;
    expect(stored).toMatch(/^https:\/\//);
    await expect.poll(() => app.openedUrls).toEqual([stored]);
  });

  it('survives a reload of the window, and so does the queue', async () => {
    await app.reload();
    await showTab('Queue');
    await expect.poll(() => page.locator('[role="listitem"][data-status="done"]').count()).toBe(3);
    await showTab('History');
    await expect.poll(() => historyRows().count()).toBe(3);
  });

  it('finds uploads by name and by provider', async () => {
    const search = page.getByRole('searchbox', { name: 'Search history' });
    await search.fill('logo');
    await expect.poll(() => historyRows().count()).toBe(1);
    await historyRow('logo.png').waitFor();
    await search.fill('wavespeed');
    await expect.poll(() => historyRows().count()).toBe(1);
    await historyRow('trailer.mp4').waitFor();
    await search.fill('nothing-like-this');
    await expect.poll(() => historyRows().count()).toBe(0);
    await expect.poll(() => page.getByText('No uploads match').count()).toBe(1);
  });

  it('exports what the search shows as CSV', async () => {
    await page.getByRole('searchbox', { name: 'Search history' }).fill('meeting');
    await expect.poll(() => historyRows().count()).toBe(1);
    await page.getByText('Save a copy', { exact: true }).click();
    await page.getByRole('button', { name: 'Save as spreadsheet (CSV)' }).click();
    await expect.poll(() => app.exports.length).toBe(1);
    // The toast says where, and shows the file in its folder on request.
    await page.getByText('History saved as a spreadsheet.').waitFor();
    await page.getByRole('button', { name: 'Show in folder' }).click();
    await expect.poll(() => app.shownFiles).toEqual([app.exports[0]]);
    const path = app.exports[0] ?? '';
    await expect.poll(() => readFile(path, 'utf8').then(() => true, () => false)).toBe(true);
    const csv = await readFile(path, 'utf8');
    expect(path).toMatch(/upload-history-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv).toContain('meeting.mp3');
    expect(csv).not.toContain('logo.png');
    expect(csv.split(/\r?\n/).filter((l) => l.trim() !== '')).toHaveLength(2);
  });

  it('exports everything as JSON', async () => {
    await page.getByRole('searchbox', { name: 'Search history' }).fill('');
    await expect.poll(() => historyRows().count()).toBe(3);
    await page.getByText('Save a copy', { exact: true }).click();
    await page.getByRole('button', { name: 'Save as data file (JSON)' }).click();
    await expect.poll(() => app.exports.length).toBe(2);
    const path = app.exports[1] ?? '';
    await expect.poll(() => readFile(path, 'utf8').then(() => true, () => false)).toBe(true);
    const text = await readFile(path, 'utf8');
    const names = (JSON.parse(text) as { name: string }[]).map((e) => e.name).sort();
    expect(names).toEqual(['logo.png', 'meeting.mp3', 'trailer.mp4']);
  });

  it('narrows to one service, and counts only successful uploads as uploads', async () => {
    await page.getByRole('searchbox', { name: 'Search history' }).fill('');
    await expect.poll(() => page.locator('.history-count').textContent()).toBe('3 uploads');
    await page.getByRole('combobox', { name: 'Show uploads to' }).selectOption('heygen');
    await expect.poll(() => historyRows().count()).toBe(1);
    await historyRow('logo.png').waitFor();
    await page.getByRole('combobox', { name: 'Show uploads to' }).selectOption('');
    await expect.poll(() => historyRows().count()).toBe(3);
    // Grouped by day: today's heading is above the rows.
    expect(await page.getByRole('heading', { name: 'Today' }).count()).toBe(1);
  });

  it('shows an entry’s file in its folder', async () => {
    await historyRow('logo.png').getByRole('button', { name: 'Show logo.png in its folder' }).click();
    const path = app.core.history.all().find((entry) => entry.name === 'logo.png')?.path;
    await expect.poll(() => app.shownFiles.at(-1)).toBe(path);
  });

  it('retries a failed upload from the history, and shows its details', async () => {
    app.server.script({ provider: 'heygen', kind: 'upload', reply: providerError('heygen', 401) });
    await app.addFiles([await app.media('png', { name: 'badge.png' })]);
    const added = app.core.queue.snapshot().items.find((item) => item.name === 'badge.png');
    await app.core.handlers['queue:set-provider']({ ids: [added?.id ?? ''], provider: 'heygen' });
    await app.core.handlers['queue:start']({ ids: [added?.id ?? ''] });
    await expect.poll(() => app.core.history.all().some((entry) => entry.name === 'badge.png' && !entry.ok)).toBe(true);
    // Off the list, so the only way back is the history's Retry.
    await app.core.handlers['queue:remove']({ id: added?.id ?? '' });
    await expect.poll(() => historyRow('badge.png').count()).toBe(1);
    await expect.poll(() => page.locator('.history-count').textContent()).toBe('3 uploads · 1 failed');

    await historyRow('badge.png').getByRole('button', { name: 'Details for badge.png' }).click();
    const details = page.getByRole('dialog', { name: 'Technical details' });
    await expect.poll(() => details.textContent()).toContain('Code KEY_REJECTED');
    await details.getByRole('button', { name: 'Close' }).click();

    await historyRow('badge.png').getByRole('button', { name: 'Retry badge.png' }).click();
    await queueRow('badge.png').waitFor();
    expect(await queueRow('badge.png').getByRole('combobox', { name: 'Provider for badge.png' }).inputValue()).toBe('heygen');
    await app.core.handlers['queue:remove']({ id: app.core.queue.snapshot().items.find((i) => i.name === 'badge.png')?.id ?? '' });
    await app.core.handlers['history:remove']({ id: app.core.history.all().find((e) => e.name === 'badge.png')?.id ?? '' });
    await showTab('History');
  });

  it('removes one entry, on disk too', async () => {
    await historyRow('meeting.mp3').getByRole('button', { name: 'Remove meeting.mp3 from history' }).click();
    await expect.poll(() => historyRows().count()).toBe(2);
    const reopened = await HistoryStore.open(dataDir);
    expect(reopened.search('').entries.map((e) => e.name).sort()).toEqual(['logo.png', 'trailer.mp4']);
    await reopened.close();
  });

  it('is still there after the app restarts', async () => {
    const list = app.core.queue.snapshot().items.map((item) => [item.id, item.status]);
    expect(list.length).toBeGreaterThan(0);
    await app.close();
    app = await launchApp({ dataDir });
    page = app.page;
    await showTab('History');
    await expect.poll(() => historyRows().count()).toBe(2);
    // The upload list comes back too, each file as it was (electron/core/queue-store.ts).
    expect(app.core.queue.snapshot().items.map((item) => [item.id, item.status])).toEqual(list);
  });
});
