// What the call handlers (call-handlers.ts) need from the core and the desktop, as types: the
// ports. In a file of their own so that the handlers' parts (held-links.ts, history-removal.ts,
// provider-delete.ts) and the port's Electron side (desktop-port.ts) import them without an
// import circle through the handlers.

import type { z } from 'zod';
import type { ALL_CALLS, AnyCallName, CallResult, EventName, EventPayloads } from '../../../shared/ipc-contract.ts';
import type { HistoryPage } from '../../../shared/history-types.ts';
import type { ProviderId } from '../../../shared/providers.ts';
import type { KeyTestResult } from '../../../shared/settings-types.ts';
import type { HistoryStore } from '../../core/history/history-store.ts';
import type { SecretStore } from '../../core/keys/secret-store.ts';
import type { KeyBook } from '../../core/keys/key-book.ts';
import type { UploadQueue } from '../../core/queue/upload-queue.ts';
import type { UpdateView } from '../../../shared/update-types.ts';
import type { ProxySignIn } from '../../core/network/proxy-sign-in.ts';
import type { PastedImages } from '../desktop/pasted-images.ts';
import type { KeyCheckStore } from '../settings/key-checks.ts';
import type { SettingsStore } from '../settings/settings-store.ts';

/** The parts of the core the handlers use: the real classes, narrowed so tests can supply less. */
/** A call's arguments, already parsed by the contract's schema; and the handlers for every call (call-handlers.ts). */
export type CallArgsParsed<C extends AnyCallName> = z.output<(typeof ALL_CALLS)[C]['args']>;
export type Handlers = { readonly [C in AnyCallName]: (args: CallArgsParsed<C>) => Promise<CallResult<C>> };

export type QueuePort = Pick<UploadQueue, 'addChecking' | 'get' | 'setProvider' | 'setProviders' | 'setPrimary' | 'convert' | 'start' | 'cancel' | 'cancelAll' | 'retry' | 'remove' | 'clearFinished' | 'snapshot' | 'paused' | 'pause' | 'resume' | 'offerEarlier' | 'useEarlier'>;
export type KeyPort = SecretStore;
export type HistoryPort = Pick<HistoryStore, 'search' | 'all' | 'remove' | 'restore' | 'clear' | 'amend'>;

export type SettingsPort = Pick<SettingsStore, 'get' | 'update'>;
export type KeyCheckPort = Pick<KeyCheckStore, 'get' | 'record' | 'forget' | 'adoptLegacy'>;

/** What a key question asks about (DesktopPort.confirmKeyChange). */
export type KeyChange = 'save' | 'replace' | 'remove';

/** What needs a desktop: native dialogs, the browser, files written where the user chose. */
export interface DesktopPort {
  /** The "Add files…" dialog: chosen paths, empty when the user cancelled. */
  pickMediaFiles(): Promise<readonly string[]>;
  /** A save dialog for an export: the chosen path, undefined when the user cancelled. */
  pickExportPath(suggestedName: string, format: 'csv' | 'json'): Promise<string | undefined>;
  /**
   * Asks the person before a saved key is replaced or removed ("Replace the saved HeyGen key?"):
   * true to go ahead. Asked in main, not in the window, so a compromised page cannot swap in a
   * key of its own and receive every later upload.
   */
  /**
   * The native question before a key from the window is stored ('save', 'replace', with the
   * key's last four characters so the person can tell it is the one they pasted) or removed.
   */
  confirmKeyChange(change: KeyChange, providerName: string, keyEnding?: string, keyName?: string): Promise<boolean>;
  /** Asks before an upload is deleted from the provider ("Delete film.mp4 from memories.ai?"): true to delete. In main, like the key question. */
  confirmDeleteUpload(providerName: string, fileName: string): Promise<boolean>;
  /** Only ever given an https link main itself holds (held-links.ts). */
  openExternal(url: string): Promise<void>;
  /** Opens the system's file manager at this file, selected (Electron's shell.showItemInFolder). */
  showInFolder(path: string): Promise<void>;
  /** A small picture of an image file as a data: URL (Electron's nativeImage); undefined when it cannot make one. */
  thumbnail(path: string): Promise<string | undefined>;
  /**
   * The clipboard's image as PNG bytes, when the person has just pressed the paste keys in the
   * window (paste-gesture.ts); undefined when they did not, or it holds no image.
   */
  readPastedImage(): Promise<Buffer | undefined>;
  /**
   * Puts text on the system clipboard (Electron's clipboard.writeText), from main: no window
   * needed, and none focused, where the window's navigator.clipboard refuses while the window
   * is in the background (electron/main/app/auto-copy.ts). Rejects when the system refuses.
   */
  copyText(text: string): Promise<void>;
}

export interface HandlerDeps {
  readonly queue: QueuePort;
  readonly keys: KeyPort;
  /** The keys by name and id (electron/core/keys/key-book.ts): which key made each upload, and the window's list of keys. */
  readonly keyBook: KeyBook;
  readonly history: HistoryPort;
  readonly settings: SettingsPort;
  readonly desktop: DesktopPort;
  /** What each saved key's last check said, remembered (key-checks.ts). */
  readonly keyChecks: KeyCheckPort;
  checkKey(provider: ProviderId, key: string, options: { baseUrl?: string; region?: string }): Promise<KeyTestResult>;
  /** Writes the export: the CSV (for people) or JSON (for programs) of a page of the history (history-export.ts). */
  exportHistory(page: HistoryPage, format: 'csv' | 'json', path: string): Promise<void>;
  baseUrl?(provider: ProviderId): string | undefined;
  emit<E extends EventName>(event: E, payload: EventPayloads[E]): void;
  /** Where a pasted image is saved as a file to upload (pasted-images.ts). */
  readonly pastedImages: Pick<PastedImages, 'save'>;
  /** Whose path rules apply (network-paths.ts); `process.platform` unless a test says. */
  readonly platform?: NodeJS.Platform;
  /** The clock dropped files' ids expire by; `Date.now` unless a test says. */
  readonly now?: () => number;
  /** Proxies' sign-ins, for "Forget proxy password" (proxy-handlers.ts). */
  readonly proxySignIn?: Pick<ProxySignIn, 'forget'> | undefined;
  /** Updating the app itself (electron/main/update/); absent where nothing updates (a run from source, the end-to-end harness). */
  readonly updates?: UpdateCalls;
  /** The computer's preferred languages, most wanted first (Electron's app.getPreferredSystemLanguages()); English alone when absent. */
  readonly systemLanguages?: () => readonly string[];
}

/** What the window's update calls reach (electron/main/update/update-machine.ts, and the restart through the quit). */
export interface UpdateCalls {
  view(): UpdateView;
  checkNow(): Promise<UpdateView>;
  /** "Restart to update": only acts while a version is offered. */
  restart(): void;
  /** The settings changed: automatic checks follow "Check for updates automatically". */
  settingsChanged(): void;
}
