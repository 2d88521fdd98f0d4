// The command line's words (shared/i18n/<language>/cli.ts) in every language: the same keys as
// English, the plural forms the language has (Intl.PluralRules), the same placeholders, and the
// option names and commands untouched, since those are typed and not read.

import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../shared/i18n/catalogue-types.ts';
import { CATALOGUES } from '../../shared/i18n/catalogues.ts';
import { LANGUAGES } from '../../shared/i18n/languages.ts';

const PLURAL = /_(zero|one|two|few|many|other)$/;

function flat(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    if (typeof value === 'string') out.set(`${prefix}${key}`, value);
    else for (const [k, v] of flat(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string): string[] => [...text.matchAll(/\{\{\s*(\w+)[^}]*\}\}/g)].map((m) => m[1] ?? '').sort();
const options = (text: string): string[] => [...new Set(text.match(/--[a-z][a-z-]*/g) ?? [])].sort();
const commands = (text: string): string[] => (text.match(/media-uploader (?:keys|upload|history|delete)\b(?: [a-z]+)?/g) ?? []).sort();
const stem = (key: string): string => key.replace(PLURAL, '');

const english = flat(CATALOGUES.en.cli);

describe.each(LANGUAGES.filter((language) => language !== 'en'))('the cli words in %s', (language) => {
  const words = flat(CATALOGUES[language].cli);
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;

  it('has every English key, and a plural key in each form the language has', () => {
    const expected = new Set<string>();
    for (const key of english.keys()) {
      if (PLURAL.test(key)) for (const category of categories) expected.add(`${stem(key)}_${category}`);
      else expected.add(key);
    }
    expect([...words.keys()].sort()).toEqual([...expected].sort());
  });

  it('keeps the placeholders, option names and commands', () => {
    for (const [key, text] of words) {
      const source = english.get(key) ?? english.get(`${stem(key)}_other`) ?? '';
      expect(placeholders(text), key).toEqual(placeholders(source));
      expect(options(text), key).toEqual(options(source));
      expect(commands(text), key).toEqual(commands(source));
    }
  });
});
