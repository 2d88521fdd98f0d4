// @vitest-environment node
// Every upload lands in the history, which survives a reload of the window and a restart of
// the app, can be searched, exported (CSV and JSON), and trimmed.

import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { makeTempDir, removeDir } from '../fixtures/media-files.ts';
import { providerError } from '../fixtures/provider-server.ts';
import { HistoryStore } from '../../electron/core/history/history-store.ts';
import { E2E_RETRY, launchApp, type AppHarness } from './app-harness.ts';
import { useSharedApp } from './shared-app.ts';

let app: AppHarness;
let page: Page;
// Each test starts from an empty list and history (app.reset()); those that need uploads make
// the same three with uploadThree().
useSharedApp({}, (launched) => ([app, page] = [launched, launched.page]));

const queueRow = (name: string) => page.getByRole('list', { name: 'Upload queue' }).getByRole('listitem', { name });
// Rows only: the day headings between them are items of the list too.
const historyRows = () => page.getByRole('list', { name: 'Upload history' }).locator('.history-row');
const historyRow = (name: string) => page.getByRole('list', { name: 'Upload history' }).getByRole('listitem', { name });

async function showTab(name: 'Queue' | 'History' | 'Settings'): Promise<void> {
  await page.getByRole('tab', { name }).click();
}

const PROVIDER_OF = { 'meeting.mp3': 'assemblyai', 'logo.png': 'heygen', 'trailer.mp4': 'wavespeed' } as const;

/** Uploads meeting.mp3 (AssemblyAI), logo.png (HeyGen) and trailer.mp4 (WaveSpeedAI) through main, then shows the History tab with their three rows. */
async function uploadThree(): Promise<void> {
  await app.addFiles([await app.media('mp3', { name: 'meeting.mp3' }), await app.media('png', { name: 'logo.png' }), await app.media('mp4', { name: 'trailer.mp4' })]);
  const items = app.core.queue.snapshot().items;
  for (const item of items) {
    const provider = PROVIDER_OF[item.name as keyof typeof PROVIDER_OF];
    if (item.provider !== provider) await app.core.handlers['queue:set-provider']({ ids: [item.id], provider });
  }
  await app.core.handlers['queue:start']({ ids: items.map((item) => item.id) });
  await expect.poll(() => app.core.history.all().filter((entry) => entry.ok).length, { timeout: 10_000 }).toBe(3);
  await showTab('History');
  await expect.poll(() => historyRows().count()).toBe(3);
}

