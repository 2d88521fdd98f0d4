// @vitest-environment node
// "Copy its link automatically" with no window at all: the app's real core (queue, settings,
// history in a temp data folder) uploading to a loopback provider server, and only a desktop
// port whose clipboard the test holds. This is the app closed into the tray, or a window in the
// background whose navigator.clipboard Chromium refuses: the copy and its notice come from main.

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AppNotice } from '../../../shared/ipc-contract.ts';
import type { QueueItem } from '../../../shared/queue-types.ts';
import { openAppCore, type AppCore } from '../../../electron/main/app/app-core.ts';
import type { DesktopPort } from '../../../electron/main/calls/call-ports.ts';
import { makeTempDir, removeDir, writeMediaFile } from '../../fixtures/media-files.ts';
import { memorySecretStore } from '../../fixtures/memory-secret-store.ts';
import { providerError, startProviderServer, type ProviderServer } from '../../fixtures/provider-server.ts';

let server: ProviderServer;
let mediaDir: string;
let dataDir: string;
let core: AppCore | undefined;
/** The system clipboard as main writes it; `undefined` = nothing copied since the test began. */
let clipboard: string | undefined;
let copyFails: Error | undefined;
let notices: AppNotice[];

beforeAll(async () => {
  server = await startProviderServer();
  mediaDir = await makeTempDir('media-uploader-auto-copy-media-');
});
afterAll(async () => {
  await server.close();
  await removeDir(mediaDir);
});
beforeEach(async () => {
  dataDir = await makeTempDir('media-uploader-auto-copy-data-');
  clipboard = undefined;
  copyFails = undefined;
  notices = [];
  server.reset();
});
afterEach(async () => {
  await core?.close();
  core = undefined;
  await removeDir(dataDir);
});

const NO_DIALOGS: Omit<DesktopPort, 'copyText'> = {
  pickMediaFiles: async () => [], pickExportPath: async () => undefined, confirmKeyChange: async () => false, confirmDeleteUpload: async () => false,
  openExternal: async () => undefined, showInFolder: async () => undefined, thumbnail: async () => undefined, readPastedImage: async () => undefined,
};

async function openCore(): Promise<AppCore> {
  core = await openAppCore({
    dataDir,
    keys: memorySecretStore(server.keys),
    baseUrl: () => server.baseUrl,
    desktop: {
      ...NO_DIALOGS,
      async copyText(text) {
        if (copyFails !== undefined) throw copyFails;
        clipboard = text;
      },
    },
    emit: (event, payload) => {
      if (event === 'app:notice') notices.push(payload as AppNotice);
    },
  });
  return core;
}

/** Uploads these files as one batch (Upload all) and waits until each copy it caused is made and said. */
async function uploadTogether(app: AppCore, names: readonly string[], sizes: readonly (number | undefined)[] = []): Promise<QueueItem[]> {
  const paths = await Promise.all(names.map((name, i) => writeMediaFile(mediaDir, 'mp3', { name, ...(sizes[i] !== undefined && { size: sizes[i] }) })));
  await app.queue.add(paths, 'assemblyai');
  app.queue.start();
  await app.queue.whenSettled();
  await app.autoCopy.whenCopied();
  return app.queue.snapshot().items.filter((item) => names.includes(item.name));
}

const linkOf = (item: QueueItem | undefined) => (item?.status === 'done' ? item.result.url : `not done: ${item?.status}`);

