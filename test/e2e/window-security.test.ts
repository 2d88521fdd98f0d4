// @vitest-environment node
// The window's defences as the page meets them: the CSP stops injected scripts, the preload
// exposes exactly the contract, and calls from anywhere but the app's own top frame, or with a
// malformed argument, are refused with a plain sentence.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CALL_NAMES } from '../../shared/ipc-contract.ts';
import { REFUSED_MALFORMED, REFUSED_SENDER } from '../../electron/main/call-gate.ts';
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
    expect(shape.frozen).toBe(true);
    expect(shape.files).toEqual(['pathsFor']);
  });

  it('has a malformed call refused with a plain sentence', async () => {
    const message = await page.evaluate(() => (window.uploader['queue:add'] as (a: unknown) => Promise<unknown>)({ paths: '/etc/passwd' }).then(() => 'accepted', (e: Error) => e.message));
    expect(message).toBe(REFUSED_MALFORMED);
    expect(app.core.queue.snapshot().items).toHaveLength(0);
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
