// What each call of shared/ipc-contract.ts does, as plain functions over the core. No Electron
// here: the app binds these to ipcMain (ipc-binding.ts) behind the one gate (call-gate.ts), and
// the end-to-end harness and unit tests call the very same functions. Arguments arrive already
// parsed by the contract's schemas. A sentence for a person is thrown as a UserFacingError;
// anything else that escapes a handler reaches the window only as the gate's general sentence.

import { pickLanguage } from '../../../shared/i18n/languages.ts';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { mediaFormat } from '../../../shared/media-formats.ts';
import { usedKeyOfEntry } from '../../../shared/history-types.ts';
import { PROVIDER_IDS, PROVIDERS } from '../../../shared/providers.ts';
import { isReusable } from '../../core/history/reuse-upload.ts';
import { chosenFilesAdder } from '../desktop/add-chosen.ts';
import { ChosenFiles } from '../desktop/chosen-files.ts';
import { keyHandlers } from './key-handlers.ts';
import { linkHeld, webLinkHref } from './held-links.ts';
import { historyRemoval } from './history-removal.ts';
import { providerDelete } from './provider-delete.ts';
import { proxyHandlers } from './proxy-handlers.ts';
import { MAX_BYTES as THUMBNAIL_MAX_BYTES } from '../desktop/thumbnails.ts';
import type { HandlerDeps, Handlers } from './call-ports.ts';
import type { UpdateView } from '../../../shared/update-types.ts';
import { mainT } from '../settings/main-language.ts';
import { userFacing } from '../../../shared/i18n/error-words.ts';


/** Where nothing updates the app (a run from source, the end-to-end harness): said in main's language. */
const noUpdates = (): UpdateView => ({ line: mainT()('desktop:update.fromSource'), canCheck: false });

// Export everything that matches; a history of years is still only a few hundred thousand rows.
const EXPORT_LIMIT = Number.MAX_SAFE_INTEGER;
const PAGE_DEFAULT = 100;

