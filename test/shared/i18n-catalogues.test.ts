// @vitest-environment node
// The catalogues (shared/i18n/): every language has every key of English, and no other, with the
// same {{placeholders}}; each plural key has exactly the forms the language's plural rules name
// (Intl.PluralRules: one/other in German, only other in Japanese, one/many/other in French…);
// no sentence is empty. The pseudo-language keeps placeholders and tags and is longer.

import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../shared/i18n/catalogues.ts';
import { NAMESPACES, type Catalogue } from '../../shared/i18n/catalogue-types.ts';
import { LANGUAGES, PSEUDO_LANGUAGE } from '../../shared/i18n/languages.ts';
import { pseudoSentence } from '../../shared/i18n/pseudo.ts';
import { createTranslator } from '../../shared/i18n/translator.ts';

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Every sentence by its full key ("queue:rows.done"). */
function sentences(catalogue: Catalogue, prefix: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const full = `${prefix}${key}`;
    if (typeof value === 'string') out.set(full, value);
    else for (const [k, v] of sentences(value, `${full}.`)) out.set(k, v);
  }
  return out;
}

function allSentences(language: (typeof LANGUAGES)[number]): Map<string, string> {
  const out = new Map<string, string>();
  for (const ns of NAMESPACES) for (const [k, v] of sentences(CATALOGUES[language][ns], `${ns}:`)) out.set(k, v);
  return out;
}

/** Keys with their plural forms folded into one ("queue:files" for files_one and files_other). */
function ideas(all: Map<string, string>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const key of all.keys()) {
    const match = PLURAL.exec(key);
    const idea = match === null ? key : key.slice(0, match.index);
    const forms = out.get(idea) ?? new Set<string>();
    if (match !== null) forms.add(match[1]!);
    out.set(idea, forms);
  }
  return out;
}

const placeholders = (sentence: string) => [...sentence.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort();

const english = allSentences('en');

describe('the catalogues', () => {
  it('have English words to start from', () => {
    expect(english.size).toBeGreaterThan(300);
  });

  for (const language of LANGUAGES) {
    it(`${language}: every key of English and no other, each plural with the forms ${language} has, none empty`, () => {
      const words = allSentences(language);
      const theirs = ideas(words);
      const ours = ideas(english);
      expect([...theirs.keys()].filter((k) => !ours.has(k)), 'keys English does not have').toEqual([]);
      expect([...ours.keys()].filter((k) => !theirs.has(k)), 'keys missing').toEqual([]);
      const categories = new Set(new Intl.PluralRules(language).resolvedOptions().pluralCategories);
      const wrongForms = [...ours].filter(([, forms]) => forms.size > 0).flatMap(([idea]) => {
        const forms = theirs.get(idea)!;
        return [...categories].every((c) => forms.has(c)) && [...forms].every((f) => categories.has(f as Intl.LDMLPluralRule)) ? [] : [`${idea}: ${[...forms].join(',')}`];
      });
      expect(wrongForms, 'plural forms').toEqual([]);
      expect([...words].filter(([, v]) => v.trim() === '').map(([k]) => k), 'empty').toEqual([]);
    });

    it(`${language}: the same placeholders as English`, () => {
      const words = allSentences(language);
      const englishOf = (key: string) => english.get(key) ?? english.get(key.replace(PLURAL, '_other'))!;
      const differ = [...words].filter(([key, value]) => {
        const theirs = placeholders(value).filter((p) => p !== 'count');
        const ours = placeholders(englishOf(key)).filter((p) => p !== 'count');
        return JSON.stringify([...new Set(theirs)]) !== JSON.stringify([...new Set(ours)]);
      }).map(([key]) => key);
      expect(differ).toEqual([]);
    });
  }

  it('makes the pseudo-language from English: accented, longer, placeholders and tags kept', () => {
    expect(pseudoSentence('Upload {{count}} files to <1>{{service}}</1>')).toMatch(/^⟦Ûþļöáð \{\{count\}\} ƒíļéš ţö <1>\{\{service\}\}<\/1> ·+⟧$/);
    expect(pseudoSentence('Done').length).toBeGreaterThan('Done'.length * 1.4);
    const t = createTranslator(PSEUDO_LANGUAGE).t;
    const pseudo = CATALOGUES[PSEUDO_LANGUAGE];
    expect(Object.keys(pseudo)).toEqual([...NAMESPACES]);
    expect(t('common:nothing-such')).toBe('nothing-such');
  });

  it('fills placeholders and chooses plural forms by the language’s rules', () => {
    const de = createTranslator('de');
    expect(de.t('queue:nothing-such', { count: 2 })).toBe('nothing-such');
    expect(de.language).toBe('de');
  });
});
