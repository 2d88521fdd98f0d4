// The glossary's helpers (shared/words.ts): the words the window uses for IDs, counts of what a
// Copy button copies, and where keys are kept.

import { describe, expect, it } from 'vitest';
import { idName, idSentence, linksAndIdsWords, passwordStoreWords } from '../../shared/words.ts';
import { englishT } from '../../shared/i18n/english.ts';

describe('the window’s words', () => {
  it('counts links and IDs each, never calling an ID a link', () => {
    expect(linksAndIdsWords(englishT(), 4, 0)).toBe('4 links');
    expect(linksAndIdsWords(englishT(), 1, 0)).toBe('1 link');
    expect(linksAndIdsWords(englishT(), 3, 1)).toBe('3 links and 1 ID');
    expect(linksAndIdsWords(englishT(), 0, 2)).toBe('2 IDs');
    expect(linksAndIdsWords(englishT(), 1, 1)).toBe('1 link and 1 ID');
  });

  it('names an ID by its service and says where it goes', () => {
    expect(idName(englishT(), 'HeyGen')).toBe('HeyGen ID');
    expect(idSentence(englishT(), 'memories.ai')).toBe('memories.ai gives an ID, not a web link: paste it into memories.ai where it asks for your file.');
  });

  it('calls the keychain by a name a person knows, never "Secret Service"', () => {
    expect(passwordStoreWords(englishT(), 'Secret Service')).toBe('your computer’s password store');
    expect(passwordStoreWords(englishT(), 'macOS Keychain')).toBe('the Keychain of your Mac');
    expect(passwordStoreWords(englishT(), 'kernel keyring (forgotten at restart)')).toBe('this computer’s memory only');
    expect(passwordStoreWords(englishT(), undefined)).toBe('your computer’s password store');
  });
});
