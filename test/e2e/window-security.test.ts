// @vitest-environment node
// The window's defences as the page meets them: the CSP stops injected scripts, the preload
// exposes exactly the contract, and calls from anywhere but the app's own top frame, or with a
// malformed argument, are refused with a plain sentence. A page that names files the person did
// not drop, or a link main does not hold, gets nothing.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CALL_NAMES, PRELOAD_CALL_NAMES } from '../../shared/ipc-contract.ts';
import { REFUSED_MALFORMED, REFUSED_SENDER } from '../../electron/main/calls/call-gate.ts';
import { REFUSED_UNCHOSEN } from '../../electron/main/desktop/chosen-files.ts';
import './page-globals.ts';
import { launchApp, type AppHarness } from './app-harness.ts';

let app: AppHarness;
let page: Page;

beforeAll(async () => {
  app = await launchApp();
  page = app.page;
  await page.getByRole('banner').waitFor();
});
afterAll(async () => {
  await app?.close();
});
beforeEach(async () => {
  await app.reset();
});

describe('the window', () => {
  it('is served with a CSP that allows only its own scripts', async () => {
    const response = await page.request.get(page.url());
    expect(response.headers()['content-security-policy']).toContain("script-src 'self'");
    const ran = await page.evaluate(async () => {
      const w = window as unknown as Record<string, unknown>;
      const violation = new Promise<string>((resolve) => document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true }));
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.body.append(script);
      return { injected: w['__injected'] === true, violated: await violation };
    });
    expect(ran).toEqual({ injected: false, violated: 'script-src-elem' });
  });

  it('gets exactly the contract’s calls from the preload, frozen', async () => {
    const shape = await page.evaluate(() => ({
      keys: Object.keys(window.uploader).sort(),
      frozen: Object.isFrozen(window.uploader),
      files: Object.keys(window.uploaderFiles),
    }));
    expect(shape.keys).toEqual([...CALL_NAMES, 'on'].sort());
    // The preload's own channel is not the page's to call.
    for (const name of PRELOAD_CALL_NAMES) expect(shape.keys).not.toContain(name);
    expect(shape.frozen).toBe(true);
    expect(shape.files).toEqual(['register']);
  });

  it('has a malformed call refused with a plain sentence', async () => {
    const message = await page.evaluate(() => (window.uploader['queue:add'] as (a: unknown) => Promise<unknown>)({ paths: '/etc/passwd' }).then(() => 'accepted', (e: Error) => e.message));
    expect(message).toBe(REFUSED_MALFORMED);
    expect(app.core.queue.snapshot().items).toHaveLength(0);
  });

  it('cannot queue a file the person did not drop, and cannot tell whether it exists', async () => {
    const secret = await app.media('png', { name: 'private.png' });
    const answers = await page.evaluate(async (paths) => {
      const add = (files: string[]) => window.uploader['queue:add']({ files }).then(() => 'accepted', (e: Error) => e.message);
      // A page's own File has no path, so registering it yields no id at all.
      const own = await window.uploaderFiles.register([new File(['x'], 'private.png')]);
      return { existing: await add([paths[0]!]), missing: await add([paths[1]!]), invented: await add(['0c5e0c0e-1111-4222-8333-444455556666']), own };
    }, [secret, `${secret}.gone`]);
    expect(answers).toEqual({ existing: REFUSED_UNCHOSEN, missing: REFUSED_UNCHOSEN, invented: REFUSED_UNCHOSEN, own: [] });
    expect(app.core.queue.snapshot().items).toHaveLength(0);
  });

  it('cannot use a dropped file’s ids a second time', async () => {
    const song = await app.media('mp3', { name: 'once.mp3' });
    await app.drop([song]);
    await expect.poll(() => app.core.queue.snapshot().items.length, { timeout: 5_000 }).toBe(1);
    const added = app.sentCalls.filter((call) => call.channel === 'queue:add');
    expect(added).toHaveLength(1);
    const { files } = added[0]!.args[0] as { files: string[] };
    expect(files).toHaveLength(1);
    expect(files[0]).not.toContain('once');
    const again = await page.evaluate((ids) => window.uploader['queue:add']({ files: ids }).then(() => 'accepted', (e: Error) => e.message), files);
    expect(again).toBe(REFUSED_UNCHOSEN);
    expect(app.core.queue.snapshot().items).toHaveLength(1);
  });

  it('opens no link it names, and none main does not hold', async () => {
    const answers = await page.evaluate(async () => {
      const open = (which: unknown) => (window.uploader['shell:open-url'] as (a: unknown) => Promise<unknown>)(which).then(() => 'opened', (e: Error) => e.message);
      return [await open({ url: 'https://evil.example/' }), await open({ queueItem: 'no-such-item' }), await open({ historyEntry: 'no-such-entry' })];
    });
    expect(answers).toEqual([REFUSED_MALFORMED, 'That link is no longer in the app, so it was not opened.', 'That link is no longer in the app, so it was not opened.']);
    expect(app.openedUrls).toEqual([]);
  });

  it('refuses calls from a frame inside the window', async () => {
    await page.evaluate(() => {
      const frame = document.createElement('iframe');
      frame.srcdoc = '<p>embedded</p>';
      frame.name = 'embedded';
      document.body.append(frame);
      return new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    });
    const frame = page.frame({ name: 'embedded' });
    expect(frame).not.toBeNull();
    const message = await frame!.evaluate(() => {
      const api = (window as unknown as { uploader?: { 'keys:list': () => Promise<unknown> } }).uploader;
      return api === undefined ? 'no api' : api['keys:list']().then(() => 'answered', (e: Error) => e.message);
    });
    expect(message).toBe(REFUSED_SENDER);
    expect(app.gateLog.some((line) => line.startsWith('Refused keys:list'))).toBe(true);
  });
});
