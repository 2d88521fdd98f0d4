// @vitest-environment node
// The proxy password prompt's page with its built preload, in Chromium (the window around them
// is electron/main/proxy-sign-in-window.ts, tested under the Electron model): the page, a data:
// URL with no script, loads under its own policy; the preload runs in an isolated world of its
// own, as Electron runs a sandboxed preload, with `require('electron')` answering only
// ipcRenderer.send; typing and Enter send the sign-in once, Escape and Cancel send a cancel, a
// missing user name is said and sends nothing. The page's own world gets nothing.

import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PROMPT_SIZE, proxySignInPageUrl, proxySignInWords } from '../../electron/main/network/proxy-sign-in-page.ts';
import { PROXY_SIGN_IN_CHANNEL } from '../../shared/proxy-sign-in-channel.ts';
import { LANGUAGES } from '../../shared/i18n/languages.ts';
import { createTranslator } from '../../shared/i18n/translator.ts';
import { ensureAppBuilt } from './app-build.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH, SCREENSHOT_DIR } from './app-harness.ts';

let browser: Browser;
let preload: string;

beforeAll(async () => {
  preload = await readFile((await ensureAppBuilt()).signInPreloadFile, 'utf8');
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  await mkdir(SCREENSHOT_DIR, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

/** The prompt's page, its preload run first in a world of its own; what it sends lands on the <html> element, which both worlds share. */
async function openPrompt(again = false, words = proxySignInWords('proxy.corp:3128', again)): Promise<Page> {
  // The prompt window's content size (proxy-sign-in-window.ts), which is not resizable.
  const page = await browser.newPage({ viewport: { ...PROMPT_SIZE } });
  const said: string[] = [];
  page.on('console', (message) => said.push(message.text()));
  consoles.set(page, said);
  const cdp = await page.context().newCDPSession(page);
  // Scripts for new documents run only where this session has the Page domain on.
  await cdp.send('Page.enable');
  // A sandboxed preload may require 'electron' alone; its ipcRenderer.send is what reaches main.
  const electron = `{ ipcRenderer: { send: (channel, answer) => { const sent = JSON.parse(document.documentElement.dataset.sent || '[]'); sent.push([channel, answer]); document.documentElement.dataset.sent = JSON.stringify(sent); } } }`;
  const source = `(function (require, module, exports) {\n${preload}\n})((name) => { if (name !== 'electron') throw new Error('A sandboxed preload cannot require ' + name); return ${electron}; }, { exports: {} }, {});`;
  await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source, worldName: 'proxy-sign-in-preload' });
  await page.goto(proxySignInPageUrl(words));
  return page;
}

const consoles = new WeakMap<Page, string[]>();
const sent = (page: Page) => page.evaluate(() => JSON.parse(document.documentElement.dataset['sent'] ?? '[]') as [string, unknown][]);

describe('the proxy password prompt’s page', () => {
  it('is built as a sandboxed preload must be: one file that requires nothing but electron', () => {
    expect([...preload.matchAll(/require\(([^)]*)\)/g)].map((m) => m[1])).toEqual(['"electron"']);
  });

  it('sends the user name and password once on Enter, from the isolated world; the page’s own world has nothing', async () => {
    const page = await openPrompt();
    expect(await page.getByRole('heading').textContent()).toBe('The proxy proxy.corp:3128 asks for a user name and password.');
    const submit = await page.getByRole('button', { name: 'Sign in' }).boundingBox();
    expect(submit !== null && submit.y + submit.height <= PROMPT_SIZE.height).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('username');
    await page.getByLabel('User name').fill(' ada ');
    await page.getByLabel('Password').fill('love lace');
    await page.getByLabel('Password').press('Enter');
    await expect.poll(() => sent(page)).toEqual([[PROXY_SIGN_IN_CHANNEL, { username: 'ada', password: 'love lace' }]]);
    expect(await page.getByRole('button', { name: 'Sign in' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Sign in' }).click({ force: true });
    expect(await sent(page)).toHaveLength(1);
    expect(await page.evaluate(() => ['require', 'ipcRenderer', 'process'].filter((name) => name in window))).toEqual([]);
    await page.close();
  });

  it('says a user name is missing and sends nothing; Escape and Cancel send a cancel', async () => {
    const page = await openPrompt(true);
    expect(await page.getByRole('heading').textContent()).toBe('The proxy proxy.corp:3128 did not accept that user name and password.');
    // All of it in the window, which cannot be resized: the buttons and the sentence under the fields too.
    for (const button of ['Sign in', 'Cancel']) {
      const box = await page.getByRole('button', { name: button }).boundingBox();
      expect(box !== null && box.y + box.height <= PROMPT_SIZE.height, button).toBe(true);
    }
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Type the user name first.').waitFor();
    expect(await sent(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => sent(page)).toEqual([[PROXY_SIGN_IN_CHANNEL, null]]);
    await page.close();

    const other = await openPrompt();
    await other.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => sent(other)).toEqual([[PROXY_SIGN_IN_CHANNEL, null]]);
    await other.close();
  });

  it('in every language: all of it in the window, and a missing user name said in that language', async () => {
    for (const language of LANGUAGES) {
      const t = createTranslator(language).t;
      for (const again of [false, true]) {
        const words = proxySignInWords('proxy.corp:3128', again, t, language);
        const page = await openPrompt(again, words);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
        await page.getByRole('button', { name: words.submit }).click();
        await page.getByText(words.userNameFirst).waitFor();
        expect(await sent(page)).toEqual([]);
        for (const part of [page.getByRole('button', { name: words.submit }), page.getByRole('button', { name: words.cancel }), page.getByText(words.userNameFirst)]) {
          const box = await part.boundingBox();
          expect(box !== null && box.y + box.height <= PROMPT_SIZE.height, `${language}${again ? ', again' : ''}`).toBe(true);
        }
        if (again && language === 'de') await page.screenshot({ path: join(SCREENSHOT_DIR, 'proxy-sign-in-prompt-de.png') });
        await page.close();
      }
    }
  });

  it('runs no script of the page’s own: its policy refuses one added to it, and has nothing else to say', async () => {
    const page = await openPrompt();
    const refused = consoles.get(page)!;
    expect(refused).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'proxy-sign-in-prompt.png') });
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.title = "ran"';
      document.head.append(script);
    });
    expect(await page.title()).toBe('Proxy sign-in');
    await expect.poll(() => refused.some((text) => text.includes('Content Security Policy'))).toBe(true);
    await page.close();
  });
});
