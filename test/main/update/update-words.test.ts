// What the app says about updates: failures sorted into what a person understands, and release
// notes as plain words of bounded length (update-words.ts, release-notes.ts).

import { describe, expect, it } from 'vitest';
import { NOTES_MAX_CHARS, plainReleaseNotes } from '../../../electron/main/update/release-notes.ts';
import { updateProblem } from '../../../electron/main/update/update-words.ts';

const coded = (code: string, message = code) => Object.assign(new Error(message), { code });

describe('why an update did not work', () => {
  it('sorts electron-updater’s, Node’s and Chromium’s errors', () => {
    expect(updateProblem(coded('ERR_CHECKSUM_MISMATCH', 'sha512 checksum mismatch, expected a, got b'))).toBe('checksum');
    expect(updateProblem(coded('ERR_UPDATER_INVALID_SIGNATURE'))).toBe('publisher');
    for (const code of ['EACCES', 'EPERM', 'EROFS', 'ENOSPC']) expect(updateProblem(coded(code))).toBe('no-write');
    for (const code of ['ENOTFOUND', 'ECONNREFUSED', 'ETIMEDOUT', 'EAI_AGAIN']) expect(updateProblem(coded(code))).toBe('offline');
    // Electron's net module: the error's message is Chromium's net error.
    expect(updateProblem(new Error('net::ERR_INTERNET_DISCONNECTED'))).toBe('offline');
    expect(updateProblem(new Error('net::ERR_NAME_NOT_RESOLVED'))).toBe('offline');
    // builder-util-runtime's HttpError (a 404 for latest-linux.yml), and the feed's own errors.
    expect(updateProblem(Object.assign(new Error('404 Not Found'), { statusCode: 404 }))).toBe('server');
    expect(updateProblem(coded('ERR_UPDATER_INVALID_UPDATE_INFO'))).toBe('server');
    expect(updateProblem(new Error('something else'))).toBe('other');
    expect(updateProblem('a string')).toBe('other');
  });
});

describe('release notes in plain words', () => {
  it('turns a GitHub release body into text: tags gone, lists as bullets, entities decoded', () => {
    const html = '<h2>Media Uploader 1.2</h2>\n<p>Uploads are <strong>faster</strong> &amp; safer.</p><ul><li>Fixes &lt;retry&gt;</li><li>Caf&#233; &#x2603;</li></ul><script>alert(1)</script><!-- hidden -->';
    expect(plainReleaseNotes(html)).toBe('Media Uploader 1.2\nUploads are faster & safer.\n• Fixes <retry>\n• Café ☃');
  });

  it('keeps plain text as it is, and says nothing for notes that say nothing', () => {
    expect(plainReleaseNotes('Fixes a crash when a folder is dropped.')).toBe('Fixes a crash when a folder is dropped.');
    expect(plainReleaseNotes('<p> </p>')).toBeUndefined();
    expect(plainReleaseNotes(null)).toBeUndefined();
    expect(plainReleaseNotes(undefined)).toBeUndefined();
  });

  it('joins notes of several versions (electron-updater’s fullChangelog) with their versions', () => {
    expect(plainReleaseNotes([{ version: '1.2.0', note: '<p>Faster.</p>' }, { version: '1.1.0', note: null }, { version: '1.0.1', note: 'Fixes.' }]))
      .toBe('Version 1.2.0:\nFaster.\n\nVersion 1.0.1:\nFixes.');
  });

  it('is bounded however long or hostile the notes are, and drops control characters', () => {
    const long = plainReleaseNotes(`<p>${'word '.repeat(100_000)}</p>`) ?? '';
    expect(long.length).toBe(NOTES_MAX_CHARS);
    expect(long.endsWith('…')).toBe(true);
    expect(plainReleaseNotes('a&#0;b&#27;c&#x1b;d&#xD800;e&#1114112;f')).toBe('abcdef');
    // A "<" that nothing closes is text, as a browser shows it; an unclosed comment or script hides the rest.
    expect(plainReleaseNotes(`ok <a href="${'x'.repeat(200_000)}`)).toBe('ok <a href="' + 'x'.repeat(NOTES_MAX_CHARS - 13) + '…');
    expect(plainReleaseNotes('<'.repeat(200_000))).toBe(`${'<'.repeat(NOTES_MAX_CHARS - 1)}…`);
    expect(plainReleaseNotes(`Fixed.<!--${'<!--'.repeat(50_000)}`)).toBe('Fixed.');
    expect(plainReleaseNotes(`Fixed.<script>${'<script>'.repeat(50_000)}`)).toBe('Fixed.');
    expect(plainReleaseNotes('<li'.repeat(50_000))).toMatch(/^<li<li/);
  });
});
