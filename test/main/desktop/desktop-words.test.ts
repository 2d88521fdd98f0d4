// The desktop's words in other languages (shared/i18n/<language>/desktop.ts): every language has
// every English sentence, with the same placeholders and its own plural forms; the app menu and
// the tray, built in German and Japanese, take every label from the catalogue (none is left in
// English, and none reads as its key); dialogs, notices and the proxy prompt follow.

import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import type { Catalogue } from '../../../shared/i18n/catalogue-types.ts';
import { CATALOGUES } from '../../../shared/i18n/catalogues.ts';
import { LANGUAGES, type Language } from '../../../shared/i18n/languages.ts';
import { createTranslator } from '../../../shared/i18n/translator.ts';
import { batchProgress } from '../../../shared/batch-progress.ts';
import { appMenuTemplate } from '../../../electron/main/window/app-menu.ts';
import { trayMenuTemplate, trayToolTip, type TrayActions, type TrayState } from '../../../electron/main/desktop/tray-view.ts';
import { batchNotice, quitQuestion } from '../../../electron/main/desktop/batch-progress.ts';
import { keyQuestion } from '../../../electron/main/calls/key-question.ts';
import { trayNotice } from '../../../electron/main/quit/window-close.ts';
import { updateView } from '../../../electron/main/update/update-words.ts';
import { proxySignInPage, proxySignInWords } from '../../../electron/main/network/proxy-sign-in-page.ts';
import { queueItem } from '../../fixtures/queue-items.ts';

const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    if (typeof value === 'string') out.set(`${prefix}${key}`, value);
    else for (const [inner, text] of flatten(value, `${prefix}${key}.`)) out.set(inner, text);
  }
  return out;
}

