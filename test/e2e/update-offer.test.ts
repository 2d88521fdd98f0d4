// @vitest-environment node
// Updates in the window: Settings → Updates (the setting, main's one line, the release notes,
// Check for updates) and the quiet "Version X is ready" line under the open tab, with the real
// update machine (electron/main/update/update-machine.ts) behind the window's calls. Only the
// updater under the machine is scripted here: electron-updater itself is exercised against a
// loopback update server in test/main/update/.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UpdateMachine, type UpdaterPort } from '../../electron/main/update/update-machine.ts';
import type { FoundVersion } from '../../electron/main/update/update-words.ts';
import { isActive } from '../../shared/queue-types.ts';
import { launchApp, type AppHarness } from './app-harness.ts';
import { axeViolations } from './axe-check.ts';

let app: AppHarness;
/** Set once launchApp has returned: the window asks for the update view while it is still opening. */
let launched: AppHarness | undefined;
let machine: UpdateMachine;
let finishDownload: () => void = () => undefined;
const restarts: string[] = [];

const NOTES = 'Uploads to HeyGen resume after a dropped connection.\n• Faster thumbnails\n• Fixes for pasted images';

beforeAll(async () => {
  const updater: UpdaterPort = {
    current: '0.1.0',
    check: async (): Promise<FoundVersion> => ({ version: '0.2.0', notes: NOTES }),
    download: (progress) => new Promise((resolve) => {
      progress(37);
      finishDownload = resolve;
    }),
    onLateFailure: () => undefined,
  };
  app = await launchApp({
    updates: (changed) => {
      machine = new UpdateMachine({
        kind: { can: 'install', how: 'appimage' },
        updater,
        automatic: () => launched === undefined || launched.core.settings.get().checkForUpdates,
        uploadsRunning: () => launched !== undefined && launched.core.queue.snapshot().items.some(isActive),
        // Nothing scheduled runs in this test: the person's button does the checking.
        timers: { set: () => undefined, clear: () => undefined },
        changed,
      });
      return {
        view: () => machine.view(),
        checkNow: () => machine.checkNow(),
        restart: () => void restarts.push(machine.offered ?? 'nothing offered'),
        settingsChanged: () => machine.settingChanged(),
      };
    },
  });
  launched = app;
});

afterAll(() => app.close());

describe('updates in the window', () => {
  it('Settings says what main says, checks on request, shows progress, the notes as text, and offers the restart', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: 'Settings' }).click();
    const section = page.getByRole('region', { name: 'Updates' });
    await section.getByText('Media Uploader 0.1.0 looks for updates by itself.').waitFor();
    const setting = section.getByRole('checkbox', { name: 'Check for updates automatically' });
    expect(await setting.isChecked()).toBe(true);
    // The box shows main's answer (the setting as saved), so it changes once main has it.
    await setting.click();
    await section.getByText('Media Uploader 0.1.0. Automatic update checks are off.').waitFor();
    expect(await setting.isChecked()).toBe(false);
    expect(JSON.parse(await readFile(join(app.dataDir, 'settings.json'), 'utf8'))).toMatchObject({ checkForUpdates: false });
    await setting.click();
    await section.getByText('Media Uploader 0.1.0 looks for updates by itself.').waitFor();

    await section.getByRole('button', { name: 'Check for updates' }).click();
    await section.getByText('Downloading version 0.2.0… 37%').waitFor();
    expect(await section.getByRole('button', { name: 'Check for updates' }).isDisabled()).toBe(true);
    // The quiet line under the tab waits for the verified download.
    expect(await page.getByText('Version 0.2.0 of Media Uploader is ready.').count()).toBe(0);

    finishDownload();
    await section.getByText('Version 0.2.0 is ready. Restart Media Uploader to update.').waitFor();
    await section.getByText('What’s new in version 0.2.0').click();
    expect(await section.locator('.update-notes p').innerText()).toBe(NOTES);
    expect(await axeViolations(page)).toEqual([]);
    await section.getByRole('button', { name: 'Restart to update' }).scrollIntoViewIfNeeded();
    await app.screenshot('settings-update-ready');

    await section.getByRole('button', { name: 'Restart to update' }).click();
    await expect.poll(() => restarts).toEqual(['0.2.0']);
  });

  it('offers the restart under every tab, and Later puts it off for this window', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: 'Queue' }).click();
    const bar = page.getByRole('status').filter({ hasText: 'Version 0.2.0 of Media Uploader is ready.' });
    await bar.waitFor();
    await app.screenshot('update-ready-bar');
    await bar.getByRole('button', { name: 'Restart to update' }).click();
    await expect.poll(() => restarts).toEqual(['0.2.0', '0.2.0']);
    await page.getByRole('tab', { name: 'History' }).click();
    await bar.waitFor();
    await bar.getByRole('button', { name: 'Later' }).click();
    await bar.waitFor({ state: 'detached' });
    // A reload asks main again: the offer stands.
    await app.reload();
    await bar.waitFor();
  });
});
