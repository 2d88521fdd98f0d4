// What the tray icon (the menu bar on macOS) says and offers: the batch's progress as its
// tooltip, and a menu with the same progress (Linux's app indicators show no tooltip), Open,
// Pause or Resume, the last few links or asset IDs to copy, a new version ready to install
// (electron/main/update/), and Quit. Pure data (Electron's
// MenuItemConstructorOptions), so it is tested without Electron; app-tray.ts shows it.

import type { MenuItemConstructorOptions } from 'electron';
import type { BatchState } from '../../../shared/batch-progress.ts';
import { formatDuration } from '../../../shared/format-units.ts';
import type { HistoryEntry } from '../../../shared/history-types.ts';
import { PROVIDERS, resultText } from '../../../shared/providers.ts';
import { mainT } from '../settings/main-language.ts';

/** A finished upload the menu offers to copy. */
export interface RecentResult {
  readonly name: string;
  /** What the person copies: the link, or the ID where there is no link. */
  readonly text: string;
  readonly kind: 'link' | 'ID';
}

export interface TrayState {
  /** The latest batch (shared/batch-progress.ts), read as the window's bar and the taskbar read it. */
  readonly batch: BatchState;
  readonly paused: boolean;
  /** Newest first, at most RECENT_RESULTS. */
  readonly recent: readonly RecentResult[];
  /** A new version downloaded and offered (only while nothing uploads, update-machine.ts). */
  readonly update?: string | undefined;
}

export interface TrayActions {
  open(): void;
  copy(text: string): void;
  pause(): void;
  resume(): void;
  /** app.quit(): the same quit flow, and question, as every other way of quitting. */
  quit(): void;
  /** "Restart to update": that same quit, then the install and a new start (restart-to-update.ts). */
  restartToUpdate(): void;
}

// A menu a glance can take in; older links are in the window's history.
export const RECENT_RESULTS = 5;

/** The newest finished uploads in `entries` (newest first, as the history lists them), as the menu offers them. */
export function recentResults(entries: Iterable<HistoryEntry>): RecentResult[] {
  const recent: RecentResult[] = [];
  for (const entry of entries) {
    if (recent.length >= RECENT_RESULTS) break;
    const text = entry.ok ? resultText(PROVIDERS[entry.provider], entry) : undefined;
    if (text !== undefined) recent.push({ name: entry.name, text, kind: text === entry.url ? 'link' : 'ID' });
  }
  return recent;
}

/** One line on what the uploads are doing; the time left only where it is read at a glance (the tooltip). */
export function trayStatus({ batch, paused }: TrayState, withTimeLeft = true): string {
  if (!batch.active) return paused ? 'Uploads are paused' : 'No uploads running';
  const files = `${batch.finishedFiles} of ${batch.files} ${batch.files === 1 ? 'file' : 'files'} uploaded`;
  const percent = `${Math.floor(batch.fraction * 100)}%`;
  if (paused) return `Paused: ${files} (${percent})`;
  const left = !withTimeLeft || batch.etaSeconds === undefined || !Number.isFinite(batch.etaSeconds) ? '' : `, ${formatDuration(mainT(), batch.etaSeconds)} left`;
  return `Uploading: ${files} (${percent}${left})`;
}

export function trayToolTip(state: TrayState): string {
  return `Media Uploader: ${trayStatus(state)}`;
}

export function trayMenuTemplate(state: TrayState, actions: TrayActions, platform: NodeJS.Platform): MenuItemConstructorOptions[] {
  // On Windows and Linux an "&" in a label marks the next letter as the access key (app-menu.ts
  // uses "&File"); a file's own "&" is doubled so that it shows as itself.
  const literal = (text: string): string => (platform === 'darwin' ? text : text.replaceAll('&', '&&'));
  const recent: MenuItemConstructorOptions[] =
    state.recent.length === 0
      ? []
      : [
          { type: 'separator' },
          { label: 'Copy a recent upload’s link', enabled: false },
          ...state.recent.map((result) => ({
            label: literal(result.kind === 'link' ? result.name : `${result.name} (ID)`),
            toolTip: result.text,
            click: () => actions.copy(result.text),
          })),
        ];
  return [
    { label: trayStatus(state, false), enabled: false },
    { type: 'separator' },
    { label: 'Open Media Uploader', click: () => actions.open() },
    state.paused ? { label: 'Resume uploads', click: () => actions.resume() } : { label: 'Pause uploads', click: () => actions.pause() },
    ...recent,
    { type: 'separator' },
    ...(state.update === undefined ? [] : [{ label: literal(`Version ${state.update} is ready — Restart to update`), click: () => actions.restartToUpdate() }]),
    { label: 'Quit Media Uploader', click: () => actions.quit() },
  ];
}

/**
 * A key that changes only when the menu's words do: the menu is built again only then, not at
 * every progress patch (Linux re-sends a whole menu over D-Bus for each setContextMenu).
 */
export function trayMenuKey(state: TrayState): string {
  return JSON.stringify([trayStatus(state, false), state.paused, state.recent, state.update]);
}
