// @vitest-environment node
// Settings' "Proxy" in the window: "This proxy" with an address typed wrongly says what to change
// and saves nothing; a right one is used from the next upload on, without a restart (a real
// tinyproxy's log shows it); "No proxy" goes direct again and keeps the typed address for later;
// "Forget proxy password" sits beside the typed proxy and says what it did.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { makeTempDir, removeDir } from '../fixtures/media-files.ts';
import { startTinyproxy, type Tinyproxy } from '../fixtures/tinyproxy.ts';
import type { AppHarness } from './app-harness.ts';
import './page-globals.ts';
import { useSharedApp } from './shared-app.ts';

let app: AppHarness;
let page: Page;
let proxy: Tinyproxy;
let proxyDir: string;
useSharedApp({}, (launched) => ([app, page] = [launched, launched.page]));
beforeAll(async () => {
  // A folder of its own: tinyproxy writes its log as `nobody`, who cannot enter the app's data folder.
  proxyDir = await makeTempDir('media-uploader-e2e-proxy-');
  proxy = await startTinyproxy(proxyDir, 'settings-proxy', { connectPorts: [] });
});
afterAll(async () => {
  await proxy?.close();
  await removeDir(proxyDir);
});

const proxyChoice = () => page.getByLabel('Proxy', { exact: true });
const addressField = () => page.getByLabel('Proxy address and port');
const savedSettings = async () => JSON.parse(await readFile(join(app.dataDir, 'settings.json'), 'utf8').catch(() => '{}')) as Record<string, unknown>;

async function uploadOne(name: string): Promise<void> {
  await app.addFiles([await app.media('mp3', { name })]);
  await app.core.handlers['queue:start']({});
  await app.core.queue.whenSettled();
  expect(app.core.queue.snapshot().items.find((item) => item.name === name)).toMatchObject({ status: 'done' });
}

describe('the proxy in Settings', () => {
  it('says what is wrong with a typed address and saves nothing; a right one is used from the next upload, and No proxy goes direct again', async () => {
    await page.getByRole('tab', { name: 'Settings' }).click();
    expect(await proxyChoice().inputValue()).toBe('system');
    await proxyChoice().selectOption('manual');
    await page.getByText('Until you press Use this proxy, uploads go as your computer’s settings say.').waitFor();

    await addressField().fill('proxy.corp');
    await page.getByRole('button', { name: 'Use this proxy' }).click();
    await page.getByText('Add the proxy’s port after a colon, proxy.corp:8080 for example. Your IT department can tell you which port.').waitFor();
    expect(await addressField().getAttribute('aria-invalid')).toBe('true');
    await addressField().fill('ada:secret@proxy.corp:3128');
    await addressField().press('Enter');
    await page.getByText('Leave the user name and password out', { exact: false }).waitFor();
    expect(app.core.settings.get().proxy).toEqual({ mode: 'system' });
    expect((await savedSettings())['proxy']).toEqual({ mode: 'system' });

    await addressField().fill(` http://${proxy.hostPort} `);
    await page.getByRole('button', { name: 'Use this proxy' }).click();
    await page.getByText(`Uploads go through ${proxy.hostPort} from now on.`).waitFor();
    const [host, port] = proxy.hostPort.split(':');
    await expect.poll(async () => (await savedSettings())['proxy']).toEqual({ mode: 'manual', host, port: Number(port) });
    expect(await addressField().inputValue()).toBe(proxy.hostPort);
    await app.screenshot('settings-proxy');

    const before = (await proxy.log()).length;
    await uploadOne('through-the-proxy.mp3');
    expect((await proxy.log()).slice(before)).toContain(`POST ${app.server.baseUrl}/v2/upload`);

    await proxyChoice().selectOption('none');
    await expect.poll(async () => (await savedSettings())['proxy']).toEqual({ mode: 'none', host, port: Number(port) });
    const after = await proxy.log();
    await uploadOne('direct-again.mp3');
    expect(await proxy.log()).toBe(after);

    // Back to "This proxy": the address was kept, so it is used at once.
    await proxyChoice().selectOption('manual');
    await expect.poll(async () => (await savedSettings())['proxy']).toEqual({ mode: 'manual', host, port: Number(port) });
  });

  it('offers "Forget proxy password" beside a saved proxy only, and says when none was kept', async () => {
    await page.getByRole('tab', { name: 'Settings' }).click();
    await proxyChoice().selectOption('manual');
    expect(await page.getByRole('button', { name: 'Forget proxy password' }).count()).toBe(0);
    await addressField().fill('proxy.corp:3128');
    await addressField().press('Enter');
    await page.getByRole('button', { name: 'Forget proxy password' }).click();
    await page.getByText('No password was kept for proxy.corp:3128.').waitFor();
    expect(app.sentCalls.map((c) => c.channel)).toContain('proxy:forget-password');
  });
});
