// @vitest-environment node
// The stand-in's window has Chromium's clipboard rule (page-electron.ts): navigator.clipboard
// refuses while the document has no focus, with the DOMException Blink's
// ClipboardPromise::ValidatePreconditions rejects with (third_party/blink/renderer/modules/
// clipboard/clipboard_promise.cc: NotAllowedError "Document is not focused."). Headless Chromium
// emulates focus for every page, so without the stand-in a test window is always in front and
// copies that a real window in the background refuses would pass here. Pinned with a page of the
// test's own, run through the stand-in as the app's window is, and the harness's system clipboard
// (the one main writes to) read back to see what reached it.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_PATH, openSystemClipboard, type SystemClipboard } from './app-harness.ts';
import { pageElectronScript } from './page-electron.ts';

// Loopback: a secure context, where navigator.clipboard exists. Nothing listens there; the
// route answers.
const ORIGIN = 'http://127.0.0.1:9';
const PAGE = `${ORIGIN}/window.html`;

let browser: Browser;
let page: Page;
let clipboard: SystemClipboard;

interface FocusWindow {
  __e2eWindowFocus: { set(focused: boolean): void };
  __focusEvents: string[];
}

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-gpu'], headless: true });
  const context = await browser.newContext();
  // As the harness grants the app's window: writing, as Electron's window may (main-window.ts).
  await context.grantPermissions(['clipboard-write'], { origin: ORIGIN });
  await context.addInitScript({ content: pageElectronScript('') });
  await context.route(PAGE, (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><button id="copy">Copy</button><script>
      window.__focusEvents = [];
      addEventListener('focus', () => __focusEvents.push('focus'));
      addEventListener('blur', () => __focusEvents.push('blur'));
      document.getElementById('copy').addEventListener('click', () => {
        navigator.clipboard.writeText('copied by a click').then(() => { document.title = 'copied'; }, (e) => { document.title = e.name + ': ' + e.message; });
      });
    </script>`,
  }));
  page = await context.newPage();
  clipboard = await openSystemClipboard(browser, ORIGIN);
});
afterAll(async () => {
  await browser?.close();
});
// Each test starts with a fresh window in front (the stand-in keeps its focus across loads).
beforeEach(async () => {
  await page.goto(PAGE);
  await page.evaluate(() => sessionStorage.clear());
  await page.goto(PAGE);
});

const background = (focused: boolean) => page.evaluate((next) => (window as unknown as FocusWindow).__e2eWindowFocus.set(next), focused);
const tryClipboard = () => page.evaluate(async () => {
  const outcome = (work: Promise<unknown>) => work.then(
    (value) => ({ ok: true, value }),
    (error: unknown) => ({ ok: false, name: error instanceof DOMException ? `DOMException ${error.name}` : String(error), message: error instanceof Error ? error.message : '' }),
  );
  return {
    hasFocus: document.hasFocus(),
    writeText: await outcome(navigator.clipboard.writeText('written by the page')),
    readText: await outcome(navigator.clipboard.readText()),
    write: await outcome(navigator.clipboard.write([new ClipboardItem({ 'text/plain': new Blob(['an item'], { type: 'text/plain' }) })])),
  };
});

describe('navigator.clipboard and focus, by ClipboardPromise::ValidatePreconditions', () => {
  it('lets a focused window write, into the one clipboard main writes to too', async () => {
    await clipboard.writeText('what main copied');
    expect(await clipboard.readText()).toBe('what main copied');
    const seen = await page.evaluate(async () => {
      await navigator.clipboard.writeText('written by the page');
      return document.hasFocus();
    });
    expect(seen).toBe(true);
    expect(await clipboard.readText()).toBe('written by the page');
  });

  it('refuses every read and write while the window is in the background, and writes nothing', async () => {
    await clipboard.writeText('what the person had copied');
    await background(false);
    const refused = (call: string) => ({ ok: false, name: 'DOMException NotAllowedError', message: `Failed to execute '${call}' on 'Clipboard': Document is not focused.` });
    expect(await tryClipboard()).toEqual({ hasFocus: false, writeText: refused('writeText'), readText: refused('readText'), write: refused('write') });
    expect(await clipboard.readText()).toBe('what the person had copied');
    expect(await page.evaluate(() => (window as unknown as FocusWindow).__focusEvents)).toEqual(['blur']);
  });

  // The same wording as Chromium's own refusals, which come after the focus check.
  it('asks for permission only once focused: a read the window may not make is then refused for that', async () => {
    await background(true);
    const seen = await tryClipboard();
    expect(seen.hasFocus).toBe(true);
    expect(seen.writeText).toEqual({ ok: true, value: undefined });
    // Electron's window is granted no clipboard-read (main-window.ts), nor is this one.
    expect(seen.readText).toEqual({ ok: false, name: 'DOMException NotAllowedError', message: "Failed to execute 'readText' on 'Clipboard': Read permission denied." });
  });

  it('comes to the front with a person’s click, whose handler may then copy; a click made by script does not', async () => {
    await background(false);
    await page.evaluate(() => document.getElementById('copy')?.click());
    await expect.poll(() => page.title()).toBe("NotAllowedError: Failed to execute 'writeText' on 'Clipboard': Document is not focused.");
    expect(await page.evaluate(() => document.hasFocus())).toBe(false);

    await page.getByRole('button', { name: 'Copy' }).click();
    await expect.poll(() => page.title()).toBe('copied');
    expect(await clipboard.readText()).toBe('copied by a click');
    expect(await page.evaluate(() => ({ focus: document.hasFocus(), events: (window as unknown as FocusWindow).__focusEvents }))).toEqual({ focus: true, events: ['blur', 'focus'] });
  });

  it('keeps a window in the background there when it reloads', async () => {
    await background(false);
    await page.reload();
    expect(await page.evaluate(() => document.hasFocus())).toBe(false);
    await background(true);
    await page.reload();
    expect(await page.evaluate(() => document.hasFocus())).toBe(true);
  });
});
