// The list's words in other languages (issue 26): plural forms chosen by the language's own rules
// (German one/other, Japanese a single form), and numbers, sizes, speeds and times left written
// as the language writes them (Intl in that language, units from the queue catalogue), while
// English reads exactly as before.

import { describe, expect, it } from 'vitest';
import { createTranslator, type Translate } from '../../shared/i18n/translator.ts';
import type { Language } from '../../shared/i18n/languages.ts';
import { activeLine, rowMessage, statusWord, typeLabel } from '../../renderer/src/queue-words.ts';
import { formatSize, formatTime } from '../../renderer/src/queue-numbers.ts';
import { queueItem } from '../fixtures/queue-items.ts';

function queueWords(language: Language): Translate {
  return createTranslator(language).getFixedT(language, 'queue');
}

const de = queueWords('de');
const ja = queueWords('ja');
const en = queueWords('en');

describe('the upload list in German and Japanese', () => {
  it('chooses the plural form by the language’s rules, with the count written in its way', () => {
    expect(de('toolbar.files', { count: 1 })).toBe('1 Datei');
    expect(de('toolbar.files', { count: 12_345 })).toBe('12.345 Dateien');
    expect(de('add.added', { count: 2 })).toBe('2 Dateien zur Warteschlange hinzugefügt.');
    // Japanese has one form for every count.
    expect(ja('toolbar.files', { count: 1 })).toBe('1 件のファイル');
    expect(ja('toolbar.files', { count: 12_345 })).toBe('12,345 件のファイル');
    expect(en('toolbar.files', { count: 1 })).toBe('1 file');
    expect(en('toolbar.files', { count: 12_345 })).toBe('12,345 files');
  });

  it('writes sizes, speeds, percents and time left in the language, English as before', () => {
    const progress = { sent: 420_000, total: 1_000_000, speed: 3_100_000, etaSeconds: 185 };
    const uploading = queueItem('a', { status: 'uploading', attempt: 1, progress });
    // German puts a no-break space before the percent sign, as Intl.NumberFormat('de') does.
    expect(activeLine(uploading, false, de)).toBe('42\u00a0% · 3,1 MB/s · noch 3 min 05 s');
    expect(activeLine(uploading, false, ja)).toBe('42% · 3.1 MB/秒 · 残り 3分05秒');
    expect(activeLine(uploading, false, en)).toBe('42% · 3.1 MB/s · 3 min 05 s left');
    expect(formatSize(de, 12_400_000)).toBe('12,4 MB');
    expect(formatSize(en, 12_400_000)).toBe('12.4 MB');
    expect(formatSize(en, 999)).toBe('999 B');
    expect(formatTime(ja, 3_725)).toBe('1時間02分');
    expect(formatTime(en, 3_725)).toBe('1 h 02 min');
  });

  it('says what a file is by its format’s name and the language’s word for it', () => {
    expect(typeLabel('mp3', de)).toBe('MP3-Audio');
    expect(typeLabel('png', ja)).toBe('PNG 画像');
    expect(typeLabel('heic', en)).toBe('HEIC photo');
    expect(typeLabel('asf', en)).toBe('Windows Media video');
    expect(typeLabel(undefined, de)).toBe('Unbekannter Typ');
  });

  it('says a row’s state and message in the language', () => {
    expect(statusWord(queueItem('b', { status: 'uploading', attempt: 2, progress: { sent: 0, total: 1, speed: 0 } }), true, de)).toBe('Wird hochgeladen (Versuch 2)');
    expect(rowMessage(queueItem('c', { status: 'waiting', offline: true }), false, ja)?.text).toBe('インターネット接続を待っています… 接続が戻ると、アップロードは自動的に再開します。');
  });
});
