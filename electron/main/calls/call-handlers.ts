// What each call of shared/ipc-contract.ts does, as plain functions over the core. No Electron
// here: the app binds these to ipcMain (ipc-binding.ts) behind the one gate (call-gate.ts), and
// the end-to-end harness and unit tests call the very same functions. Arguments arrive already
// parsed by the contract's schemas. A sentence for a person is thrown as a UserFacingError;
// anything else that escapes a handler reaches the window only as the gate's general sentence.

import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { z } from 'zod';
import { ALL_CALLS, type AnyCallName, type CallResult } from '../../../shared/ipc-contract.ts';
import { errorSentence } from '../../../shared/error-codes.ts';
import { mediaFormat } from '../../../shared/media-formats.ts';
import { keyCharacterProblem } from '../../../shared/key-rules.ts';
import { PROVIDER_IDS, PROVIDERS, type ProviderId } from '../../../shared/providers.ts';
import type { KeyStatus, KeyTestResult } from '../../../shared/settings-types.ts';
import { UserFacingError } from '../../../shared/user-facing-error.ts';
import { isReusable } from '../../core/history/reuse-upload.ts';
import { chosenFilesAdder } from '../desktop/add-chosen.ts';
import { ChosenFiles } from '../desktop/chosen-files.ts';
import { checkFromTest, keyWasRejected } from '../settings/key-checks.ts';
import { linkHeld, webLinkHref } from './held-links.ts';
import { historyRemoval } from './history-removal.ts';
import { providerDelete } from './provider-delete.ts';
import { MAX_BYTES as THUMBNAIL_MAX_BYTES } from '../desktop/thumbnails.ts';
import type { HandlerDeps, KeyChange } from './call-ports.ts';

export type CallArgsParsed<C extends AnyCallName> = z.output<(typeof ALL_CALLS)[C]['args']>;
export type Handlers = { readonly [C in AnyCallName]: (args: CallArgsParsed<C>) => Promise<CallResult<C>> };

/** A key's last four characters, for the person to recognise it in a question: never more. */
export function keyEnding(key: string): string {
  return key.trim().slice(-4);
}

// Export everything that matches; a history of years is still only a few hundred thousand rows.
const EXPORT_LIMIT = Number.MAX_SAFE_INTEGER;
const PAGE_DEFAULT = 100;

