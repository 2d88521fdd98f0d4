// @vitest-environment node
// The layering, checked on every run so it cannot drift: each folder of electron/, shared/ and
// renderer/ says in its README.md which folders it may import ("May import: …"), and no source
// file imports outside that; no import circle runs among the files, nor among the folders. The
// rules are plain functions (import-graph.ts), first shown to fail on small made-up graphs.

import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findCircle, folderRules, importGraph, importSpecifiers, ruleOf, ruleViolations, SOURCE_ROOTS, sourceFiles, type FolderRule } from './import-graph.ts';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('the rules, on made-up graphs', () => {
  it('reads every form of import, over several lines, and none in a comment', () => {
    const text = [
      "import { a,",
      "  b } from './a.ts';",
      "import type { C } from '../c.ts';",
      "export { d } from './d.ts';",
      "export * from './e.ts';",
      "import './f.ts';",
      "const g = await import('./g.ts');",
      "type H = typeof import('./h.ts');",
      "import icon from '../../build/i.png?asset';",
      "// import { no } from './comment.ts';",
      "/** An example: import { no } from './doc.ts'; */",
      "const url = 'https://example.com';",
      "import { y } from './y.ts';",
    ].join('\n');
    expect(importSpecifiers(text).sort()).toEqual(['../../build/i.png?asset', '../c.ts', './a.ts', './d.ts', './e.ts', './f.ts', './g.ts', './h.ts', './y.ts']);
  });

  it('finds a circle, and none where there is none', () => {
    const circle = new Map([['a', ['b']], ['b', ['c', 'd']], ['c', ['a']], ['d', []]]);
    expect(findCircle(circle)).toEqual(['a', 'b', 'c', 'a']);
    expect(findCircle(new Map([['x', ['x']]]))).toEqual(['x', 'x']);
    const layered = new Map([['a', ['b', 'c']], ['b', ['c']], ['c', []], ['d', ['a', 'c']]]);
    expect(findCircle(layered)).toBeUndefined();
  });

  it('refuses an import of a folder the rule does not name, and allows its own, the named and their insides', () => {
    const rules: FolderRule[] = [
      { folder: 'src/low', mayImport: [] },
      { folder: 'src/mid', mayImport: ['src/low'] },
      { folder: 'src/top', mayImport: ['src/mid'] },
      { folder: 'src/top/inner', mayImport: ['src/low'] },
    ];
    const graph = new Map([
      ['src/mid/m.ts', ['src/mid/n.ts', 'src/low/deep/l.ts']],
      ['src/top/t.ts', ['src/mid/m.ts', 'src/top/sub/s.ts', 'src/low/l.ts']],
      ['src/top/sub/s.ts', ['src/top/t.ts']],
      ['src/top/inner/i.ts', ['src/top/t.ts', 'src/low/l.ts']],
      ['src/low/l.ts', ['src/mid/m.ts']],
      ['elsewhere/e.ts', ['src/top/t.ts']],
    ]);
    expect(ruleViolations(graph, rules)).toEqual([
      { file: 'src/top/t.ts', imports: 'src/low/l.ts', folder: 'src/top' },
      // A subfolder with a rule of its own is not its parent's folder.
      { file: 'src/top/inner/i.ts', imports: 'src/top/t.ts', folder: 'src/top/inner' },
      { file: 'src/low/l.ts', imports: 'src/mid/m.ts', folder: 'src/low' },
    ]);
    expect(ruleOf('src/top/sub/s.ts', rules)?.folder).toBe('src/top');
    expect(ruleOf('elsewhere/e.ts', rules)).toBeUndefined();
  });
});

describe("the app's sources", () => {
  const files = sourceFiles(PROJECT_ROOT);
  const graph = importGraph(PROJECT_ROOT, files);
  const rules = folderRules(PROJECT_ROOT);

  it('are read whole: the graph holds the imports a look at the files shows', () => {
    expect(files.length).toBeGreaterThan(200);
    expect([...graph.values()].flat().length).toBeGreaterThan(800);
    expect(graph.get('electron/main/index.ts')).toContain('electron/main/app/app-core.ts');
    // A type-only import over several lines.
    expect(graph.get('electron/core/queue/upload-queue.ts')).toContain('shared/queue-types.ts');
  });

  it('each have a folder with a rule, and every folder a rule names exists', () => {
    expect(files.filter((file) => ruleOf(file, rules) === undefined)).toEqual([]);
    const named = rules.flatMap((rule) => rule.mayImport);
    expect(named.filter((folder) => !existsSync(path.join(PROJECT_ROOT, folder)) || !statSync(path.join(PROJECT_ROOT, folder)).isDirectory())).toEqual([]);
  });

  it('each README.md in them says what its folder may import, on a line a program reads', () => {
    const readmes: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(path.join(PROJECT_ROOT, dir), { withFileTypes: true })) {
        if (entry.isDirectory()) walk(`${dir}/${entry.name}`);
        else if (entry.name === 'README.md') readmes.push(dir);
      }
    };
    for (const root of SOURCE_ROOTS) walk(root);
    expect(readmes.length).toBeGreaterThan(20);
    expect(rules.map((rule) => rule.folder).sort()).toEqual(readmes.sort());
  });

  it("import only what their folder's README allows", () => {
    expect(ruleViolations(graph, rules)).toEqual([]);
  });

  it('have no import circle', () => {
    expect(findCircle(graph)).toBeUndefined();
  });

  it('have no import circle among their folders either', () => {
    const folders = new Map<string, string[]>();
    for (const [file, targets] of graph) {
      const from = ruleOf(file, rules)?.folder ?? file;
      const list = folders.get(from) ?? [];
      for (const target of targets) {
        const to = ruleOf(target, rules)?.folder ?? target;
        if (to !== from && !list.includes(to)) list.push(to);
      }
      folders.set(from, list);
    }
    expect(findCircle(folders)).toBeUndefined();
  });
});
