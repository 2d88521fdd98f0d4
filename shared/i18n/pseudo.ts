// The pseudo-language (languages.ts): every English sentence accented and lengthened by about
// 40 %, between brackets, so a word written in place instead of looked up stays plain, and a
// layout that cannot hold a longer language cuts or spills where a screenshot shows it.
// Placeholders ({{name}}), nested lookups ($t(…)) and tags (<1>…</1>) are left as they are.

import type { Catalogue } from './catalogue-types.ts';

const ACCENTED: Readonly<Record<string, string>> = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'í', j: 'ĵ', k: 'ķ', l: 'ļ', m: 'ɱ',
  n: 'ñ', o: 'ö', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'û', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Á', B: 'Ɓ', C: 'Ç', D: 'Ð', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Í', J: 'Ĵ', K: 'Ķ', L: 'Ļ', M: 'Ṁ',
  N: 'Ñ', O: 'Ö', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Û', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};

const KEPT = /(\{\{[^}]*\}\}|\$t\([^)]*\)|<[^>]*>)/;

export function pseudoSentence(english: string): string {
  if (english.trim() === '') return english;
  let letters = 0;
  const accented = english.split(KEPT).map((part, index) => {
    if (index % 2 === 1) return part;
    return part.replace(/[A-Za-z]/g, (letter) => {
      letters += 1;
      return ACCENTED[letter] ?? letter;
    });
  }).join('');
  // About 40 % longer, counted in letters so a placeholder-only sentence is not padded.
  const padding = Math.ceil(letters * 0.4);
  return `⟦${accented}${padding > 0 ? ` ${'·'.repeat(Math.max(1, padding - 1))}` : ''}⟧`;
}

export function pseudoCatalogue(english: Catalogue): Catalogue {
  const out: Record<string, string | Catalogue> = {};
  for (const [key, value] of Object.entries(english)) out[key] = typeof value === 'string' ? pseudoSentence(value) : pseudoCatalogue(value);
  return out;
}
