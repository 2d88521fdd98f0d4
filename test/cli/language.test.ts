// The command line in the person's language (issue 26): what a person reads follows LC_ALL,
// then LC_MESSAGES, then LANG (POSIX's order; "C" or nothing is English), while --json, exit
// codes and option names are the same in every language, byte for byte.

import { describe, expect, it } from 'vitest';
import { cliLanguage, wordsFor } from '../../electron/cli/cli-language.ts';
import { columns, fitColumns, padColumns } from '../../electron/cli/terminal-text.ts';
import { writeMediaFile } from '../fixtures/media-files.ts';
import type { ProviderServer } from '../fixtures/provider-server.ts';
import { useCliLoopback } from './cli-loopback.ts';
import { runCli } from './run-cli.ts';

let server: ProviderServer;
let dir: string;
let env: NodeJS.ProcessEnv;

useCliLoopback('media-uploader-test-cli-language', (setup) => ({ server, dir, env } = setup));

const GERMAN = { LANG: 'de_DE.UTF-8' };
const JAPANESE = { LC_ALL: 'ja_JP.UTF-8' };

describe('the language the command line speaks', () => {
  it('follows LC_ALL, then LC_MESSAGES, then LANG; C, POSIX or nothing is English', () => {
    expect(cliLanguage({})).toBe('en');
    expect(cliLanguage({ LANG: 'de_DE.UTF-8' })).toBe('de');
    expect(cliLanguage({ LANG: 'de_DE.UTF-8', LC_MESSAGES: 'fr_FR.UTF-8' })).toBe('fr');
    expect(cliLanguage({ LANG: 'de_DE.UTF-8', LC_MESSAGES: 'fr_FR.UTF-8', LC_ALL: 'ja_JP.UTF-8' })).toBe('ja');
    expect(cliLanguage({ LANG: 'de_DE.UTF-8', LC_ALL: 'C' })).toBe('en');
    expect(cliLanguage({ LANG: 'C.UTF-8' })).toBe('en');
    expect(cliLanguage({ LANG: 'POSIX' })).toBe('en');
    expect(cliLanguage({ LANG: '', LC_ALL: '' })).toBe('en');
    expect(cliLanguage({ LANG: 'pt_PT.UTF-8' })).toBe('pt-BR');
    expect(cliLanguage({ LANG: 'zh_TW.UTF-8' })).toBe('en');
    expect(cliLanguage({ LANG: 'sv_SE.UTF-8' })).toBe('en');
  });

  it('asks GNU LANGUAGE first, as gettext does, but not under the C locale', () => {
    expect(cliLanguage({ LANG: 'en_US.UTF-8', LANGUAGE: 'sv:es' })).toBe('es');
    expect(cliLanguage({ LANG: 'C', LANGUAGE: 'es' })).toBe('en');
    expect(cliLanguage({ LANGUAGE: 'es' })).toBe('en');
  });

  it('writes sizes, speeds, durations and counts as the language does (shared/format-units.ts, as the window does), and English as before', () => {
    const en = wordsFor('en');
    expect([en.bytes(12_400_000), en.speed(1_500_000), en.duration(65), en.duration(30), en.count(1234)]).toEqual(['12.4 MB', '1.5 MB/s', '1 min 05 s', '30 s', '1234']);
    const de = wordsFor('de');
    expect([de.bytes(12_400_000), de.speed(1_500_000), de.count(1234)]).toEqual(['12,4 MB', '1,5 MB/s', '1.234']);
    expect(wordsFor('fr').bytes(12_400_000)).toBe('12,4\u202fMo');
    expect(wordsFor('ja').duration(30)).toBe('30秒');
    expect(de.duration(300)).toBe('5 min 00 s');
    expect(de.t('progress.allFiles', { count: 3 })).toBe('Alle 3 Dateien');
  });
});

describe('columns on a terminal', () => {
  it('counts Japanese and Chinese characters as two columns, so tables and bars still line up', () => {
    expect(columns('日時')).toBe(4);
    expect(columns('Datei')).toBe(5);
    expect(padColumns('結果', 6)).toBe('結果  ');
    const cut = fitColumns('東京の会議の録音ファイル、長い名前.mp3', 20);
    expect(cut.endsWith('…')).toBe(true);
    expect(columns(cut)).toBeLessThanOrEqual(20);
    expect(fitColumns('short.mp3', 20)).toBe('short.mp3');
  });
});

