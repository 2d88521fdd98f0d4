// The source files' import graph, read from the files themselves, and the two rules over it:
// no import circle, and each folder imports only what the "May import:" line of its README.md
// allows. Plain functions over plain data, so each rule is tested on a made-up graph too
// (folder-imports.test.ts) and cannot pass by finding nothing.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The folders whose files are the app's sources (relative to the repository). */
export const SOURCE_ROOTS = ['electron', 'shared', 'renderer'] as const;

/** A README.md's machine-readable line: `May import: shared, electron/core/files` or `May import: nothing`. */
const RULE_LINE = /^May import: (.+)$/m;

/** A folder and the folders its files may import from, besides their own (paths relative to the repository). */
export interface FolderRule {
  readonly folder: string;
  readonly mayImport: readonly string[];
}

/** One import a folder's rule does not allow. */
export interface Violation {
  readonly file: string;
  readonly imports: string;
  readonly folder: string;
}

// Block comments that open a line (doc comments), and whole-line `//` comments: an example of an
// import in a comment is not an import. A `//` after code is left alone, since it may be inside
// a string ('https://…').
const COMMENTS = /^\s*\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm;
const SPECIFIERS = [
  // import x from '…', import type { x } from '…', export { x } from '…', export * from '…', over several lines
  // ([^'";] takes line breaks too: an alternative for \n gave every line break two ways to match,
  // and a long text without quotes after `export default`, a Japanese catalogue's, never ended)
  /\b(?:import|export)\s[^'";]*?\sfrom\s*['"]([^'"]+)['"]/g,
  // import '…' (for its effects)
  /\bimport\s*['"]([^'"]+)['"]/g,
  // import('…'), including `typeof import('…')`
  /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
];

/** The specifiers a file's text imports, in no particular order, each once. */
export function importSpecifiers(text: string): string[] {
  const code = text.replace(COMMENTS, '');
  const found = new Set<string>();
  for (const pattern of SPECIFIERS) for (const match of code.matchAll(pattern)) found.add(match[1] as string);
  return [...found];
}

/** Every .ts and .tsx file under the roots, as paths relative to `repo` with forward slashes. */
export function sourceFiles(repo: string, roots: readonly string[] = SOURCE_ROOTS): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(path.join(repo, dir), { withFileTypes: true })) {
      const relative = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(relative);
      else if (/\.tsx?$/.test(entry.name)) files.push(relative);
    }
  };
  for (const root of roots) walk(root);
  return files.sort();
}

/**
 * Each file and the source files it imports by a relative specifier (packages, `node:` and
 * `electron` are not the layering's business: tsconfig.engine.json keeps Electron out of the
 * engine). A `?asset` suffix (electron-vite) is dropped; a target outside `files` is left out.
 */
export function importGraph(repo: string, files: readonly string[]): Map<string, string[]> {
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const targets = importSpecifiers(readFileSync(path.join(repo, file), 'utf8'))
      .filter((specifier) => specifier.startsWith('./') || specifier.startsWith('../'))
      .map((specifier) => path.posix.join(path.posix.dirname(file), specifier.replace(/\?.*$/, '')))
      .filter((target) => known.has(target));
    graph.set(file, targets);
  }
  return graph;
}

/** One import circle (its files in order, the first repeated at the end), or undefined when there is none. */
export function findCircle(graph: ReadonlyMap<string, readonly string[]>): string[] | undefined {
  const done = new Set<string>();
  const onPath: string[] = [];
  const onPathSet = new Set<string>();
  const visit = (node: string): string[] | undefined => {
    if (onPathSet.has(node)) return [...onPath.slice(onPath.indexOf(node)), node];
    if (done.has(node)) return undefined;
    onPath.push(node);
    onPathSet.add(node);
    for (const next of graph.get(node) ?? []) {
      const circle = visit(next);
      if (circle !== undefined) return circle;
    }
    onPath.pop();
    onPathSet.delete(node);
    done.add(node);
    return undefined;
  };
  for (const node of graph.keys()) {
    const circle = visit(node);
    if (circle !== undefined) return circle;
  }
  return undefined;
}

/** The rule of every folder under the roots that has a README.md with a "May import:" line. */
export function folderRules(repo: string, roots: readonly string[] = SOURCE_ROOTS): FolderRule[] {
  const rules: FolderRule[] = [];
  const walk = (dir: string): void => {
    const readme = path.join(repo, dir, 'README.md');
    if (existsSync(readme)) {
      const line = RULE_LINE.exec(readFileSync(readme, 'utf8'));
      if (line !== null) rules.push({ folder: dir, mayImport: parseRule(line[1] as string) });
    }
    for (const entry of readdirSync(path.join(repo, dir), { withFileTypes: true })) if (entry.isDirectory()) walk(`${dir}/${entry.name}`);
  };
  for (const root of roots) walk(root);
  return rules;
}

/** The folders a "May import:" line names: `nothing`, or a comma-separated list. */
export function parseRule(list: string): string[] {
  const entries = list.split(',').map((entry) => entry.trim().replace(/\/$/, '')).filter((entry) => entry !== '');
  return entries.length === 1 && entries[0] === 'nothing' ? [] : entries;
}

/** Whether `file` is `folder` itself or anywhere inside it. */
function inside(file: string, folder: string): boolean {
  return file === folder || file.startsWith(`${folder}/`);
}

/** The rule that governs a file: the deepest folder with a rule that contains it. */
export function ruleOf(file: string, rules: readonly FolderRule[]): FolderRule | undefined {
  let best: FolderRule | undefined;
  for (const rule of rules) if (inside(file, rule.folder) && (best === undefined || rule.folder.length > best.folder.length)) best = rule;
  return best;
}

/**
 * Every import that leaves its file's folder for one the folder's rule does not name. A file
 * may import its own folder's files (and those of its subfolders without a rule of their own);
 * naming a folder allows everything inside it.
 */
export function ruleViolations(graph: ReadonlyMap<string, readonly string[]>, rules: readonly FolderRule[]): Violation[] {
  const violations: Violation[] = [];
  for (const [file, targets] of graph) {
    const rule = ruleOf(file, rules);
    if (rule === undefined) continue;
    for (const target of targets) {
      if (ruleOf(target, rules) === rule) continue;
      if (rule.mayImport.some((folder) => inside(target, folder))) continue;
      violations.push({ file, imports: target, folder: rule.folder });
    }
  }
  return violations;
}
