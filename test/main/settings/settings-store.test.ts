// @vitest-environment node
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../shared/settings-types.ts';
import { SettingsStore } from '../../../electron/main/settings/settings-store.ts';
import { makeTempDir, removeDir } from '../../fixtures/media-files.ts';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir('media-uploader-settings-');
});
afterEach(async () => {
  await removeDir(dir);
});

describe('settings', () => {
  it('start from the defaults and survive a restart', async () => {
    const first = await SettingsStore.open(dir);
    expect(first.get()).toEqual(DEFAULT_SETTINGS);
    await first.update({ defaultProvider: 'heygen', concurrency: 5 });
    const second = await SettingsStore.open(dir);
    expect(second.get()).toEqual({ ...DEFAULT_SETTINGS, defaultProvider: 'heygen', concurrency: 5 });
  });

  it('read the AssemblyAI region a 0.1 settings file kept under its own name', async () => {
    await writeFile(join(dir, 'settings.json'), JSON.stringify({ defaultProvider: 'heygen', assemblyaiRegion: 'eu', concurrency: 4 }));
    const store = await SettingsStore.open(dir);
    // Settings added since (what closing the window does, starting at login, when uploads start and links are copied, looking for updates, the proxy, where else new files go, the language) take their defaults.
    const since = { whenWindowCloses: 'tray', openAtLogin: false, uploadWhenAdded: false, copyLinkWhenDone: true, keepLocation: false, checkForUpdates: true, proxy: { mode: 'system' }, alsoSendTo: [], language: 'system' };
    expect(store.get()).toEqual({ defaultProvider: 'heygen', regions: { assemblyai: 'eu' }, concurrency: 4, ...since });
    await store.update({ concurrency: 5 });
    expect(JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8'))).toEqual({ defaultProvider: 'heygen', regions: { assemblyai: 'eu' }, concurrency: 5, ...since });
  });

  it('keep a chosen region when another setting changes', async () => {
    const store = await SettingsStore.open(dir);
    await store.update({ regions: { assemblyai: 'eu' } });
    await store.update({ concurrency: 2 });
    expect(store.get().regions).toEqual({ assemblyai: 'eu' });
    await store.update({ regions: {} });
    expect((await SettingsStore.open(dir)).get().regions).toEqual({});
  });

  it('keep the last of quick successive changes on disk', async () => {
    const store = await SettingsStore.open(dir);
    await Promise.all([1, 2, 3, 4, 5, 6, 7, 8].map((concurrency) => store.update({ concurrency })));
    expect(JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8')).concurrency).toBe(8);
  });

  it('reset only the damaged field of an edited file, and all of a broken one', async () => {
    await writeFile(join(dir, 'settings.json'), JSON.stringify({ defaultProvider: 'dropbox', regions: { assemblyai: 'eu' }, concurrency: 99 }));
    expect((await SettingsStore.open(dir)).get()).toEqual({ ...DEFAULT_SETTINGS, regions: { assemblyai: 'eu' } });
    await writeFile(join(dir, 'settings.json'), JSON.stringify({ regions: { assemblyai: 'mars', heygen: 'eu', dropbox: 'us' }, concurrency: 2 }));
    expect((await SettingsStore.open(dir)).get()).toEqual({ ...DEFAULT_SETTINGS, concurrency: 2 });
    await writeFile(join(dir, 'settings.json'), 'not json');
    expect((await SettingsStore.open(dir)).get()).toEqual(DEFAULT_SETTINGS);
  });

  it('keep a proxy typed in Settings, and forget only a damaged proxy entry of an edited file', async () => {
    const store = await SettingsStore.open(dir);
    await store.update({ proxy: { mode: 'manual', host: 'proxy.corp', port: 3128 } });
    expect((await SettingsStore.open(dir)).get().proxy).toEqual({ mode: 'manual', host: 'proxy.corp', port: 3128 });
    await writeFile(join(dir, 'settings.json'), JSON.stringify({ concurrency: 2, proxy: { mode: 'manual', host: 'ada:secret@proxy.corp', port: 3128 } }));
    expect((await SettingsStore.open(dir)).get()).toEqual({ ...DEFAULT_SETTINGS, concurrency: 2 });
    await writeFile(join(dir, 'settings.json'), JSON.stringify({ proxy: { mode: 'manual' } }));
    expect((await SettingsStore.open(dir)).get().proxy).toEqual({ mode: 'system' });
  });
});