const placeholders = (text: string): string[] => [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((match) => match[1] ?? '').sort();

describe('the desktop catalogue in every language', () => {
  const english = flatten(CATALOGUES.en.desktop);
  const base = (key: string): string => key.replace(PLURAL, '');
  for (const language of LANGUAGES.filter((l) => l !== 'en')) {
    it(`${language}: every English sentence, the same placeholders, its own plural forms`, () => {
      const words = flatten(CATALOGUES[language].desktop);
      expect(new Set([...words.keys()].map(base))).toEqual(new Set([...english.keys()].map(base)));
      const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      for (const key of new Set([...english.keys()].filter((k) => PLURAL.test(k)).map(base))) {
        expect([...words.keys()].filter((k) => base(k) === key && PLURAL.test(k)).map((k) => k.replace(`${key}_`, '')).sort(), key).toEqual([...categories].sort());
      }
      for (const [key, text] of words) {
        const source = english.get(key) ?? english.get(`${base(key)}_other`) ?? '';
        // A form for one may say "one" in words instead of {{count}}; every other placeholder stays.
        expect(placeholders(text).filter((p) => p !== 'count'), `${language} ${key}`).toEqual(placeholders(source).filter((p) => p !== 'count'));
        expect(text.trim(), `${language} ${key}`).not.toBe('');
      }
    });
  }
});

function items(list: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return list.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

/** Every sentence of `language`'s desktop catalogue, as the menus may show them. */
function sentences(language: Language): Set<string> {
  return new Set(flatten(CATALOGUES[language].desktop).values());
}

const actions: TrayActions = { open() {}, copy() {}, pause() {}, resume() {}, quit() {}, restartToUpdate() {} };
const running = batchProgress([
  queueItem('a', { status: 'done', size: 100 }),
  queueItem('b', { status: 'uploading', size: 300, progress: { sent: 100, total: 300, speed: 50 } }),
  queueItem('c', { status: 'waiting', size: 100 }),
]);

describe('the menus in German and Japanese', () => {
  for (const language of ['de', 'ja'] as const) {
    const t = createTranslator(language).t;
    const known = sentences(language);
    const englishLabels = sentences('en');

    for (const platform of ['darwin', 'linux', 'win32'] as const) {
      it(`${language}, ${platform}: the app menu's every label is from the catalogue, roles kept`, () => {
        const template = appMenuTemplate({ platform, packaged: false, paste: () => undefined, checkForUpdates: () => undefined, t });
        const labelled = items(template).filter((item) => item.type !== 'separator');
        for (const item of labelled) {
          // The developer menu's own items are the role's (a run from source only); macOS titles
          // the app menu with the app's name itself.
          if (item.role === 'viewMenu' || item.role === 'appMenu') continue;
          expect(item.label, JSON.stringify(item.role ?? item.label)).toBeDefined();
          expect(known.has(item.label ?? ''), item.label).toBe(true);
        }
        // Words that differ from English are shown (not English left in place).
        expect(labelled.some((item) => !englishLabels.has(item.label ?? ''))).toBe(true);
        // Roles stay where they were: what the items do is Electron's, only the words are ours.
        const roles = items(template).flatMap((item) => (item.role === undefined ? [] : [item.role]));
        expect(roles).toEqual(expect.arrayContaining(['quit', 'undo', 'redo', 'cut', 'copy', 'selectAll', 'editMenu']));
      });
    }

    it(`${language}: the tray's tooltip and menu`, () => {
      const state: TrayState = { batch: running, paused: false, recent: [{ name: 'face.png', text: 'asset_1', kind: 'ID' }], update: '1.2.0' };
      const menu = trayMenuTemplate(state, actions, 'linux', t);
      const labels = menu.filter((item) => item.type !== 'separator').map((item) => item.label ?? '');
      for (const label of labels) expect(label).not.toMatch(/desktop:|tray\.|\{\{/);
      expect(labels).toEqual(expect.arrayContaining([t('desktop:tray.open'), t('desktop:tray.pause'), t('desktop:tray.recent'), t('desktop:tray.quit')]));
      expect(labels.some((label) => englishLabels.has(label))).toBe(false);
      expect(trayToolTip(state, t)).not.toMatch(/Uploading|left/);
    });
  }

  it('says them as a native reader expects', () => {
    const de = createTranslator('de').t;
    const ja = createTranslator('ja').t;
    const state: TrayState = { batch: running, paused: false, recent: [] };
    expect(trayToolTip(state, de)).toBe('Media Uploader: Upload läuft: 1 von 3 Dateien hochgeladen (40\u00a0%, noch 6 s)');
    expect(trayToolTip(state, ja)).toBe('Media Uploader: アップロード中: 3 件中 1 件をアップロード済み（40%、残り 6秒）');
    const mac = (t: typeof de) => items(appMenuTemplate({ platform: 'darwin', packaged: true, paste: () => undefined, t })).map((item) => item.label);
    expect(mac(de)).toEqual(expect.arrayContaining(['Über Media Uploader', 'Bearbeiten', 'Einsetzen', 'Media Uploader beenden', 'Fenster']));
    expect(mac(ja)).toEqual(expect.arrayContaining(['Media Uploaderについて', '編集', 'ペースト', 'Media Uploaderを終了', 'ウインドウ']));
    const windows = (t: typeof de) => items(appMenuTemplate({ platform: 'win32', packaged: true, paste: () => undefined, t })).map((item) => item.label);
    expect(windows(de)).toEqual(expect.arrayContaining(['&Datei', 'Beenden', 'Einfügen']));
    expect(windows(ja)).toEqual(expect.arrayContaining(['ファイル(&F)', '終了', '貼り付け']));
  });
});

describe('dialogs, notices and the proxy prompt in another language', () => {
  const de = createTranslator('de').t;
  const ja = createTranslator('ja').t;

  it('asks about keys, quitting and ends of batches in the person’s language', () => {
    expect(keyQuestion('save', 'HeyGen', 'abcd', 'Arbeit', de)).toEqual({
      title: 'Schlüssel speichern',
      message: 'Diesen HeyGen-Schlüssel, der auf „abcd“ endet, als „Arbeit“ speichern?',
      detail: expect.stringContaining('HeyGen'),
      buttons: ['Speichern', 'Nicht speichern'],
    });
    expect(keyQuestion('remove', 'HeyGen', '', undefined, ja).message).toBe('保存済みの HeyGen のキーを削除しますか？');
    expect(quitQuestion([queueItem('a', { status: 'uploading', size: 1, progress: { sent: 0, total: 1, speed: 0 } })], de)).toBe('1 Datei wird noch hochgeladen.');
    expect(batchNotice({ done: 3, failed: 2, cancelled: 1 }, ja)).toEqual({
      title: 'アップロードが完了しましたが、問題がありました',
      body: '3 件をアップロードしました、2 件が失敗しました、1 件をキャンセルしました。Media Uploaderを開くと、原因の確認と再試行ができます。',
    });
    expect(trayNotice(2, 'darwin', de).body).toMatch(/^Seine 2 Uploads laufen weiter\. .*Menüleiste/);
  });

  it('says where updating stands', () => {
    const kind = { can: 'install', how: 'nsis' } as const;
    const found = { version: '1.2.0' };
    expect(updateView({ kind, phase: { name: 'downloading', found, percent: 40.7 }, automatic: true, current: '1.1.0' }, de).line).toBe('Version 1.2.0 wird geladen … 40\u00a0%');
    expect(updateView({ kind, phase: { name: 'current' }, automatic: true, current: '1.1.0' }, ja).line).toBe('Media Uploader 1.1.0 は最新バージョンです。');
    expect(updateView({ kind, phase: { name: 'failed', problem: 'checksum' }, automatic: true, current: '1.1.0' }, de).line).toMatch(/^Das Update passte nicht/);
  });

  it('words the proxy prompt, and gives its preload the sentence it says', () => {
    const page = proxySignInPage(proxySignInWords('proxy.example:8080', false, ja, 'ja'));
    expect(page).toContain('<html lang="ja">');
    expect(page).toContain('<label for="username">ユーザー名</label>');
    expect(page).toContain('data-need-user-name="先にユーザー名を入力してください。"');
    const english = proxySignInPage(proxySignInWords('proxy.example:8080', false));
    expect(english).toContain('<html lang="en">');
    expect(english).toContain('<label for="username">User name</label>');
    expect(english).toContain('data-need-user-name="Type the user name first."');
  });
});
