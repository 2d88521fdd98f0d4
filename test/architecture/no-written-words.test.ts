// @vitest-environment node
// No sentence a person reads is written in a component: every word in the window comes from the
// catalogues (shared/i18n/), looked up in the person's language. This reads each .tsx file of
// the window with TypeScript's parser and fails on
//   - a JSX text node with a letter in it (<p>Done</p>);
//   - a string with a letter given to a prop a person reads or hears (title, aria-label, alt,
//     placeholder, label, …), written or built from a template (`aria-label={`Copy ${x}`}`);
//   - a string with a letter shown as a child ({ok ? 'Done' : 'Failed'}), unless it is an
//     argument of a call (t('queue:done'), a class name helper) or a comparison.
// Letters are any script's (\p{L}); symbols such as ×, …, · and % are not words. Babel's parser
// reads the files (TypeScript 7's compiler has no JavaScript API).

import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from '@babel/parser';
import { describe, expect, it } from 'vitest';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const COMPONENTS = ['renderer/src'];
const READ_PROPS = new Set(['title', 'aria-label', 'aria-description', 'aria-valuetext', 'aria-roledescription', 'aria-placeholder', 'alt', 'placeholder', 'label', 'summary']);
const LETTER = /\p{L}/u;
const COMPARISONS = new Set(['===', '!==', '==', '!=']);

/** A node of Babel's tree, as far as this reads it. */
interface Node {
  readonly type: string;
  readonly loc?: { readonly start: { readonly line: number } };
  readonly [field: string]: unknown;
}

function tsxFiles(dir: string): string[] {
  return readdirSync(path.join(PROJECT_ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return tsxFiles(rel);
    return entry.name.endsWith('.tsx') ? [rel] : [];
  });
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

function children(node: Node): Node[] {
  return Object.entries(node).flatMap(([field, value]) => {
    if (field === 'loc' || field === 'extra' || field.endsWith('Comments')) return [];
    if (Array.isArray(value)) return value.filter(isNode);
    return isNode(value) ? [value] : [];
  });
}

/** A string's words, or undefined for what is not a string literal. */
function literalText(node: Node): string | undefined {
  if (node.type === 'StringLiteral') return node['value'] as string;
  if (node.type === 'TemplateLiteral') return (node['quasis'] as Node[]).map((q) => (q['value'] as { cooked: string }).cooked).join(' ');
  return undefined;
}

/** Where a string ends up, from its ancestors (nearest first): a prop by name, a JSX child, or somewhere not shown. */
function destination(ancestors: readonly Node[], literal: Node): { prop: string } | { child: true } | undefined {
  let at = literal;
  for (const [index, parent] of ancestors.entries()) {
    if (parent.type === 'CallExpression' || parent.type === 'NewExpression' || parent.type === 'MemberExpression' || parent.type === 'TaggedTemplateExpression') return undefined;
    if (parent.type === 'BinaryExpression' && COMPARISONS.has(parent['operator'] as string)) return undefined;
    if ((parent.type === 'ObjectProperty' && parent['key'] === at) || parent.type === 'SwitchCase') return undefined;
    if (parent.type === 'JSXAttribute') return { prop: (parent['name'] as Node)['name'] as string };
    if (parent.type === 'JSXExpressionContainer') {
      const holder = ancestors[index + 1];
      return holder?.type === 'JSXAttribute' ? { prop: (holder['name'] as Node)['name'] as string } : { child: true };
    }
    if (/Function|Declarat|Statement|Program/.test(parent.type)) return undefined;
    at = parent;
  }
  return undefined;
}

/** Each written word of one file, as "file:line: text". */
export function writtenWords(file: string, source: string): string[] {
  const ast = parse(source, { sourceType: 'module', plugins: ['typescript', 'jsx'] }) as unknown as Node;
  const found: string[] = [];
  const say = (node: Node, text: string) => found.push(`${file}:${node.loc?.start.line ?? 0}: ${text.trim().slice(0, 60)}`);
  const visit = (node: Node, ancestors: readonly Node[]): void => {
    const text = node.type === 'JSXText' ? (node['value'] as string) : literalText(node);
    if (text !== undefined && LETTER.test(text)) {
      const to = node.type === 'JSXText' ? { child: true as const } : destination(ancestors, node);
      if (to !== undefined && ('child' in to || READ_PROPS.has(to.prop))) say(node, text);
    }
    for (const child of children(node)) visit(child, [node, ...ancestors]);
  };
  visit(ast, []);
  return found;
}

describe('no written words in the window', () => {
  it('finds what it is meant to find, and leaves alone what it is not', () => {
    const found = writtenWords('x.tsx', `
      const a = <p>Done</p>;
      const b = <button aria-label="Copy link" className="button primary" />;
      const c = <span title={\`Copy \${name}\`}>{ok ? 'Sent' : '…'}</span>;
      const d = <p>{t('queue:done')} · {count} {state === 'done' && '×'}</p>;
      const e = <img alt={t('start:logo')} data-state="waiting" />;
      const f = <p>{label ?? 'Ja'}</p>;
    `);
    expect(found.map((line) => line.replace(/^x\.tsx:\d+: /, ''))).toEqual(['Done', 'Copy link', 'Copy', 'Sent', 'Ja']);
  });

  it('finds none in the window’s components', () => {
    const files = COMPONENTS.flatMap(tsxFiles);
    expect(files.length).toBeGreaterThan(40);
    const words = files.flatMap((file) => writtenWords(file, readFileSync(path.join(PROJECT_ROOT, file), 'utf8')));
    expect(words).toEqual([]);
  });
});
