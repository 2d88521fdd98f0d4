// @vitest-environment node
// One file to several services at once, in the window under the strict bridge: "Send new files
// to" with several services, a dropped file shown as one row with a line per service, each
// line uploading, cancelling and refusing on its own, Copy link giving the main service's link,
// Copy all every service's, and a single file's "Several services…" making it such a row.

import { readFile, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newItem, restoredItem, savedForm, toUploading, toWaiting } from '../../shared/queue-transitions.ts';
import type { AppHarness } from './app-harness.ts';
import { useSharedApp } from './shared-app.ts';

let app: AppHarness;
let page: Page;

useSharedApp({}, (launched) => ([app, page] = [launched, launched.page]));

const row = (name: string) => page.getByRole('listitem', { name, exact: true });
const line = (name: string, service: string) => page.getByRole('list', { name: `Services for ${name}` }).getByRole('listitem', { name: service, exact: true });
const lineIn = (status: string, name: string, service: string) => line(name, service).and(page.locator(`[data-status="${status}"]`));
const sha256 = async (path: string) => createHash('sha256').update(await readFile(path)).digest('hex');

/** "Send new files to" → "Several services…" → tick each of `more`, then Done. */
async function alsoSendNewFilesTo(...more: string[]): Promise<void> {
  await page.getByRole('combobox', { name: 'Send new files to' }).selectOption({ label: 'Several services…' });
  const panel = page.getByRole('group', { name: 'Where new files go' });
  for (const service of more) {
    await panel.getByRole('checkbox', { name: service }).click();
    await expect.poll(() => panel.getByRole('checkbox', { name: service }).isChecked()).toBe(true);
  }
  await panel.getByRole('button', { name: 'Done' }).click();
}