export function createHandlers(deps: HandlerDeps): Handlers {
  const { queue, history, settings, desktop } = deps;
  const platform = deps.platform ?? process.platform;
  const dropped = new ChosenFiles(deps.now);

  const keyCalls = keyHandlers(deps);

  /** Queues what the person chose (add-chosen.ts: the one door for chosen files). */
  const addChosen = chosenFilesAdder(queue, settings, platform, (notice) => deps.emit('app:notice', notice));
  /** Where the last export was saved, for "Show in folder". */
  let lastExport: string | undefined;

  return {
    'files:register-drop': async ({ paths }) => dropped.hand(paths),
    'queue:add': async ({ files, provider }) => addChosen(dropped.take(files), provider),
    'queue:add-dialog': async ({ provider }) => addChosen(await desktop.pickMediaFiles(), provider),
    'queue:paste-image': async ({ provider }) => {
      const png = await desktop.readPastedImage();
      if (png === undefined) return { added: [], refused: [] };
      return addChosen([await deps.pastedImages.save(png, new Date(deps.now?.() ?? Date.now()))], provider);
    },
    'queue:get': async () => queue.snapshot(),
    // The first rows a window draws, and how many there are (connect-to-main.ts asks for the rest next).
    'queue:head': async ({ count }) => {
      const { items } = queue.snapshot();
      return { items: items.slice(0, count), total: items.length };
    },
    'queue:set-provider': async ({ ids, provider, key }) => queue.setProvider(ids, provider, key),
    'queue:set-providers': async ({ ids, providers }) => queue.setProviders(ids, providers),
    'queue:set-primary': async ({ id }) => queue.setPrimary(id),
    'queue:use-earlier': async ({ id }) => {
      const item = queue.get(id);
      if (item?.status !== 'idle' || item.earlier === undefined) return;
      // Checked again now: the link may have expired, or been deleted, since it was offered.
      const entry = history.all().find((e) => e.id === item.earlier?.historyId);
      if (entry === undefined || !isReusable(entry, Date.now())) {
        queue.offerEarlier(id, undefined);
        throw userFacing('EARLIER_GONE', { key: 'errors:calls.earlierGone', values: { provider: PROVIDERS[item.provider].name, file: item.name } });
      }
      queue.useEarlier(id);
    },
    'queue:dismiss-earlier': async ({ id }) => queue.offerEarlier(id, undefined),
    'queue:convert': async ({ ids }) => {
      queue.convert(ids);
      queue.start(ids);
    },
    'queue:start': async ({ ids }) => queue.start(ids),
    'queue:cancel': async ({ id }) => queue.cancel(id),
    'queue:cancel-all': async () => queue.cancelAll(),
    'queue:retry': async ({ id }) => queue.retry(id),
    'queue:remove': async ({ id }) => queue.remove(id),
    'queue:clear-finished': async () => queue.clearFinished(),
    'queue:pause-state': async () => ({ paused: queue.paused }),
    'queue:set-paused': async ({ paused }) => (paused ? queue.pause() : queue.resume()),
    'queue:thumbnail': async ({ id }) => {
      const item = queue.get(id);
      // Images only, and not giants: decoding a 200 MB TIFF to draw 48 pixels is not worth a stall.
      if (item === undefined || mediaFormat(item.formatId)?.kind !== 'image' || item.size > THUMBNAIL_MAX_BYTES /* larger images get the type icon */) return {};
      const dataUrl = await desktop.thumbnail(item.path);
      return dataUrl === undefined ? {} : { dataUrl };
    },

    'history:list': async ({ search, provider, offset, limit }) =>
      history.search(search ?? '', { offset: offset ?? 0, limit: limit ?? PAGE_DEFAULT, ...(provider !== undefined && { provider }) }),
    ...historyRemoval({ history, emit: deps.emit }),
    'history:clear': async () => {
      await history.clear();
      deps.emit('history:changed', undefined);
    },
    'history:export': async ({ format, search, provider }) => {
      const page = history.search(search ?? '', { offset: 0, limit: EXPORT_LIMIT, ...(provider !== undefined && { provider }) });
      const day = new Date().toISOString().slice(0, 10);
      const path = await desktop.pickExportPath(`upload-history-${day}.${format}`, format);
      if (path === undefined) return { saved: false };
      try {
        await deps.exportHistory(page, format, path);
      } catch {
        throw userFacing('EXPORT_FAILED', { key: 'errors:history.exportFailed' });
      }
      lastExport = path;
      return { saved: true, path };
    },
    'history:delete-upload': providerDelete(deps),
    'history:retry': async ({ id }) => {
      const entry = history.all().find((e) => e.id === id);
      if (entry === undefined) throw userFacing('HISTORY_UNAVAILABLE', { key: 'errors:history.entryGone' });
      // Tried again with the key the entry records, found by its id under whatever name it has now.
      // Where it is gone, the row keeps its old name: starting it says so (KEY_REMOVED), and the
      // row's menu offers the keys there are. Never another key in its place unasked.
      const used = usedKeyOfEntry(entry);
      const key = used === undefined ? undefined : await deps.keyBook.forEarlierUpload(entry.provider, used, entry.name).then((found) => found?.used, () => used);
      return addChosen([entry.path], entry.provider, { retried: true, ...(key !== undefined && { keyName: key.name }) });
    },

    'keys:list': keyCalls['keys:list'],
    'keys:set': keyCalls['keys:set'],
    'keys:delete': keyCalls['keys:delete'],
    'keys:test': keyCalls['keys:test'],
    'keys:set-default': keyCalls['keys:set-default'],

    'settings:get': async () => settings.get(),
    'settings:system-language': async () => ({ language: pickLanguage(deps.systemLanguages?.() ?? []) }),
    'settings:set': async (change) => {
      const before = settings.get().regions;
      const next = await settings.update(change);
      deps.emit('settings:changed', next);
      deps.updates?.settingsChanged();
      // A key works in its account's region only: after a change of region, the saved key's
      // verdict is asked again there, so "Not accepted" does not outlive the fix.
      for (const provider of PROVIDER_IDS) {
        if (before[provider] !== next.regions[provider]) void keyCalls.recheckAll(provider).catch(() => undefined);
      }
      return next;
    },
    ...proxyHandlers({ settings, proxySignIn: deps.proxySignIn }),

    'update:get': async () => deps.updates?.view() ?? noUpdates(),
    'update:check': async () => (await deps.updates?.checkNow()) ?? noUpdates(),
    'update:restart': async () => deps.updates?.restart(),

    'shell:show-file': async (which) => {
      const path = 'lastExport' in which ? lastExport : history.all().find((e) => e.id === which.historyEntry)?.path;
      if (path === undefined) throw userFacing('APP_FAILED', { key: 'errors:calls.fileUnknown' });
      try {
        await stat(path);
      } catch {
        throw userFacing('FILE_NOT_FOUND', { key: 'errors:calls.fileGone', values: { file: basename(path) } });
      }
      await desktop.showInFolder(path);
    },
    'shell:open-url': async (which) => {
      const link = linkHeld(which, { queue, history });
      if (link === undefined) throw userFacing('LINK_REFUSED', { key: 'errors:calls.linkGone' });
      const href = webLinkHref(link);
      if (href === undefined) throw userFacing('LINK_REFUSED', { key: 'errors:calls.linkNotWeb' });
      await desktop.openExternal(href);
    },
  };
}
