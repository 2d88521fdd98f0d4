// @vitest-environment node
// No unused words in the catalogues: every English key is looked up somewhere in the app's
// sources (electron/, renderer/, shared/ outside the catalogues). A key counts as looked up when
// its path is written whole in quotes ('rows.done', "queue:rows.done"), or, for keys chosen at
// run time from a value (`status.${state}`, errors by their code), when the code names the
// prefix in a template (`status.${`) and the last part in quotes somewhere ('done'). A plural's
// forms and a context's (`_mac`) count as their key.

import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../shared/i18n/catalogues.ts';
import { NAMESPACES, type Catalogue } from '../../shared/i18n/catalogue-types.ts';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PLURAL = /_(zero|one|two|few|many|other)$/;
// i18next's contexts in use: `paste_mac` is `paste` with { context: 'mac' } (app-menu.ts).
const CONTEXT = /_mac$/;

function sources(dir: string): string[] {
  return readdirSync(path.join(PROJECT_ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return rel === 'shared/i18n' ? [] : sources(rel);
    return /\.(ts|tsx|mts|cts)$/.test(entry.name) ? [rel] : [];
  });
}

function keyPaths(catalogue: Catalogue, prefix = ''): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key.replace(PLURAL, '').replace(CONTEXT, '')}`] : keyPaths(value, `${prefix}${key}.`)));
}

describe('the catalogues’ keys', () => {
  it('are each looked up somewhere in the app', () => {
    const code = ['electron', 'renderer', 'shared'].flatMap(sources).map((file) => readFileSync(path.join(PROJECT_ROOT, file), 'utf8')).join('\n');
    const quoted = (text: string) => [`'${text}'`, `"${text}"`, `\`${text}\``].some((q) => code.includes(q)) || code.includes(`:${text}'`) || code.includes(`:${text}"`) || code.includes(`:${text}\``);
    // A key made of a written key and suffixes (`${code}_noFile`, `${code}_${variant}`): the
    // written part quoted, and each suffix quoted as itself ('noFile') or with its _ ('_noFile').
    const composed = (leaf: string): boolean => {
      const parts = leaf.split('_');
      for (let i = parts.length - 1; i >= 1; i -= 1) {
        if (quoted(parts.slice(0, i).join('_')) && parts.slice(i).every((part) => quoted(part) || quoted(`_${part}`))) return true;
      }
      return false;
    };
    const unused = NAMESPACES.flatMap((ns) => [...new Set(keyPaths(CATALOGUES.en[ns]))].map((key) => `${ns}:${key}`)).filter((full) => {
      const key = full.slice(full.indexOf(':') + 1);
      if (quoted(key)) return false;
      const parts = key.split('.');
      // One part chosen by a value (`providers.${id}.summary`): the parts around it written in the
      // template, the part itself quoted somewhere (the id).
      for (let i = 0; i < parts.length; i += 1) {
        const before = parts.slice(0, i).join('.');
        const after = parts.slice(i + 1).join('.');
        const opens = i === 0 ? code.includes(`${full.slice(0, full.indexOf(':'))}:\${`) : code.includes(`${before}.\${`);
        const closes = after === '' || code.includes(`}.${after}\``) || code.includes(`}.${after}.`) || (i + 1 < parts.length && code.includes(`}.\${`));
        if (opens && closes && (quoted(parts[i]!) || composed(parts[i]!))) return false;
      }
      return !(parts.length === 1 && composed(key));
    });
    expect(unused).toEqual([]);
  });
});
