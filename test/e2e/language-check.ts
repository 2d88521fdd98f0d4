// What the window looks like in another language: switching it as Settings does (settings:set
// through main's handlers, which tell the window at once), and a check of the page for words the
// language did not reach and for text a layout cuts or lets overlap.

import type { Page } from 'playwright-core';
import type { Language } from '../../shared/i18n/languages.ts';
import type { AppHarness } from './app-harness.ts';

/** Switches the running app to this language, as the Settings choice does, and waits for the window to follow. */
export async function switchLanguage(app: AppHarness, language: Language): Promise<void> {
  // Toasts already up, and a key card's answer to the last Save or Check, were said in the
  // language of their moment (main's answer carries its sentence) and stay so until the next:
  // they are marked, so plainWords leaves them out.
  await app.page.evaluate(() => {
    for (const said of document.querySelectorAll('.toast, .key-feedback')) said.setAttribute('data-said-before-switch', '');
  });
  await app.core.handlers['settings:set']({ language });
  await app.page.waitForFunction((lang) => document.documentElement.lang === lang, language);
  // Two frames: one for the new words, one for the virtual lists to measure them.
  await app.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** One thing wrong on the page, in words a test prints. */
export type LayoutFault = string;

/**
 * Text a person cannot read whole: an element whose own text runs past its box without an
 * ellipsis the design chose (file names and key names end in "…" on purpose), text wider than
 * the card or button drawn around it, and buttons of one bar that overlap. Only what is on
 * screen and visible counts.
 */
export function layoutFaults(page: Page): Promise<LayoutFault[]> {
  return page.evaluate(() => {
    const faults: string[] = [];
    const visible = (el: Element) => {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      // 1×1 and clipped: there for screen readers only (the visually-hidden pattern).
      return box.width > 1 && box.height > 1 && style.visibility !== 'hidden' && style.display !== 'none' && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
    };
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} “${(el.textContent ?? '').trim().slice(0, 50)}”`;
    const ownText = (el: Element) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
    for (const el of document.querySelectorAll('body *')) {
      // Hidden on purpose for screen readers only (clipped to nothing): not cut for anyone.
      if (!visible(el) || !ownText(el) || el.closest('.visually-hidden') !== null) continue;
      const style = getComputedStyle(el);
      if (style.textOverflow === 'ellipsis') continue;
      const cutX = el.scrollWidth > el.clientWidth + 1 && (style.overflowX === 'hidden' || style.overflowX === 'clip');
      const cutY = el.scrollHeight > el.clientHeight + 1 && (style.overflowY === 'hidden' || style.overflowY === 'clip');
      if (cutX || cutY) faults.push(`cut: ${name(el)}`);
      // Text that spills out of the card, bar or button drawn around it (the nearest ancestor
      // with a border or a background of its own), over its edge or over a neighbour.
      const box = el.getBoundingClientRect();
      for (let up = el.parentElement; up !== null && up !== document.body; up = up.parentElement) {
        const frame = getComputedStyle(up);
        const drawn = ['Top', 'Right', 'Bottom', 'Left'].some((side) => parseFloat(frame.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0) || (frame.backgroundColor !== 'rgba(0, 0, 0, 0)' && frame.backgroundColor !== 'transparent');
        if (!drawn) continue;
        const outer = up.getBoundingClientRect();
        if (box.left < outer.left - 1 || box.right > outer.right + 1) faults.push(`spills out of ${up.tagName.toLowerCase()}.${String(up.className).trim().split(/\s+/).join('.')}: ${name(el)}`);
        break;
      }
    }
    // Buttons side by side in one bar or row must not cover each other.
    for (const bar of document.querySelectorAll('body *')) {
      const buttons = [...bar.children].filter((c) => (c.matches('button, a, [role="button"], select, input') && visible(c)));
      for (let i = 0; i < buttons.length; i += 1) {
        for (let j = i + 1; j < buttons.length; j += 1) {
          const a = buttons[i]!.getBoundingClientRect();
          const b = buttons[j]!.getBoundingClientRect();
          const overlap = Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
          if (overlap) faults.push(`overlap: ${name(buttons[i]!)} and ${name(buttons[j]!)}`);
        }
      }
    }
    return faults;
  });
}

/**
 * Words on screen the pseudo-language did not reach: runs of three or more plain ASCII letters
 * (the pseudo-language accents every letter it has), outside what is the person's own or a
 * name: file names, key names, links and IDs, error codes and format names (PNG, PROVIDER_ERROR),
 * the services' brand names, and what Intl writes for the pseudo-language's dates (English's
 * month and day names). Text only screen readers get (1×1, clipped) is left out too: it is
 * announced once, at the moment, in that moment's language.
 */
export function plainWords(page: Page, allowed: readonly string[]): Promise<string[]> {
  return page.evaluate((allow) => {
    const found = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent === null || parent.closest('[data-own-words], [data-said-before-switch], .visually-hidden, [class*="name"], code, input, textarea, [translate="no"]') !== null) continue;
      const box = parent.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) continue;
      let text = (node.textContent ?? '')
        .replace(/\bhttps?:\/\/\S+/g, ' ')
        .replace(/[\w.-]+\.[A-Za-z0-9]{2,4}\b/g, ' ')
        .replace(/\b[A-Z][A-Z0-9_]{2,}\b/g, ' ')
        .replace(/\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b/g, ' ');
      for (const name of allow) text = text.split(name).join(' ');
      // Each word with the text it stands in, so a failure says where to look.
      for (const word of text.match(/[A-Za-z]{3,}/g) ?? []) found.add(`${word} in “${(node.textContent ?? '').trim().slice(0, 80)}”`);
    }
    return [...found];
  }, [...allowed]);
}
