// @vitest-environment node
// Every key state of the window (window-states.ts), checked with axe-core in light and dark at
// both window sizes the screenshots use: no serious or critical violation (contrast, names,
// roles, labels, landmarks). Moderate and minor ones are printed, for a person to judge.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe-check.ts';
import { launchApp, type AppHarness } from './app-harness.ts';
import { WINDOW_STATES } from './window-states.ts';

let app: AppHarness;

beforeAll(async () => {
  app = await launchApp({ keys: {}, viewport: { width: 1100, height: 750 } });
});
afterAll(async () => {
  await app?.close();
});

const VIEWS = [
  { width: 1100, height: 750, colorScheme: 'light' },
  { width: 800, height: 560, colorScheme: 'dark' },
] as const;

describe('accessibility (axe-core)', () => {
  it.each(WINDOW_STATES.map((s) => [s.name, s] as const))('%s has no serious violation', async (_name, state) => {
    await app.reset();
    await state.setUp(app);
    const found: string[] = [];
    for (const view of VIEWS) {
      await app.page.setViewportSize(view);
      await app.page.emulateMedia({ colorScheme: view.colorScheme });
      for (const v of await axeViolations(app.page)) {
        const line = `${view.width}×${view.height} ${view.colorScheme}: [${v.impact}] ${v.rule}: ${v.help} (${v.targets.join(', ')})`;
        if (v.impact === 'serious' || v.impact === 'critical') found.push(line);
        else console.log(`${state.name}: ${line}`);
      }
    }
    await app.page.setViewportSize(VIEWS[0]);
    await app.page.emulateMedia({ colorScheme: 'light' });
    expect(found).toEqual([]);
  });
});