describe('media-uploader in the person’s language', () => {
  it('prints --help in German under LANG=de_DE.UTF-8 and in Japanese under LC_ALL=ja_JP.UTF-8, option names untouched', async () => {
    const english = await runCli(['--help'], env);
    const german = await runCli(['--help'], { ...env, ...GERMAN });
    const japanese = await runCli(['--help'], { ...env, ...JAPANESE });
    expect(english.stdout).toContain('Other commands:');
    expect(german.stdout).toContain('Weitere Befehle:');
    expect(german.stdout).toContain('wohin die Dateien gehen');
    expect(japanese.stdout).toContain('その他のコマンド:');
    expect(japanese.stdout).toContain('アップロード先');
    for (const run of [english, german, japanese]) {
      expect(run.code).toBe(0);
      for (const option of ['--provider', '--key NAME', '--json', '--offline-wait', 'media-uploader keys set <provider> [--name NAME]']) expect(run.stdout).toContain(option);
    }
  });

  it('LC_ALL wins over LANG and LC_MESSAGES; LC_ALL=C is English whatever LANG says', async () => {
    const run = await runCli(['--help'], { ...env, LANG: 'de_DE.UTF-8', LC_MESSAGES: 'fr_FR.UTF-8', LC_ALL: 'ja_JP.UTF-8' });
    expect(run.stdout).toContain('その他のコマンド:');
    const messages = await runCli(['--help'], { ...env, LANG: 'de_DE.UTF-8', LC_MESSAGES: 'fr_FR.UTF-8' });
    expect(messages.stdout).toContain('Autres commandes :');
    const plain = await runCli(['--help'], { ...env, LANG: 'de_DE.UTF-8', LC_ALL: 'C' });
    expect(plain.stdout).toContain('Other commands:');
  });

  it('says an upload’s outcome, its next step and the history in the language', async () => {
    const file = await writeMediaFile(dir, 'mp3', { name: 'sprache.mp3' });
    server.reset();
    const german = await runCli(['upload', file, '--provider', 'assemblyai', '--base-url', server.baseUrl, '--next'], { ...env, ...GERMAN });
    expect(german.code, german.stderr).toBe(0);
    expect(german.stdout).toContain('✓ ');
    expect(german.stdout).toContain('Als Nächstes');
    const again = await runCli(['upload', file, '--provider', 'assemblyai', '--base-url', server.baseUrl, '--reuse'], { ...env, ...GERMAN });
    expect(again.stdout).toMatch(/Bereits am .+ hochgeladen: Dieser Link wird wiederverwendet, nichts wurde gesendet\./);
    const japanese = await runCli(['upload', file, '--provider', 'assemblyai', '--base-url', server.baseUrl, '--reuse'], { ...env, ...JAPANESE });
    expect(japanese.stdout).toMatch(/\d{4}\/\d{2}\/\d{2} にアップロード済みです: そのリンクを再利用し、何も送っていません。/);
    const history = await runCli(['history'], { ...env, ...GERMAN });
    expect(history.stdout).toMatch(/^Wann +Anbieter +Datei +Ergebnis/);
    expect(history.stdout).toMatch(/\d+ Uploads?\.\n$/);
    const historyJa = await runCli(['history'], { ...env, ...JAPANESE });
    expect(historyJa.stdout).toMatch(/^日時 +プロバイダー +ファイル +結果/);
    expect(historyJa.stdout).toMatch(/\d+ 件のアップロード。\n$/);
  });

  it('refuses a usage error in the language, with the same exit code', async () => {
    const german = await runCli(['upload', 'x.mp3'], { ...env, ...GERMAN });
    const japanese = await runCli(['upload', 'x.mp3'], { ...env, ...JAPANESE });
    expect(german.stderr).toContain('Wählen Sie mit --provider, wohin hochgeladen wird');
    expect(japanese.stderr).toContain('--provider でアップロード先を選んでください');
    expect([german.code, japanese.code]).toEqual([2, 2]);
  });

  it('prints --json byte for byte the same in every language, a refusal’s line too', async () => {
    const file = await writeMediaFile(dir, 'mp3', { name: 'same-in-every-language.mp3' });
    const missing = `${dir}/not-there.mp3`;
    server.reset();
    // The first upload makes the link the next ones reuse, so every language reports the same one.
    const first = await runCli(['upload', file, '--provider', 'assemblyai', '--base-url', server.baseUrl, '--json'], env);
    expect(first.code, first.stderr).toBe(0);
    const args = ['upload', file, missing, '--provider', 'assemblyai', '--base-url', server.baseUrl, '--json', '--reuse', '--next'];
    const runs = await Promise.all([{ LANG: 'C' }, GERMAN, JAPANESE, { LANG: 'fr_FR.UTF-8' }, { LC_ALL: 'zh_CN.UTF-8' }].map((language) => runCli(args, { ...env, ...language })));
    const [english, ...others] = runs;
    expect(english?.code).toBe(1);
    expect(english?.stdout.trim().split('\n')).toHaveLength(2);
    expect(english?.stdout).toContain('"reused":true');
    for (const run of others) {
      expect(run.stdout).toBe(english?.stdout);
      expect(run.code).toBe(english?.code);
    }
    const histories = await Promise.all([{ LANG: 'C' }, GERMAN, JAPANESE].map((language) => runCli(['history', '--json'], { ...env, ...language })));
    for (const run of histories) expect(run.stdout).toBe(histories[0]?.stdout);
  });
});
