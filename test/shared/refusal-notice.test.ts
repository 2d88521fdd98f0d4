// Files refused at the door are told in one grouped message: common reasons once for all their
// files, the rest one line each.

import { describe, expect, it } from 'vitest';
import { notAddedNotice } from '../../shared/refusal-notice.ts';
import { kindsWords } from '../../shared/media-formats.ts';
import { englishT } from '../../shared/i18n/english.ts';

describe('the "items skipped" message', () => {
  it('groups files that are not media and empty files, and lists other reasons one by one', () => {
    const notice = notAddedNotice(englishT(), [
      { path: '/a/notes.txt', name: 'notes.txt', code: 'UNSUPPORTED_TYPE', message: 'x' },
      { path: '/a/list.pdf', name: 'list.pdf', code: 'UNSUPPORTED_TYPE', message: 'x' },
      { path: '/a/half.mp4', name: 'half.mp4', code: 'FILE_EMPTY', message: 'x' },
      { path: '/a/Docs', name: 'Docs', message: 'The folder “Docs” has no image, video or audio files in it.' },
    ]);
    expect(notice).toEqual({
      title: '4 items skipped',
      lines: [
        'Not an image, video or audio file: notes.txt, list.pdf.',
        'Empty (0 bytes), perhaps not finished saving: half.mp4.',
        'Docs: The folder “Docs” has no image, video or audio files in it.',
      ],
    });
  });

  it('names five files of a group and counts the rest', () => {
    const many = Array.from({ length: 8 }, (_, i) => ({ path: `/f${i}.txt`, name: `f${i}.txt`, code: 'UNSUPPORTED_TYPE' as const, message: 'x' }));
    expect(notAddedNotice(englishT(), many)?.lines).toEqual(['Not an image, video or audio file: f0.txt, f1.txt, f2.txt, f3.txt, f4.txt and 3 more.']);
  });
});

describe('kinds in words', () => {
  it('says what a provider takes as people say it', () => {
    expect(kindsWords(englishT(), ['mp3', 'mp4'])).toBe('audio and video');
    expect(kindsWords(englishT(), ['png', 'mp3', 'mp4'], 'or')).toBe('images, audio or video');
    expect(kindsWords(englishT(), ['png'])).toBe('images');
  });
});
