// The app's core, assembled once: history, settings, keys and the upload queue (restored from
// the data folder, and kept there as it changes), with the call handlers over them and the
// queue's changes pushed to the window. The Electron entry point and
// the end-to-end harness both build the app through here, so tests run the real wiring and
// substitute only what needs a desktop (dialogs, the browser, the window to push events to).

import { chosenFilesAdder, type AddChosen } from '../desktop/add-chosen.ts';
import { copyLinksWhenDone, type AutoCopy } from './auto-copy.ts';
import { PastedImages } from '../desktop/pasted-images.ts';
import { offerEarlierUploads } from './earlier-offers.ts';
import { writeTextFile } from '../settings/json-file.ts';
import { createHandlers } from '../calls/call-handlers.ts';
import { SettingsStore } from '../settings/settings-store.ts';
import { createMainLanguage, useMainLanguage, type MainLanguage } from '../settings/main-language.ts';
import { recordHistory, type HistoryAppender } from '../../core/history/history-recorder.ts';
import { toCsv, toJson } from '../../core/history/history-export.ts';
import { HistoryStore } from '../../core/history/history-store.ts';
import { checkKey } from '../../core/keys/key-check.ts';
import { createKeyBook } from '../../core/keys/key-book.ts';
import { keyIdSalt } from '../../core/keys/key-id.ts';
import { KeyCheckStore } from '../settings/key-checks.ts';
import { environmentProxyChooser, useProxyChooser } from '../../core/network/proxy-choice.ts';
import type { ProxyChooser, ProxyPasswordStore } from '../../core/network/proxy-types.ts';
import { restoreQueue } from '../../core/queue/queue-restore.ts';
import type { OnlineSignal } from '../../core/network/online-signal.ts';
import type { QueueDeps } from '../../core/queue/queue-send.ts';
import { UploadQueue } from '../../core/queue/upload-queue.ts';
import { sweepOutgoing } from '../../core/location/without-location.ts';
import { PROVIDERS, type ProviderId } from '../../../shared/providers.ts';
import { hasResult } from '../../../shared/queue-types.ts';
import { settingsProxyChooser } from '../network/proxy-setting.ts';
import { ProxySignIn, useProxySignIn, type ProxySignInDeps } from '../../core/network/proxy-sign-in.ts';
import { UserFacingError } from '../../../shared/user-facing-error.ts';
import type { DesktopPort, HandlerDeps, Handlers, KeyPort, UpdateCalls } from '../calls/call-ports.ts';
import type { ErrorValues } from '../../../shared/error-codes.ts';
import type { Words } from '../../../shared/i18n/catalogue-types.ts';

export interface AppCoreOptions {
  readonly dataDir: string;
  readonly keys: KeyPort;
  readonly desktop: DesktopPort;
  readonly emit: HandlerDeps['emit'];
  /** Loopback provider servers in tests; the providers' real hosts otherwise. */
  readonly baseUrl?: (provider: ProviderId) => string | undefined;
  /** Shorter retry waits and timeouts, for tests that watch a failure happen. */
  readonly tuning?: Pick<QueueDeps, 'retry' | 'timeouts' | 'readyChecks'>;
  /** Whether the computer is online (online-signal.ts's watchConnection); files wait while it is not. Always online when absent. */
  readonly online?: OnlineSignal;
  /**
   * The system's proxy, as Chromium resolves it (system-proxy.ts; index.ts passes
   * session.defaultSession.resolveProxy): what Settings' "System settings" follows. Without it,
   * the environment's HTTPS_PROXY/NO_PROXY, as on the command line.
   */
  readonly proxy?: ProxyChooser;
  /** Updating the app itself (electron/main/update/); the window's update calls answer "runs from source" without it. */
  readonly updates?: UpdateCalls;
  /**
   * A proxy that asks for a password (407): the person's prompt (index.ts: the native one,
   * proxy-sign-in-window.ts) and where accepted sign-ins are kept (the keychain). Without it, a
   * 407 fails with the PROXY_AUTH sentence, as on the command line.
   */
  readonly proxySignIn?: { readonly ask: ProxySignInDeps['ask']; readonly passwords: ProxyPasswordStore };
  /** The computer's preferred languages (index.ts: app.getPreferredSystemLanguages()); English when absent. */
  readonly systemLanguages?: () => readonly string[];
}

