// Stands in for shared/i18n/catalogues.ts inside the command-line bundle
// (electron/launch/build-cli.ts). Bundled, every language's catalogue was one 720 KB chunk that
// each run compiled and ran (~50 ms of every start, `--help` included) to say sentences in one
// language. Here each language is a JSON file beside the bundle (out/cli/i18n/<language>.json,
// written by the build from the same catalogues), read when i18next first looks in it: a run
// reads its own language (and English only if a sentence were missing), and JSON.parse of one
// takes well under a millisecond.

import { readFileSync } from 'node:fs';
import type { LanguageCatalogue } from '../../shared/i18n/catalogue-types.ts';
import { LANGUAGES, PSEUDO_LANGUAGE, type Language } from '../../shared/i18n/languages.ts';

/** Where the build writes a language's catalogue, relative to the bundle's chunks. */
export const CATALOGUE_FOLDER = 'i18n';

const read = (language: Language): LanguageCatalogue =>
  JSON.parse(readFileSync(new URL(`./${CATALOGUE_FOLDER}/${language}.json`, import.meta.url), 'utf8')) as LanguageCatalogue;

const cache = new Map<Language, LanguageCatalogue>();
const EVERY_LANGUAGE: readonly Language[] = [...LANGUAGES, PSEUDO_LANGUAGE];

/** Every language by name (Object.keys reads no file); a language's words are read when first asked for. */
export const CATALOGUES: Readonly<Record<Language, LanguageCatalogue>> = Object.defineProperties(
  {} as Record<Language, LanguageCatalogue>,
  Object.fromEntries(
    EVERY_LANGUAGE.map((language) => [
      language,
      {
        enumerable: true,
        get: (): LanguageCatalogue => {
          let catalogue = cache.get(language);
          if (catalogue === undefined) cache.set(language, (catalogue = read(language)));
          return catalogue;
        },
      },
    ]),
  ),
);