describe('a file sent to several services', () => {
  it('goes to each service chosen for new files: one row, a line each, both get the exact bytes', async () => {
    await alsoSendNewFilesTo('memories.ai');
    await expect.poll(() => page.getByRole('button', { name: 'Send new files to: AssemblyAI + memories.ai' }).isVisible()).toBe(true);
    const talk = await app.media('mp3', { name: 'talk.mp3', size: 300_000 });
    await app.drop([talk]);
    await lineIn('idle', 'talk.mp3', 'AssemblyAI').waitFor();
    await lineIn('idle', 'talk.mp3', 'memories.ai').waitFor();
    expect(await page.getByRole('list', { name: 'Upload queue' }).getByRole('listitem', { name: 'talk.mp3', exact: true }).count()).toBe(1);

    await page.getByRole('button', { name: 'Upload all' }).click();
    await lineIn('done', 'talk.mp3', 'AssemblyAI').waitFor();
    await line('talk.mp3', 'memories.ai').and(page.locator('[data-status="done"], [data-status="processing"]')).waitFor();
    const sha = await sha256(talk);
    expect(app.server.uploads('assemblyai').map((r) => r.sha256)).toEqual([sha]);
    expect(app.server.uploads('memories').map((r) => r.sha256)).toEqual([sha]);

    // Copy link gives the main service's link (the first chosen); the star makes another the main one.
    const assemblyLink = (() => {
      const item = app.core.queue.snapshot().items.find((i) => i.provider === 'assemblyai');
      return item?.status === 'done' ? item.result.url : undefined;
    })();
    await row('talk.mp3').getByRole('button', { name: 'Copy link for talk.mp3', exact: true }).click();
    await expect.poll(() => app.clipboardText()).toBe(assemblyLink);
    await line('talk.mp3', 'memories.ai').getByRole('button', { name: 'Main service for talk.mp3: memories.ai' }).click();
    await expect.poll(() => line('talk.mp3', 'memories.ai').getByRole('button', { name: /^Main service/ }).getAttribute('aria-pressed')).toBe('true');
    await row('talk.mp3').getByRole('button', { name: 'Copy ID for talk.mp3', exact: true }).click();
    const memoriesId = app.core.queue.snapshot().items.find((i) => i.provider === 'memories');
    await expect.poll(() => app.clipboardText()).toBe(memoriesId !== undefined && 'result' in memoriesId ? memoriesId.result.assetId : 'no ID');

    // Copy all: each service's link or ID on a line of its own, with its name.
    await row('talk.mp3').getByRole('button', { name: /^Copy all for talk\.mp3/ }).click();
    await expect.poll(async () => (await app.clipboardText()).split('\n')).toEqual([`AssemblyAI — ${assemblyLink}`, expect.stringMatching(/^memories\.ai — re_/)]);
    // The batch counts per service, and its lines name the service.
    const summary = page.getByRole('region', { name: 'Finished uploads' });
    await expect.poll(() => summary.textContent()).toContain('2 uploaded');
    await summary.getByRole('button', { name: 'Copy 1 link and 1 ID' }).click();
    await expect.poll(async () => (await app.clipboardText()).split('\n')).toEqual([`talk.mp3 — AssemblyAI — ${assemblyLink}`, expect.stringMatching(/^talk\.mp3 — memories\.ai — re_/)]);
    // A history entry for each.
    expect(app.core.history.all().map((e) => e.provider).sort()).toEqual(['assemblyai', 'memories']);
  });

  it('cancels one service’s upload and lets the other finish', async () => {
    await alsoSendNewFilesTo('WaveSpeedAI');
    app.server.script({ provider: 'wavespeed', kind: 'upload', bytesPerSecond: 512 * 1024 });
    const film = await app.media('mp4', { name: 'film.mp4', size: 8 * 1024 * 1024 });
    await app.drop([film]);
    await page.getByRole('button', { name: 'Upload all' }).click();
    await lineIn('uploading', 'film.mp4', 'WaveSpeedAI').waitFor();
    await app.server.waitFor((r) => r.provider === 'wavespeed' && r.bodyBytes > 0);
    await line('film.mp4', 'WaveSpeedAI').getByRole('button', { name: 'Cancel upload of film.mp4 (WaveSpeedAI)' }).click();
    await lineIn('cancelled', 'film.mp4', 'WaveSpeedAI').waitFor();
    await lineIn('done', 'film.mp4', 'AssemblyAI').waitFor();
    expect(app.server.uploads('assemblyai').at(-1)?.sha256).toBe(await sha256(film));
    // Retry on its line sends it again, alone.
    await line('film.mp4', 'WaveSpeedAI').getByRole('button', { name: 'Retry film.mp4 (WaveSpeedAI)' }).click();
    await lineIn('done', 'film.mp4', 'WaveSpeedAI').waitFor({ timeout: 30_000 });
    expect(app.server.uploads('assemblyai')).toHaveLength(1);
  });

  it('says on its line that a service refuses the file, and sends it to the others', async () => {
    await alsoSendNewFilesTo('HeyGen');
    await app.drop([await app.media('png', { name: 'portrait.png' })]);
    await expect.poll(() => line('portrait.png', 'AssemblyAI').textContent()).toContain('AssemblyAI does not accept PNG image files');
    await page.getByRole('button', { name: 'Upload all' }).click();
    await lineIn('done', 'portrait.png', 'HeyGen').waitFor();
    expect(app.server.uploads().map((r) => r.provider)).toEqual(['heygen']);
    // HeyGen took it, so HeyGen is the main service: Copy link gives its link.
    await expect.poll(() => line('portrait.png', 'HeyGen').getByRole('button', { name: /^Main service/ }).getAttribute('aria-pressed')).toBe('true');
    await row('portrait.png').getByRole('button', { name: 'Copy link for portrait.png', exact: true }).waitFor();
  });

  it('comes back after a restart in the middle as one row, each service’s upload interrupted', async () => {
    // The list as the next start finds it (shared/queue-transitions.ts restoredItem), put back into
    // the empty queue as app-core.ts does at start-up; the journal's side is several-providers.test.ts's.
    const path = await app.media('mp3', { name: 'talk.mp3' });
    const { size, mtimeMs } = await stat(path);
    const facts = { path, name: 'talk.mp3', size, mtimeMs, formatId: 'mp3', addedAt: Date.now(), group: 'g-talk' };
    const uploading = (id: string, provider: 'assemblyai' | 'memories', primary: boolean) =>
      restoredItem(savedForm(toUploading(toWaiting(newItem({ ...facts, id, provider, ...(primary && { primary: true }) }), 1))));
    app.core.queue.restore([uploading('talk-a', 'assemblyai', true), uploading('talk-m', 'memories', false)]);
    await lineIn('interrupted', 'talk.mp3', 'AssemblyAI').waitFor();
    await lineIn('interrupted', 'talk.mp3', 'memories.ai').waitFor();
    // Nothing resumes by itself; Retry on one line sends that one alone.
    await line('talk.mp3', 'memories.ai').getByRole('button', { name: 'Retry talk.mp3 (memories.ai)' }).click();
    await line('talk.mp3', 'memories.ai').and(page.locator('[data-status="done"], [data-status="processing"]')).waitFor();
    expect(app.server.uploads().map((r) => r.provider)).toEqual(['memories']);
    await lineIn('interrupted', 'talk.mp3', 'AssemblyAI').waitFor();
  });

  it('turns a single file into one sent to several services from its own menu, and back', async () => {
    await app.drop([await app.media('mp3', { name: 'song.mp3' })]);
    await page.getByRole('combobox', { name: 'Service for song.mp3' }).selectOption({ label: 'Several services…' });
    // The panel takes the focus (its first box that can change: AssemblyAI, the only one ticked, cannot
    // be unticked), and stays open as the row becomes a file with a line per service.
    const panel = page.getByRole('group', { name: 'Send song.mp3 to' });
    expect(await panel.getByRole('checkbox', { name: 'AssemblyAI' }).isDisabled()).toBe(true);
    await expect.poll(() => panel.getByRole('checkbox', { name: 'memories.ai' }).evaluate((box) => box === document.activeElement)).toBe(true);
    await panel.getByRole('checkbox', { name: 'HeyGen' }).click();
    await lineIn('idle', 'song.mp3', 'HeyGen').waitFor();
    await expect.poll(() => panel.getByRole('checkbox', { name: 'HeyGen' }).isChecked()).toBe(true);
    expect(await panel.isVisible()).toBe(true);
    await expect.poll(() => panel.getByRole('checkbox', { name: 'HeyGen' }).evaluate((box) => box === document.activeElement)).toBe(true);
    // Unticked again, it is a file sent to one service, as before.
    await panel.getByRole('checkbox', { name: 'AssemblyAI' }).click();
    await expect.poll(() => page.getByRole('combobox', { name: 'Service for song.mp3' }).inputValue()).toBe('heygen');
    expect(app.core.queue.snapshot().items.map((i) => [i.provider, i.group])).toEqual([['heygen', undefined]]);
    // A reload loses nothing: main holds the list.
    await page.keyboard.press('Escape');
    await app.reload();
    await page.getByRole('combobox', { name: 'Service for song.mp3' }).waitFor();
  });
});