export interface AppCore {
  readonly queue: UploadQueue;
  readonly history: HistoryStore;
  readonly settings: SettingsStore;
  /** What each saved key's last check or upload said (Settings shows it). */
  readonly keyChecks: KeyCheckStore;
  /** Main's language (the setting's, or the system's), followed when settings change: menus, dialogs and failed calls' sentences. */
  readonly language: MainLanguage;
  readonly handlers: Handlers;
  /** Queues files the person chose outside the window (Open with, the command line, the Dock or tray icon). */
  readonly addChosen: AddChosen;
  /** Proxies' sign-ins in this run (Settings' "Forget proxy password"); undefined without a prompt. */
  readonly proxySignIn: ProxySignIn | undefined;
  /** "Copy its link automatically", from main whether or not the window is there or focused (auto-copy.ts). */
  readonly autoCopy: Pick<AutoCopy, 'whenCopied'>;
  /**
   * Stops pushing events, stops uploads still running (recorded in the history as stopped by
   * the quit, and kept in the list as they were, so they come back interrupted), and closes
   * the history and the list's file.
   */
  close(): Promise<void>;
}

/** The words of an upload's KEY_REJECTED, with its service's note, where the failure kept its values. */
function rejectedWords(values: ErrorValues | undefined): { words?: Words } {
  if (values?.provider === undefined || values.variant !== undefined) return {};
  const sentence = { key: 'errors:KEY_REJECTED', values: { provider: values.provider } };
  return { words: values.note === 'keyRejected' && values.providerId !== undefined ? { key: 'errors:withNote', values: { sentence, note: { key: `errors:keyRejectedNote.${values.providerId}` } } } : sentence };
}

// The history list re-reads its page on `history:changed`; a batch of small files would
// otherwise ask for a re-read per file. A quarter second still feels immediate.
const HISTORY_EVENT_MS = 250;