describe('the history', () => {
  it('is asked for again only when History is shown, not at every change while the queue is on screen', async () => {
    const before = app.sentCalls.length;
    const listCalls = (): number => app.sentCalls.slice(before).filter((c) => c.channel === 'history:list').length;
    await app.addFiles([await app.media('mp3', { name: 'meeting.mp3' }), await app.media('mp3', { name: 'interview.mp3' })]);
    await app.core.handlers['queue:start']({ ids: app.core.queue.snapshot().items.map((item) => item.id) });
    await expect.poll(() => app.core.history.all().filter((entry) => entry.ok).length, { timeout: 10_000 }).toBe(2);
    // Main said the history changed (it does a quarter of a second after a write): the window waits.
    await page.waitForTimeout(600);
    expect(listCalls()).toBe(0);
    await showTab('History');
    await expect.poll(() => historyRows().count()).toBe(2);
    expect(listCalls()).toBe(1);
    // Shown again with nothing new: nothing to ask.
    await showTab('Queue');
    await showTab('History');
    expect(listCalls()).toBe(1);
  });

  it('records each upload with its provider and link', async () => {
    const files = [await app.media('mp3', { name: 'meeting.mp3' }), await app.media('png', { name: 'logo.png' }), await app.media('mp4', { name: 'trailer.mp4' })];
    await app.drop(files);
    await queueRow('logo.png').getByRole('combobox', { name: 'Service for logo.png' }).selectOption('heygen');
    await queueRow('trailer.mp4').getByRole('combobox', { name: 'Service for trailer.mp4' }).selectOption('wavespeed');
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
    await uploadThree();
    await app.reload();
    await showTab('Queue');
    await expect.poll(() => page.locator('[role="listitem"][data-status="done"]').count()).toBe(3);
    await showTab('History');
    await expect.poll(() => historyRows().count()).toBe(3);
  });

  it('finds uploads by name and by provider', async () => {
    await uploadThree();
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
    await uploadThree();
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
    // For a person with a spreadsheet: the date on their clock, the folder, words, a readable size.
    const [header, row] = csv.split('\r\n');
    expect(header).toBe('Date,File,Folder,Provider,Key,Status,Link,Asset ID,Link expires,Size,What went wrong');
    const entry = app.core.history.all().find((e) => e.name === 'meeting.mp3');
    const at = new Date(entry?.at ?? '');
    const two = (n: number) => String(n).padStart(2, '0');
    const local = `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())} ${two(at.getHours())}:${two(at.getMinutes())}`;
    // The key that made it, by name (the launch key, "Default"): never the key, nor its id.
    expect(row?.startsWith(`${local},meeting.mp3,${dirname(entry?.path ?? '')},AssemblyAI,Default,Uploaded,https://`)).toBe(true);
    expect(entry?.keyId).toMatch(/^[0-9a-f]{8}$/);
    expect(row).not.toContain(entry?.keyId ?? 'no id');
    expect(row).toMatch(/,\d+(\.\d)? (B|KB|MB),$/);
  });

  it('exports everything as JSON', async () => {
    await uploadThree();
    await page.getByText('Save a copy', { exact: true }).click();
    await page.getByRole('button', { name: 'Save as data file (JSON)' }).click();
    await expect.poll(() => app.exports.length).toBe(1);
    const path = app.exports[0] ?? '';
    await expect.poll(() => readFile(path, 'utf8').then(() => true, () => false)).toBe(true);
    const text = await readFile(path, 'utf8');
    const names = (JSON.parse(text) as { name: string }[]).map((e) => e.name).sort();
    expect(names).toEqual(['logo.png', 'meeting.mp3', 'trailer.mp4']);
  });

  it('narrows to one service, and counts only successful uploads as uploads', async () => {
    await uploadThree();
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
    await uploadThree();
    await historyRow('logo.png').getByRole('button', { name: 'More actions for logo.png' }).click();
    await historyRow('logo.png').getByRole('button', { name: 'Show in folder' }).click();
    const path = app.core.history.all().find((entry) => entry.name === 'logo.png')?.path;
    await expect.poll(() => app.shownFiles.at(-1)).toBe(path);
  });

  it('retries a failed upload from the history, and shows its details', async () => {
    await uploadThree();
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
    expect(await queueRow('badge.png').getByRole('combobox', { name: 'Service for badge.png' }).inputValue()).toBe('heygen');
  });

  it('shows a failure whose file uploaded on a later try as uploaded later: no Retry, not counted as failed', async () => {
    await uploadThree();
    // badge.png fails at HeyGen for good (every attempt the app makes), then goes through on a retry.
    app.server.script({ provider: 'heygen', kind: 'upload', times: E2E_RETRY.attempts, reply: providerError('heygen', 503) });
    await app.addFiles([await app.media('png', { name: 'badge.png' })]);
    const added = app.core.queue.snapshot().items.find((item) => item.name === 'badge.png');
    await app.core.handlers['queue:set-provider']({ ids: [added?.id ?? ''], provider: 'heygen' });
    await app.core.handlers['queue:start']({ ids: [added?.id ?? ''] });
    await expect.poll(() => app.core.history.all().some((entry) => entry.name === 'badge.png' && !entry.ok), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => page.locator('.history-count').textContent()).toBe('3 uploads · 1 failed');
    await expect.poll(() => historyRow('badge.png').getByRole('button', { name: 'Retry badge.png' }).count()).toBe(1);

    await app.core.handlers['queue:retry']({ id: added?.id ?? '' });
    await expect.poll(() => app.core.history.all().filter((entry) => entry.name === 'badge.png').length, { timeout: 10_000 }).toBe(2);
    await expect.poll(() => page.locator('.history-count').textContent()).toBe('4 uploads');
    const failedRow = page.getByRole('list', { name: 'Upload history' }).locator('.history-row[data-ok="false"]');
    await expect.poll(() => failedRow.textContent()).toContain('Uploaded later');
    expect(await failedRow.getByRole('button', { name: 'Retry badge.png' }).count()).toBe(0);
    // What went wrong then is still there to read.
    await failedRow.getByRole('button', { name: 'Details for badge.png' }).click();
    await page.getByRole('dialog', { name: 'Technical details' }).getByRole('button', { name: 'Close' }).click();
  });

  it('removes one entry, on disk too', async () => {
    await uploadThree();
    await historyRow('meeting.mp3').getByRole('button', { name: 'More actions for meeting.mp3' }).click();
    await historyRow('meeting.mp3').getByRole('button', { name: 'Remove from history' }).click();
    await expect.poll(() => historyRows().count()).toBe(2);
    const reopened = await HistoryStore.open(app.dataDir);
    expect(reopened.search('').entries.map((e) => e.name).sort()).toEqual(['logo.png', 'trailer.mp4']);
    await reopened.close();
  });

  it('is still there after the app restarts', async () => {
    // An app of its own on a data folder of its own: the shared one stays open for the others.
    const dataDir = await makeTempDir('media-uploader-e2e-history-');
    let first: AppHarness | undefined;
    let second: AppHarness | undefined;
    try {
      first = await launchApp({ dataDir });
      await first.addFiles([await first.media('mp3', { name: 'meeting.mp3' }), await first.media('mp3', { name: 'later.mp3' })]);
      const [upload] = first.core.queue.snapshot().items.filter((item) => item.name === 'meeting.mp3');
      await first.core.handlers['queue:start']({ ids: [upload?.id ?? ''] });
      await expect.poll(() => first?.core.history.all().length, { timeout: 10_000 }).toBe(1);
      const list = first.core.queue.snapshot().items.map((item) => [item.id, item.status]);
      expect(list.map(([, status]) => status).sort()).toEqual(['done', 'idle']);
      await first.close();
      first = undefined;

      second = await launchApp({ dataDir });
      await second.page.getByRole('tab', { name: 'History' }).click();
      await expect.poll(() => second?.page.getByRole('list', { name: 'Upload history' }).locator('.history-row').count()).toBe(1);
      // The upload list comes back too, each file as it was (electron/core/queue/queue-store.ts).
      expect(second.core.queue.snapshot().items.map((item) => [item.id, item.status])).toEqual(list);
    } finally {
      await first?.close();
      await second?.close();
      await removeDir(dataDir);
    }
  });
});
