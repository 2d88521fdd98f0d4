// What the tray icon (the menu bar on macOS) says and offers: the batch's progress as its
// tooltip, and a menu with the same progress (Linux's app indicators show no tooltip), Open,
// Pause or Resume, the last few links or asset IDs to copy, a new version ready to install
// (electron/main/update/), and Quit. Pure data (Electron's
// MenuItemConstructorOptions), so it is tested without Electron; app-tray.ts shows it.

import type { MenuItemConstructorOptions } from 'electron';
import type { BatchState } from '../../../shared/batch-progress.ts';
import type { Translate } from '../../../shared/i18n/translator.ts';
import type { HistoryEntry } from '../../../shared/history-types.ts';
import { PROVIDERS, resultText } from '../../../shared/providers.ts';
import { englishT } from '../../../shared/i18n/english.ts';

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

/** The time left as the tooltip says it: "6 s", "3 min 05 s", "1 h 05 min" in English. */
export function timeLeft(seconds: number, t: Translate = englishT()): string {
  if (seconds < 0) return '—';
  const s = Math.round(seconds);
  if (s < 60) return t('desktop:time.seconds', { s });
  const m = Math.floor(s / 60);
  if (m < 60) return t('desktop:time.minutes', { m, s: String(s % 60).padStart(2, '0') });
  return t('desktop:time.hours', { h: Math.floor(m / 60), m: String(m % 60).padStart(2, '0') });
}

/**
 * One line on what the uploads are doing; the time left only where it is read at a glance (the
 * tooltip). `t`: main's translator (electron/main/app/main-language.ts); English without it.
 */
export function trayStatus({ batch, paused }: TrayState, withTimeLeft = true, t: Translate = englishT()): string {
  if (!batch.active) return t(paused ? 'desktop:tray.pausedIdle' : 'desktop:tray.idle');
  const files = t('desktop:tray.files', { done: batch.finishedFiles, count: batch.files });
  const percent = t('desktop:tray.percent', { value: Math.floor(batch.fraction * 100) });
  if (paused) return t('desktop:tray.paused', { files, percent });
  const eta = withTimeLeft ? batch.etaSeconds : undefined;
  return eta === undefined || !Number.isFinite(eta) ? t('desktop:tray.uploading', { files, percent }) : t('desktop:tray.uploadingLeft', { files, percent, left: timeLeft(eta, t) });
}

export function trayToolTip(state: TrayState, t: Translate = englishT()): string {
  return t('desktop:tray.toolTip', { status: trayStatus(state, true, t) });
}

export function trayMenuTemplate(state: TrayState, actions: TrayActions, platform: NodeJS.Platform, t: Translate = englishT()): MenuItemConstructorOptions[] {
  // On Windows and Linux an "&" in a label marks the next letter as the access key (app-menu.ts
  // uses "&File"); a file's own "&" is doubled so that it shows as itself.
  const literal = (text: string): string => (platform === 'darwin' ? text : text.replaceAll('&', '&&'));
  const recent: MenuItemConstructorOptions[] =
    state.recent.length === 0
      ? []
      : [
          { type: 'separator' },
          { label: t('desktop:tray.recent'), enabled: false },
          ...state.recent.map((result) => ({
            label: literal(result.kind === 'link' ? result.name : t('desktop:tray.recentId', { name: result.name })),
            toolTip: result.text,
            click: () => actions.copy(result.text),
          })),
        ];
  return [
    { label: literal(trayStatus(state, false, t)), enabled: false },
    { type: 'separator' },
    { label: t('desktop:tray.open'), click: () => actions.open() },
    state.paused ? { label: t('desktop:tray.resume'), click: () => actions.resume() } : { label: t('desktop:tray.pause'), click: () => actions.pause() },
    ...recent,
    { type: 'separator' },
    ...(state.update === undefined ? [] : [{ label: literal(t('desktop:tray.update', { version: state.update })), click: () => actions.restartToUpdate() }]),
    { label: t('desktop:tray.quit'), click: () => actions.quit() },
  ];
}

/**
 * A key that changes only when the menu's words do: the menu is built again only then, not at
 * every progress patch (Linux re-sends a whole menu over D-Bus for each setContextMenu).
 */
export function trayMenuKey(state: TrayState, t: Translate = englishT()): string {
  return JSON.stringify([trayStatus(state, false, t), state.paused, state.recent, state.update]);
}