export async function openAppCore(options: AppCoreOptions): Promise<AppCore> {
  const { keys } = options;
  const history = await HistoryStore.open(options.dataDir);
  const settings = await SettingsStore.open(options.dataDir);
  // Process-wide like the proxy chooser below: main's modules read it through mainT().
  const language = createMainLanguage({ setting: settings.get().language, ...(options.systemLanguages !== undefined && { systemLanguages: options.systemLanguages }) });
  useMainLanguage(language);
  // A language chosen in Settings is main's too, before anyone hears of the change.
  const emit: HandlerDeps['emit'] = (event, payload) => {
    if (event === 'settings:changed') language.follow(settings.get().language);
    options.emit(event, payload);
  };
  // Main's notices below, in its language at the moment each is said.
  const t = (...args: Parameters<MainLanguage['t']>): string => language.t(...args);
  // Process-wide, like the connections it chooses for: set before anything can send (nothing
  // does before the queue below), and set again by every core, so a core opened without a
  // chooser does not keep an earlier one's. Settings' choice is read at every request.
  useProxyChooser(settingsProxyChooser(() => settings.get().proxy, options.proxy ?? environmentProxyChooser));
  const keyChecks = await KeyCheckStore.open(options.dataDir);
  // Which key made each upload, by an id that is the same for the CLI (key-id.ts: the salt is the data folder's).
  const keyBook = createKeyBook(keys, { salt: await keyIdSalt(options.dataDir) });
  const saved = await restoreQueue(options.dataDir, (sentence) => emit('app:notice', { title: t('desktop:notice.listNotSaved'), lines: [sentence] }));

  let historyTimer: NodeJS.Timeout | undefined;
  const historyChanged = (): void => {
    historyTimer ??= setTimeout(() => {
      historyTimer = undefined;
      emit('history:changed', undefined);
    }, HISTORY_EVENT_MS);
  };

  const queue = new UploadQueue({
    getKey: (provider) => keys.get(provider),
    keys: keyBook,
    settings: () => settings.get(),
    keepLocation: () => settings.get().keepLocation,
    scratchDir: options.dataDir,
    ...(options.baseUrl !== undefined && { baseUrl: options.baseUrl }),
    ...options.tuning,
    ...(options.online !== undefined && { online: options.online }),
    journal: saved.store,
  });
  // Like the chooser, process-wide and set by every core. "Not now" lasts until this queue's
  // uploads under way have ended (proxy-sign-in.ts).
  const proxySignIn = options.proxySignIn === undefined ? undefined : new ProxySignIn({
    ...options.proxySignIn,
    whenIdle: () => queue.whenSettled(),
    report: (error) => emit('app:notice', {
      tone: 'warning',
      title: t('desktop:notice.proxyPasswordNotSaved'),
      lines: [error instanceof UserFacingError ? error.message : t('desktop:notice.passwordStoreRefused'), t('desktop:notice.proxyPasswordUntilQuit')],
    }),
  });
  useProxySignIn(proxySignIn);
  queue.restore(saved.items);
  void sweepOutgoing(options.dataDir);
  // A pasted image's file lives as long as its item waits to be uploaded (pasted-images.ts).
  const pastedImages = new PastedImages(options.dataDir);
  await pastedImages.sweep(saved.items);
  const unfollowPasted = queue.subscribe((patch) => pastedImages.follow(patch));
  const unsubscribe = queue.subscribe((patch) => emit('queue:changed', patch));
  // A single upload's link to the clipboard when it ends, said in the window as a notice.
  const autoCopy = copyLinksWhenDone({ queue, settings, desktop: options.desktop, notify: (notice) => emit('app:notice', notice), t: () => language.t });
  // A file added again whose earlier upload's link still works: its row offers that link.
  const earlierOffers = offerEarlierUploads({ queue, history, keys: keyBook });
  // Paused from the tray or the window: the window says so, and offers Resume.
  const pausedChanged = (paused: boolean): void => emit('queue:paused', { paused });
  queue.on('paused', pausedChanged);
  // An upload is the surest check of a key: a finished one proves it works, a rejection that it
  // does not. Settings then says so without anyone pressing "Check again".
  const unwatchKeys = queue.subscribe((patch) => {
    for (const item of patch.items) {
      // Most items of a patch (a drop's 10,000 rows) are neither: looked at without making anything.
      if (!hasResult(item) && item.status !== 'failed') continue;
      const name = PROVIDERS[item.provider].name;
      const at = new Date().toISOString();
      // With what each sentence is made from, so Settings says it in the person's language (key-handlers.ts).
      const verdict = hasResult(item) ? { state: 'working' as const, at, message: `The ${name} key worked for an upload.`, words: { key: 'errors:keyCheck.workedForUpload', values: { provider: name } } }
        : item.status === 'failed' && item.error.code === 'KEY_REJECTED' ? { state: 'rejected' as const, at, message: item.error.message, ...rejectedWords(item.error.values) }
        : undefined;
      // Only what the item records of the key that sent it (its id) says which key this is about.
      const keyId = item.key?.id;
      if (verdict !== undefined && keyId !== undefined) {
        void keyChecks.record(item.provider, keyId, verdict).then((changed) => changed && emit('keys:changed', undefined), () => undefined);
      }
    }
  });
  const appender: HistoryAppender = {
    append: async (entry) => {
      const written = await history.append(entry);
      historyChanged();
      return written;
    },
    amend: async (id, amendment) => {
      const amended = await history.amend(id, amendment);
      historyChanged();
      return amended;
    },
    all: () => history.all(),
  };
  // The outcome is still in the queue; only the record is missing.
  const recorder = recordHistory(queue, appender, 'app', (item, error) =>
    emit('app:notice', {
      title: t('desktop:notice.historyNotRecorded', { name: item.name }),
      lines: [
        error instanceof Error ? error.message : String(error),
        t(hasResult(item) ? 'desktop:notice.linkStillInList' : 'desktop:notice.errorStillInList'),
      ],
    }),
  );
  // Uploads made from the command line meanwhile appear in the window's history too.
  const unwatch = history.watch(historyChanged);

  const handlers = createHandlers({
    queue,
    keys,
    keyBook,
    history,
    settings,
    desktop: options.desktop,
    pastedImages,
    keyChecks,
    // Offline, a key check says so instead of asking (key-check.ts).
    checkKey: (provider, key, checkOptions) => checkKey(provider, key, { ...checkOptions, ...(options.online !== undefined && { online: options.online }) }),
    proxySignIn,
    exportHistory: (page, format, path) =>
      // The CSV is for people, so in the person's language; the JSON is for programs and has none.
      writeTextFile(path, format === 'csv' ? toCsv(page.entries, { uploadedLater: new Set(page.uploadedLater), language: language.language }) : toJson(page.entries)),
    ...(options.baseUrl !== undefined && { baseUrl: options.baseUrl }),
    ...(options.updates !== undefined && { updates: options.updates }),
    ...(options.systemLanguages !== undefined && { systemLanguages: options.systemLanguages }),
    emit,
  });
  // What main said in words and the window keeps (key checks' sentences, the update line) is
  // said again in a newly chosen language; the window asks for it anew.
  const stopFollowing = language.onChange(() => {
    options.emit('keys:changed', undefined);
    void handlers['update:get'](undefined).then((view) => options.emit('update:changed', view), () => undefined);
  });

  return {
    queue,
    addChosen: chosenFilesAdder(queue, settings, process.platform, (notice) => emit('app:notice', notice), () => language.t),
    autoCopy,
    history,
    settings,
    keyChecks,
    language,
    proxySignIn,
    handlers,
    async close() {
      unsubscribe();
      stopFollowing();
      autoCopy.stop();
      earlierOffers.stop();
      queue.off('paused', pausedChanged);
      unfollowPasted();
      unwatchKeys();
      unwatch();
      clearTimeout(historyTimer);
      // Quitting stops what still uploads; those stops are recorded, and the history is written
      // before it closes (the quit waits for this: electron/main/quit/quit-flow.ts).
      recorder.recordStops();
      saved.store.quitting();
      queue.cancelAll();
      await queue.whenSettled();
      await recorder.whenWritten();
      recorder.stop();
      // An upload that just ended may still be writing its key's verdict (key-checks.json).
      await Promise.all([history.close(), saved.store.close(), keyChecks.settled()]);
    },
  };
}
