// Main's language under the Electron model (electron/main/index.ts and the core): the app menu and
// the tray speak the system's language at start, or the one chosen in Settings, and a language
// chosen in Settings while the app runs builds them again in it at once (and Settings' update
// line, which main words, is sent again in it).

import { afterEach, describe, expect, it } from 'vitest';
import { loadedWindow, startAppUnderModel, until, type AppUnderModel } from './app-under-model.ts';
import type { ElectronModel } from '../fixtures/electron-model/electron-model.ts';

let running: AppUnderModel | undefined;

afterEach(async () => {
  await running?.close();
  running = undefined;
});

interface Item { readonly label?: string; readonly submenu?: readonly Item[] }

function labels(list: readonly Item[] | undefined): string[] {
  return (list ?? []).flatMap((item) => [...(item.label === undefined ? [] : [item.label]), ...labels(item.submenu)]);
}

function menuLabels(model: ElectronModel): string[] {
  const menu = (model.module['Menu'] as { getApplicationMenu(): { template: readonly Item[] } | null }).getApplicationMenu();
  return labels(menu?.template);
}

function trayLabels(model: ElectronModel): string[] {
  const tray = model.trays()[0];
  return labels((tray?.menu?.template ?? []) as readonly Item[]);
}

describe('main’s language', () => {
  it('a language chosen in Settings builds the app menu and the tray again in it', async () => {
    running = await startAppUnderModel({ systemLanguages: ['en-US'] });
    const { model } = running;
    const win = await loadedWindow(model);
    await until(() => trayLabels(model).includes('Quit Media Uploader'), 'the tray in English');
    expect(menuLabels(model)).toEqual(expect.arrayContaining(['Edit', 'Undo', 'Paste', 'Select All']));

    const answer = await model.invoke(win.webContents, 'settings:set', { language: 'de' });
    expect(answer).toMatchObject({ ok: true });
    expect(menuLabels(model)).toEqual(expect.arrayContaining(['&Datei', 'Bearbeiten', 'Rückgängig', 'Einfügen', 'Alles auswählen']));
    expect(menuLabels(model)).not.toContain('Edit');
    await until(() => trayLabels(model).includes('Media Uploader beenden'), 'the tray in German');
    expect(trayLabels(model)).toEqual(expect.arrayContaining(['Media Uploader öffnen', 'Uploads pausieren']));
    // Settings' update line, which main words, is said again in it (a run from source here).
    const lines = () => win.webContents.sent.filter((m) => m.channel === 'update:changed').map((m) => (m.payload as { line: string }).line);
    expect(lines().at(-1)).toMatch(/^Diese Kopie läuft aus dem Quellcode/);

    // Back to the system's language.
    await model.invoke(win.webContents, 'settings:set', { language: 'system' });
    expect(menuLabels(model)).toEqual(expect.arrayContaining(['Edit', 'Undo', 'Paste']));
    await until(() => trayLabels(model).includes('Quit Media Uploader'), 'the tray in English again');
  });

  it('speaks the system’s language at start, unless Settings chose another', async () => {
    running = await startAppUnderModel({ systemLanguages: ['ja-JP', 'en-US'] });
    await loadedWindow(running.model);
    expect(menuLabels(running.model)).toEqual(expect.arrayContaining(['編集', '元に戻す', '貼り付け']));
    await until(() => trayLabels(running!.model).includes('Media Uploaderを終了'), 'the tray in Japanese');
    await running.close();

    running = await startAppUnderModel({ systemLanguages: ['ja-JP'], settings: { language: 'fr' } });
    await loadedWindow(running.model);
    expect(menuLabels(running.model)).toEqual(expect.arrayContaining(['&Fichier', 'Édition', 'Coller']));
    await until(() => trayLabels(running!.model).includes('Quitter Media Uploader'), 'the tray in French');
  });
});
