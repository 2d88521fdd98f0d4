// An automated accessibility check of whatever the window shows, with axe-core. The app's CSP
// allows only its own scripts, so axe is not added as a <script>: its source is evaluated in the
// page through the DevTools protocol (page.evaluate), which the CSP does not govern, the way a
// browser extension would run it.

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { AxeResults, ImpactValue } from 'axe-core';
import type { Page } from 'playwright-core';

let source: string | undefined;

/** What a test reports of one rule broken: the rule, how bad, what it means, where. */
export interface Violation {
  readonly rule: string;
  readonly impact: ImpactValue | undefined;
  readonly help: string;
  readonly targets: readonly string[];
}

// WCAG 2.1 A and AA, and axe's best practices (landmarks, one main, headings in order).
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** Violations on the page as it is now, worst first. */
export async function axeViolations(page: Page): Promise<Violation[]> {
  source ??= await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(source);
  const results = await page.evaluate(
    (tags) => (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    TAGS,
  );
  const order: (ImpactValue | undefined)[] = ['critical', 'serious', 'moderate', 'minor', undefined];
  return results.violations
    .map((v) => ({ rule: v.id, impact: v.impact ?? undefined, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }))
    .sort((a, b) => order.indexOf(a.impact) - order.indexOf(b.impact));
}

/** The serious and critical ones: what must never ship. */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  return (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
