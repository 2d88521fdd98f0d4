// What the tray says and offers (electron/main/desktop/tray-view.ts): its status line and tooltip from
// the batch, its menu's items and what each does, and the recent results from the history.

import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { batchProgress } from '../../../shared/batch-progress.ts';
import type { HistoryEntry } from '../../../shared/history-types.ts';
import { recentResults, RECENT_RESULTS, trayMenuKey, trayMenuTemplate, trayStatus, trayToolTip, type TrayActions, type TrayState } from '../../../electron/main/desktop/tray-view.ts';
import { queueItem } from '../../fixtures/queue-items.ts';

const running = batchProgress([
  queueItem('a', { status: 'done', size: 100 }),
  queueItem('b', { status: 'uploading', size: 300, progress: { sent: 100, total: 300, speed: 50 } }),
  queueItem('c', { status: 'waiting', size: 100 }),
]);
const idle = batchProgress([queueItem('a', { status: 'done' })]);

function recorder(): { actions: TrayActions; calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    actions: {
      open: () => calls.push('open'),
      copy: (text) => calls.push(`copy ${text}`),
      pause: () => calls.push('pause'),
      resume: () => calls.push('resume'),
      quit: () => calls.push('quit'),
      restartToUpdate: () => calls.push('restart to update'),
    },
  };
}

const labels = (menu: MenuItemConstructorOptions[]) => menu.map((item) => (item.type === 'separator' ? '—' : item.label));
const click = (menu: MenuItemConstructorOptions[], label: string) => {
  const item = menu.find((i) => i.label === label);
  if (item?.click === undefined) throw new Error(`no item "${label}"`);
  (item.click as () => void)();
};

describe('the tray’s words', () => {
  it('says how the batch goes: files, percent and time left in the tooltip', () => {
    const state: TrayState = { batch: running, paused: false, recent: [] };
    expect(trayStatus(state)).toBe('Uploading: 1 of 3 files uploaded (40%, 6 s left)');
    expect(trayToolTip(state)).toBe('Media Uploader: Uploading: 1 of 3 files uploaded (40%, 6 s left)');
    expect(trayStatus({ ...state, paused: true })).toBe('Paused: 1 of 3 files uploaded (40%)');
    expect(trayStatus({ batch: idle, paused: false, recent: [] })).toBe('No uploads running');
    expect(trayStatus({ batch: idle, paused: true, recent: [] })).toBe('Uploads are paused');
  });

  it('offers Open, Pause or Resume, the recent results and Quit, each doing what it says', () => {
    const { actions, calls } = recorder();
    const recent = [
      { name: 'beach.mp4', text: 'https://cdn.example/beach', kind: 'link' as const },
      { name: 'face.png', text: 'asset_123', kind: 'ID' as const },
    ];
    const menu = trayMenuTemplate({ batch: running, paused: false, recent }, actions, 'linux');
    expect(labels(menu)).toEqual([
      'Uploading: 1 of 3 files uploaded (40%)', '—', 'Open Media Uploader', 'Pause uploads', '—',
      'Copy a recent upload’s link', 'beach.mp4', 'face.png (ID)', '—', 'Quit Media Uploader',
    ]);
    expect(menu[0]?.enabled).toBe(false);
    for (const label of ['Open Media Uploader', 'Pause uploads', 'beach.mp4', 'face.png (ID)', 'Quit Media Uploader']) click(menu, label);
    expect(calls).toEqual(['open', 'pause', 'copy https://cdn.example/beach', 'copy asset_123', 'quit']);

    const paused = trayMenuTemplate({ batch: running, paused: true, recent: [] }, actions, 'linux');
    expect(labels(paused)).toEqual(['Paused: 1 of 3 files uploaded (40%)', '—', 'Open Media Uploader', 'Resume uploads', '—', 'Quit Media Uploader']);
    click(paused, 'Resume uploads');
    expect(calls.at(-1)).toBe('resume');
  });

  it('offers a downloaded version to restart into, just above Quit, only while one is offered', () => {
    const { actions, calls } = recorder();
    const menu = trayMenuTemplate({ batch: idle, paused: false, recent: [], update: '1.2.0' }, actions, 'linux');
    expect(labels(menu).slice(-2)).toEqual(['Version 1.2.0 is ready — Restart to update', 'Quit Media Uploader']);
    click(menu, 'Version 1.2.0 is ready — Restart to update');
    expect(calls).toEqual(['restart to update']);
    expect(labels(trayMenuTemplate({ batch: idle, paused: false, recent: [] }, actions, 'linux')).some((label) => label?.includes('Restart'))).toBe(false);
    expect(trayMenuKey({ batch: idle, paused: false, recent: [], update: '1.2.0' })).not.toBe(trayMenuKey({ batch: idle, paused: false, recent: [] }));
  });

  it('shows a file name’s "&" as itself where "&" marks an access key', () => {
    const recent = [{ name: 'rock & roll.mp3', text: 'https://cdn.example/r', kind: 'link' as const }];
    const state = { batch: idle, paused: false, recent };
    expect(labels(trayMenuTemplate(state, recorder().actions, 'win32'))).toContain('rock && roll.mp3');
    expect(labels(trayMenuTemplate(state, recorder().actions, 'linux'))).toContain('rock && roll.mp3');
    expect(labels(trayMenuTemplate(state, recorder().actions, 'darwin'))).toContain('rock & roll.mp3');
  });

  it('rebuilds the menu only when its words change, not at every tick of time left', () => {
    const later = batchProgress([
      queueItem('a', { status: 'done', size: 100 }),
      queueItem('b', { status: 'uploading', size: 300, progress: { sent: 101, total: 300, speed: 20 } }),
      queueItem('c', { status: 'waiting', size: 100 }),
    ]);
    expect(trayStatus({ batch: later, paused: false, recent: [] })).not.toBe(trayStatus({ batch: running, paused: false, recent: [] }));
    expect(trayMenuKey({ batch: later, paused: false, recent: [] })).toBe(trayMenuKey({ batch: running, paused: false, recent: [] }));
    expect(trayMenuKey({ batch: running, paused: true, recent: [] })).not.toBe(trayMenuKey({ batch: running, paused: false, recent: [] }));
  });
});

describe('recent results', () => {
  const entry = (n: number, change: Partial<HistoryEntry>): HistoryEntry => ({
    id: `e${n}`, at: '2026-11-22T10:00:00Z', name: `file-${n}.mp4`, path: `/m/file-${n}.mp4`, size: 1, provider: 'assemblyai', ok: true, source: 'app', ...change,
  });

  it('takes the newest successes, the text each provider gives to copy, and no failures', () => {
    const entries = [
      entry(1, { url: 'https://cdn.example/1' }),
      entry(2, { ok: false, errorCode: 'NETWORK', errorMessage: 'Could not reach AssemblyAI.' }),
      entry(3, { provider: 'memories', assetId: 'mem_3' }),
      ...Array.from({ length: 10 }, (_, i) => entry(10 + i, { url: `https://cdn.example/${10 + i}` })),
    ];
    const recent = recentResults(entries);
    expect(recent).toHaveLength(RECENT_RESULTS);
    expect(recent.slice(0, 2)).toEqual([
      { name: 'file-1.mp4', text: 'https://cdn.example/1', kind: 'link' },
      { name: 'file-3.mp4', text: 'mem_3', kind: 'ID' },
    ]);
  });
});