export function createHandlers(deps: HandlerDeps): Handlers {
  const { queue, keys, history, settings, desktop } = deps;
  const platform = deps.platform ?? process.platform;
  const dropped = new ChosenFiles(deps.now);

  const keyStatus = async (provider: ProviderId): Promise<KeyStatus> => {
    const where = await keys.describe();
    const hasKey = (await keys.get(provider)) !== undefined;
    const check = hasKey ? deps.keyChecks.get(provider) : { state: 'unchecked' as const };
    return { provider, hasKey, backend: where.backend, persistent: where.persistent, check };
  };

  /** Asks the provider whether `key` works, in the region chosen for it. */
  const askProvider = async (provider: ProviderId, key: string): Promise<KeyTestResult> => {
    const baseUrl = deps.baseUrl?.(provider);
    const region = settings.get().regions[provider];
    return deps.checkKey(provider, key, { ...(region !== undefined && { region }), ...(baseUrl !== undefined && { baseUrl }) });
  };

  /** Asks the provider whether the saved `key` works, and remembers the verdict for Settings. */
  const checkAndRemember = async (provider: ProviderId, key: string): Promise<KeyTestResult> => {
    const result = await askProvider(provider, key);
    if (await deps.keyChecks.record(provider, checkFromTest(result, new Date(deps.now?.() ?? Date.now())))) deps.emit('keys:changed', undefined);
    return result;
  };

  // One key change at a time: two quick calls must not both find no key and skip the question.
  let keyChanges: Promise<unknown> = Promise.resolve();
  const oneKeyChangeAtATime = <T>(change: () => Promise<T>): Promise<T> => {
    const run = keyChanges.then(change, change);
    keyChanges = run.catch(() => undefined);
    return run;
  };

  /** Queues what the person chose (add-chosen.ts: the one door for chosen files). */
  const addChosen = chosenFilesAdder(queue, settings, platform);
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
    'queue:set-provider': async ({ ids, provider }) => queue.setProvider(ids, provider),
    'queue:set-providers': async ({ ids, providers }) => queue.setProviders(ids, providers),
    'queue:set-primary': async ({ id }) => queue.setPrimary(id),
    'queue:use-earlier': async ({ id }) => {
      const item = queue.get(id);
      if (item?.status !== 'idle' || item.earlier === undefined) return;
      // Checked again now: the link may have expired, or been deleted, since it was offered.
      const entry = history.all().find((e) => e.id === item.earlier?.historyId);
      if (entry === undefined || !isReusable(entry, Date.now())) {
        queue.offerEarlier(id, undefined);
        throw new UserFacingError('EARLIER_GONE', `The earlier ${PROVIDERS[item.provider].name} link for ${item.name} cannot be used any more (it expired or was deleted). Press Upload to send the file again.`);
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
        throw new UserFacingError('EXPORT_FAILED', 'The history could not be saved there. Choose another folder and try again.');
      }
      lastExport = path;
      return { saved: true, path };
    },
    'history:delete-upload': providerDelete(deps),
    'history:retry': async ({ id }) => {
      const entry = history.all().find((e) => e.id === id);
      if (entry === undefined) throw new UserFacingError('HISTORY_UNAVAILABLE', 'That upload is no longer in the history.');
      return addChosen([entry.path], entry.provider, { retried: true });
    },

    'keys:list': async () => Promise.all(PROVIDER_IDS.map(keyStatus)),
    'keys:set': async ({ provider, key, evenIfUnchecked }) => oneKeyChangeAtATime(async () => {
      // A key that could never be saved is refused before anyone is asked to replace the old one.
      const problem = keyCharacterProblem(key.trim(), PROVIDERS[provider].name);
      if (problem !== undefined) throw new UserFacingError('KEY_REJECTED', problem);
      // Asked first, so a key the provider turns down is never stored, never replaces a saved
      // one, and never costs the person a "Replace?" question.
      const check = evenIfUnchecked === true ? undefined : await askProvider(provider, key);
      if (check !== undefined && !check.ok) {
        return { saved: false, outcome: keyWasRejected(check) ? 'rejected' : 'unchecked', message: check.message, status: await keyStatus(provider) };
      }
      // Every key the window saves is asked about in main's own dialog, a first one too: a
      // compromised page could otherwise save its own key and send the person's files to its
      // account. "Keep" (or "Don't save") leaves everything as it was.
      const change: KeyChange = (await keys.get(provider)) === undefined ? 'save' : 'replace';
      if (!(await desktop.confirmKeyChange(change, PROVIDERS[provider].name, keyEnding(key)))) {
        return { saved: false, outcome: 'kept', status: await keyStatus(provider) };
      }
      await keys.set(provider, key);
      await deps.keyChecks.forget(provider);
      if (check !== undefined) await deps.keyChecks.record(provider, checkFromTest(check, new Date(deps.now?.() ?? Date.now())));
      deps.emit('keys:changed', undefined);
      return { saved: true, outcome: 'saved', status: await keyStatus(provider) };
    }),
    // Asked too, or removing and then saving a "first" key would replace one without a question.
    'keys:delete': async ({ provider }) => oneKeyChangeAtATime(async () => {
      const present = (await keys.get(provider)) !== undefined;
      if (!present || !(await desktop.confirmKeyChange('remove', PROVIDERS[provider].name))) return keyStatus(provider);
      await keys.delete(provider);
      await deps.keyChecks.forget(provider);
      deps.emit('keys:changed', undefined);
      return keyStatus(provider);
    }),
    'keys:test': async ({ provider }) => {
      const key = await keys.get(provider);
      if (key === undefined) return { ok: false, code: 'KEY_MISSING', message: errorSentence('KEY_MISSING', { provider: PROVIDERS[provider].name }) };
      return checkAndRemember(provider, key);
    },

    'settings:get': async () => settings.get(),
    'settings:set': async (change) => {
      const before = settings.get().regions;
      const next = await settings.update(change);
      deps.emit('settings:changed', next);
      // A key works in its account's region only: after a change of region, the saved key's
      // verdict is asked again there, so "Not accepted" does not outlive the fix.
      for (const provider of PROVIDER_IDS) {
        if (before[provider] === next.regions[provider]) continue;
        void keys.get(provider).then((key) => key === undefined ? undefined : checkAndRemember(provider, key)).catch(() => undefined);
      }
      return next;
    },

    'shell:show-file': async (which) => {
      const path = 'lastExport' in which ? lastExport : history.all().find((e) => e.id === which.historyEntry)?.path;
      if (path === undefined) throw new UserFacingError('APP_FAILED', 'That file is no longer known to the app.');
      try {
        await stat(path);
      } catch {
        throw new UserFacingError('FILE_NOT_FOUND', `${basename(path)} is no longer in its folder. It may have been moved or deleted.`);
      }
      await desktop.showInFolder(path);
    },
    'shell:open-url': async (which) => {
      const link = linkHeld(which, { queue, history });
      if (link === undefined) throw new UserFacingError('LINK_REFUSED', 'That link is no longer in the app, so it was not opened.');
      const href = webLinkHref(link);
      if (href === undefined) throw new UserFacingError('LINK_REFUSED', 'Only web links that start with https:// can be opened.');
      await desktop.openExternal(href);
    },
  };
}
