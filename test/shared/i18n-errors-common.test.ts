// The `errors` and `common` namespaces in every language: the same keys as English (plural keys
// by each language's own categories), the same placeholders, and nothing left empty.

import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../shared/i18n/catalogue-types.ts';
import { CATALOGUES } from '../../shared/i18n/catalogues.ts';
import { LANGUAGES } from '../../shared/i18n/languages.ts';

const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    if (typeof value === 'string') out.set(`${prefix}${key}`, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

/** Keys with their plural forms folded into one ("links"), each with the forms it has. */
function folded(words: Map<string, string>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const key of words.keys()) {
    const match = PLURAL.exec(key);
    const base = match === null ? key : key.slice(0, match.index);
    const forms = out.get(base) ?? new Set<string>();
    if (match !== null) forms.add(match[1] ?? '');
    out.set(base, forms);
  }
  return out;
}

const placeholders = (sentence: string): string[] => [...sentence.matchAll(/\{\{\s*([\w.]+)/g)].map((m) => m[1] ?? '').sort();

describe.each(['errors', 'common'] as const)('the %s namespace', (namespace) => {
  const english = flatten(CATALOGUES.en[namespace]);
  const englishKeys = folded(english);

  it.each(LANGUAGES.filter((l) => l !== 'en'))('has every English key in %s, with its placeholders', (language) => {
    const words = flatten(CATALOGUES[language][namespace]);
    const keys = folded(words);
    expect([...keys.keys()].sort()).toEqual([...englishKeys.keys()].sort());
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    for (const [base, forms] of keys) {
      if ((englishKeys.get(base)?.size ?? 0) > 0) expect([...forms].sort(), `${language} ${base}`).toEqual([...categories].sort());
    }
    for (const [key, sentence] of words) {
      expect(sentence.trim(), `${language} ${key}`).not.toBe('');
      const base = key.replace(PLURAL, '');
      const englishSentence = english.get(key) ?? english.get(`${base}_other`) ?? english.get(base) ?? '';
      expect(new Set(placeholders(sentence)), `${language} ${key}`).toEqual(new Set(placeholders(englishSentence)));
    }
  });
});
