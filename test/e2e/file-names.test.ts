// @vitest-environment node
// A long name is shown cut in the middle (a head that shrinks, a tail that always shows), but
// it is still one name: a space where the cut falls stays on screen, and a screen reader hears
// the row and its buttons by the whole name, never the two halves (issue 21, item 1).

import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { AppHarness } from './app-harness.ts';
import { useSharedApp } from './shared-app.ts';

let app: AppHarness;
let page: Page;

useSharedApp({ viewport: { width: 800, height: 560 } }, (launched) => ([app, page] = [launched, launched.page]));

// Names seen in the issue, and made-up ones whose only space sits at each place from the 12th
// to the 17th character from the end, so whichever number of characters the tail keeps, some
// name has its space exactly where the name is cut (the last character of the head, the first
// of the tail), and others just beside it.
const NAMES = [
  'presenter-headshot.png',
  'Interview with Dana.mp3',
  'Keynote full recording.mp4',
  'Dana interview 2025-03-14.mp3',
  ...[12, 13, 14, 15, 16, 17].map((fromEnd) => `${'x'.repeat(24 - fromEnd)} ${'y'.repeat(fromEnd - 5)}.mp3`),
];

/** What the row's name shows on screen: the rendered text of its visible parts (head and tail). */
function shownName(row: Locator): Promise<string> {
  return row.locator('.row-name').evaluate((element) =>
    [...element.children]
      .filter((part) => !part.classList.contains('visually-hidden'))
      .map((part) => (part as HTMLElement).innerText)
      .join(''));
}

describe('file names in the list', () => {
  it('keeps every space where a long name is cut, and names each row and its buttons by the whole name', async () => {
    // Wide enough that no name needs its ellipsis: then the shown text must be the name itself.
    await page.setViewportSize({ width: 1400, height: 900 });
    const paths = [];
    for (const name of NAMES) paths.push(await app.media(name.endsWith('.png') ? 'png' : name.endsWith('.mp4') ? 'mp4' : 'mp3', { name }));
    await app.drop(paths);
    const list = page.getByRole('list', { name: 'Upload queue' });
    await expect.poll(() => list.getByRole('listitem').count()).toBe(NAMES.length);

    for (const name of NAMES) {
      const row = list.getByRole('listitem', { name, exact: true });
      expect(await row.count(), `a row named "${name}"`).toBe(1);
      expect(await shownName(row), `what the row shows for "${name}"`).toBe(name);
      await row.getByRole('button', { name: `Remove ${name} from the list`, exact: true }).waitFor();
      // What a screen reader reads in the row: the name whole, not two words split apart.
      const heard = await row.ariaSnapshot();
      expect(heard, `the row as a screen reader reads it:\n${heard}`).toContain(name);
    }
  });

  it('still shows the end of a long name at 800×560, with the whole name as its tooltip', async () => {
    const name = 'Team interview with the regional sales managers — final cut 2025-03-14.mp4';
    await app.drop([await app.media('mp4', { name })]);
    const row = page.getByRole('listitem', { name, exact: true });
    await row.waitFor();
    expect(await row.locator('.row-name').getAttribute('title')).toBe(name);
    // The tail (its date and type) is on screen in full, inside the name's own box.
    const fits = await row.locator('.row-name').evaluate((element) => {
      const box = element.getBoundingClientRect();
      const tail = element.lastElementChild;
      if (tail === null) return false;
      const end = tail.getBoundingClientRect();
      return (tail as HTMLElement).innerText.endsWith('2025-03-14.mp4') && end.left >= box.left && end.right <= box.right + 0.5 && tail.scrollWidth <= tail.clientWidth;
    });
    expect(fits).toBe(true);
  });
});