describe('copying a single upload’s link from main', () => {
  it('copies the link when a batch of one file ends done, and says so as info', async () => {
    const app = await openCore();
    const [solo] = await uploadTogether(app, ['solo.mp3']);
    expect(linkOf(solo)).toMatch(/^https:\/\//);
    expect(clipboard).toBe(linkOf(solo));
    expect(notices).toEqual([{ tone: 'info', title: 'The link for solo.mp3 was copied.', lines: ['Paste it where you need it.'] }]);
  });

  it('copies nothing when two files end as one batch, however far apart they end', async () => {
    const app = await openCore();
    // Read slowly, the larger file ends well after the smaller one: each ends in a patch of its
    // own, so only "another file of its batch was started" keeps the first from being copied.
    server.script({ kind: 'upload', bytesPerSecond: 512 * 1024, times: 2 });
    const finishedAt = new Map<string, number>();
    app.queue.on('finished', (item) => finishedAt.set(item.name, Date.now()));
    const items = await uploadTogether(app, ['one.mp3', 'two.mp3'], [undefined, 256 * 1024]);
    expect(items.map((item) => item.status)).toEqual(['done', 'done']);
    expect((finishedAt.get('two.mp3') ?? 0) - (finishedAt.get('one.mp3') ?? 0)).toBeGreaterThan(200);
    expect(clipboard).toBeUndefined();
    expect(notices).toEqual([]);
  });

  it('copies nothing when the setting is off', async () => {
    const app = await openCore();
    await app.settings.update({ copyLinkWhenDone: false });
    const [solo] = await uploadTogether(app, ['quiet.mp3']);
    expect(solo?.status).toBe('done');
    expect(clipboard).toBeUndefined();
    expect(notices).toEqual([]);
  });

  it('says so as an error when the copy fails, with what to do instead', async () => {
    const app = await openCore();
    copyFails = new Error('The clipboard is in use by another program.');
    const [solo] = await uploadTogether(app, ['unlucky.mp3']);
    expect(solo?.status).toBe('done');
    expect(clipboard).toBeUndefined();
    expect(notices).toEqual([{
      tone: 'error',
      title: 'The link for unlucky.mp3 could not be copied.',
      lines: ['The clipboard is in use by another program.', 'Use its Copy link button in the upload list.'],
    }]);
  });

  it('copies nothing for uploads already done in a list restored at start-up', async () => {
    const first = await openCore();
    await uploadTogether(first, ['yesterday.mp3']);
    expect(notices).toHaveLength(1);
    await first.close();
    clipboard = undefined;
    notices = [];

    const next = await openCore();
    expect(next.queue.snapshot().items.map((item) => [item.name, item.status])).toEqual([['yesterday.mp3', 'done']]);
    // Past the queue's broadcast interval, so the restored list has had its chance to be seen.
    await new Promise((resolve) => setTimeout(resolve, 250));
    await next.autoCopy.whenCopied();
    expect(clipboard).toBeUndefined();
    expect(notices).toEqual([]);
  });
});

// A retry is a batch of one too, but the person did not just ask for that link: they may have
// copied others meanwhile ("Copy 4 links"), and Settings promises the clipboard is only written
// for a single new upload. So a retried file's link is never copied by itself.
describe('a retried upload’s link is not copied by itself', () => {
  /** One file that fails at once (a 400 is not retried by the engine), as one batch. */
  async function failedUpload(app: AppCore, name: string): Promise<QueueItem> {
    server.script({ provider: 'assemblyai', kind: 'upload', times: 1, reply: providerError('assemblyai', 400) });
    const [item] = await uploadTogether(app, [name]);
    expect(item?.status).toBe('failed');
    return item as QueueItem;
  }

  it('copies nothing when a failed file is retried alone and ends done', async () => {
    const app = await openCore();
    const failed = await failedUpload(app, 'again.mp3');
    await app.handlers['queue:retry']({ id: failed.id });
    await app.queue.whenSettled();
    await app.autoCopy.whenCopied();
    expect(app.queue.get(failed.id)?.status).toBe('done');
    expect(clipboard).toBeUndefined();
    expect(notices).toEqual([]);
  });

  it('copies nothing when Retry failed starts it again (queue:start with its id)', async () => {
    const app = await openCore();
    const failed = await failedUpload(app, 'retry-all.mp3');
    await app.handlers['queue:start']({ ids: [failed.id] });
    await app.queue.whenSettled();
    await app.autoCopy.whenCopied();
    expect(app.queue.get(failed.id)?.status).toBe('done');
    expect(clipboard).toBeUndefined();
  });

  it('copies nothing when History’s Retry adds the file again and it uploads at once', async () => {
    const app = await openCore();
    await app.settings.update({ uploadWhenAdded: true });
    await failedUpload(app, 'from-history.mp3');
    await expect.poll(() => app.history.all().length).toBe(1);
    const [entry] = app.history.all();
    const { added } = await app.handlers['history:retry']({ id: entry?.id ?? '' });
    expect(added).toHaveLength(1);
    await app.queue.whenSettled();
    await app.autoCopy.whenCopied();
    expect(app.queue.get(added[0] ?? '')?.status).toBe('done');
    expect(clipboard).toBeUndefined();
    expect(notices).toEqual([]);
  });

  it('still copies the next new single upload after a retry', async () => {
    const app = await openCore();
    const failed = await failedUpload(app, 'first.mp3');
    await app.handlers['queue:retry']({ id: failed.id });
    await app.queue.whenSettled();
    const [fresh] = await uploadTogether(app, ['fresh.mp3']);
    expect(clipboard).toBe(linkOf(fresh));
  });
});
