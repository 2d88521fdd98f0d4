// Every call the window may make and every event main pushes, in one place. Main parses each
// call's `unknown` argument with the schema here before the core sees it; the preload exposes
// exactly these calls as `window.uploader`; the window's type for it is derived below.

import { z } from 'zod';
import type { AddResult, QueueHead, QueuePatch } from './queue-types.ts';
import type { HistoryPage } from './history-types.ts';
import { KEY_LENGTH } from './settings-limits.ts';
import type { KeyStatus, KeyTestResult, Settings } from './settings-types.ts';
import { PROVIDER_IDS } from './providers.ts';
import { KEY_NAME_MAX } from './key-names.ts';
import { SETTINGS_CHANGE } from './settings-schema.ts';
import type { Language } from './i18n/languages.ts';
import type { CallName, EventName, PreloadCallName } from './ipc-channels.ts';
import type { UserFacingCode } from './error-codes.ts';
import type { UpdateView } from './update-types.ts';

/** While paused, no new upload starts; running ones finish. */
export interface PauseState {
  readonly paused: boolean;
}

export { CALL_NAMES, EVENT_NAMES, PRELOAD_CALL_NAMES, type CallName, type EventName, type PreloadCallName, type UploaderFilesApi } from './ipc-channels.ts';

const provider = z.enum(PROVIDER_IDS);
/** A saved key's name (shared/key-names.ts); the handler checks it further. Absent in a call: the provider's default key. */
const keyName = z.string().trim().min(1).max(KEY_NAME_MAX);
/** Where added files go: one provider, or several (one upload each, the first the primary: shared/provider-groups.ts). */
const providers = z.union([provider, z.array(provider).min(1).max(PROVIDER_IDS.length)]);
const id = z.string().min(1).max(100);
// A dropped batch can be large, but a path list of this size is already absurd for one call.
const paths = z.array(z.string().min(1).max(4096)).min(1).max(100_000);
/** Ids main handed out for files the person chose (a drop); never paths. */
const fileIds = z.array(id).min(1).max(100_000);
const none = z.undefined();

/**
 * Which link to open: main looks it up where it keeps it (a finished upload in the queue, an
 * entry of the history, a provider's key page) and never opens a URL the window names.
 */
const LINK_TO_OPEN = z.union([
  z.object({ queueItem: id }).strict(),
  z.object({ historyEntry: id }).strict(),
  z.object({ keyPage: provider }).strict(),
]);
export type LinkToOpen = z.input<typeof LINK_TO_OPEN>;

/**
 * Which file to show in its folder (the system's file manager): the local file of a history
 * entry, or the export main saved last. Main looks the path up itself; the window never names one.
 */
const FILE_TO_SHOW = z.union([
  z.object({ historyEntry: id }).strict(),
  z.object({ lastExport: z.literal(true) }).strict(),
]);
export type FileToShow = z.input<typeof FILE_TO_SHOW>;

/**
 * What `keys:set` did. Main asks the provider about the key before it stores it, so a key the
 * provider turns down is never saved (nor does it replace a saved one):
 * - `saved`: stored (after the person agreed to replace a saved one); `status` has the verdict.
 * - `kept`: the person chose to keep the key saved before.
 * - `rejected`: the provider did not accept it; nothing was stored. `message` says why.
 * - `unchecked`: the provider could not be reached or did not answer; nothing was stored.
 *   `message` says why; the window offers "Save anyway" (`keys:set` with `evenIfUnchecked`).
 */
export interface KeySetResult {
  readonly saved: boolean;
  readonly outcome: 'saved' | 'kept' | 'rejected' | 'unchecked';
  readonly message?: string;
  readonly status: KeyStatus;
}

/** Argument schema and result type of each call. */
export const CALLS = {
  'queue:add': { args: z.object({ files: fileIds, provider: providers.optional() }).strict(), result: {} as AddResult },
  'queue:add-dialog': { args: z.object({ provider: providers.optional() }).strict(), result: {} as AddResult },
  /**
   * An image pasted into the window (a screenshot, an image copied in a browser): main reads it
   * from the clipboard itself, and only right after the person pressed the paste keys. Nothing
   * added and nothing refused: there was nothing to paste.
   */
  'queue:paste-image': { args: z.object({ provider: providers.optional() }).strict(), result: {} as AddResult },
  'queue:get': { args: none, result: {} as QueuePatch },
  /** The queue's first `count` items and its length: what a window draws first, before `queue:get`'s whole queue. */
  'queue:head': { args: z.object({ count: z.number().int().min(1).max(1000) }).strict(), result: {} as QueueHead },
  /** "Already uploaded? Use that link": the earlier upload's link, checked again, instead of sending the file. */
  'queue:use-earlier': { args: z.object({ id }).strict(), result: undefined as void },
  /** "Upload again": the offer goes, and the file uploads like any other when started. */
  'queue:dismiss-earlier': { args: z.object({ id }).strict(), result: undefined as void },
  /** `key`: one of the provider's keys by name, or null for its default ("HeyGen — Work" in a row's menu). */
  'queue:set-provider': { args: z.object({ ids: z.array(id).min(1).max(100_000), provider, key: keyName.nullable().optional() }).strict(), result: undefined as void },
  /** "Send to" with several providers: the files of these items go to exactly these (the first chosen is their primary). */
  'queue:set-providers': { args: z.object({ ids: z.array(id).min(1).max(100_000), providers: z.array(provider).min(1).max(PROVIDER_IDS.length) }).strict(), result: undefined as void },
  /** Which of a file's providers "Copy link" copies. */
  'queue:set-primary': { args: z.object({ id }).strict(), result: undefined as void },
  /**
   * "Convert and upload" / "Convert all": the items are converted to a format their provider
   * takes (shared/conversions.ts) where it refuses theirs, and started.
   */
  'queue:convert': { args: z.object({ ids: z.array(id).min(1).max(100_000) }).strict(), result: undefined as void },
  'queue:start': { args: z.object({ ids: z.array(id).max(100_000).optional() }).strict(), result: undefined as void },
  'queue:cancel': { args: z.object({ id }).strict(), result: undefined as void },
  /** Stops every waiting and running upload of the list ("Cancel all"). */
  'queue:cancel-all': { args: none, result: undefined as void },
  'queue:retry': { args: z.object({ id }).strict(), result: undefined as void },
  'queue:remove': { args: z.object({ id }).strict(), result: undefined as void },
  'queue:clear-finished': { args: none, result: undefined as void },
  /** Whether new uploads wait (the tray's or the window's Pause); running ones finish either way. */
  'queue:pause-state': { args: none, result: {} as PauseState },
  'queue:set-paused': { args: z.object({ paused: z.boolean() }).strict(), result: undefined as void },
  /**
   * A small picture of a queued image, made by main from the file it holds (the window never
   * reads files): a data: URL, or nothing for a file that is not an image or cannot be read.
   */
  'queue:thumbnail': { args: z.object({ id }).strict(), result: {} as { readonly dataUrl?: string } },
  'history:list': {
    args: z.object({ search: z.string().max(500).optional(), provider: provider.optional(), offset: z.number().int().min(0).optional(), limit: z.number().int().min(1).max(1000).optional() }).strict(),
    result: {} as HistoryPage,
  },
  /** Removes an entry from the history; main keeps it a while so `history:restore` can put it back ("Undo"). */
  'history:remove': { args: z.object({ id }).strict(), result: undefined as void },
  /** Puts back an entry `history:remove` removed in this run of the app, as it was. */
  'history:restore': { args: z.object({ id }).strict(), result: undefined as void },
  'history:clear': { args: none, result: undefined as void },
  'history:export': { args: z.object({ format: z.enum(['csv', 'json']), search: z.string().max(500).optional(), provider: provider.optional() }).strict(), result: {} as { saved: boolean; path?: string } },
  /** Adds a history entry's file to the list again, for the provider it went to ("Retry" on a failed one). */
  'history:retry': { args: z.object({ id }).strict(), result: {} as AddResult },
  /** Deletes a history entry's upload from its provider, after main asks the person; `deleted` false when they kept it. */
  'history:delete-upload': { args: z.object({ id }).strict(), result: {} as { deleted: boolean } },
  'keys:list': { args: none, result: [] as KeyStatus[] },
  /**
   * `evenIfUnchecked`: "Save anyway" after a check that could not reach the provider; stored without asking it again.
   * `name`: saved under that name (a new key, or the one of that name replaced); absent: the default key replaced ("Default" for a first key).
   */
  'keys:set': { args: z.object({ provider, key: z.string().trim().min(KEY_LENGTH.min).max(KEY_LENGTH.max), name: keyName.optional(), evenIfUnchecked: z.boolean().optional() }).strict(), result: {} as KeySetResult },
  'keys:delete': { args: z.object({ provider, name: keyName.optional() }).strict(), result: {} as KeyStatus },
  'keys:test': { args: z.object({ provider, name: keyName.optional() }).strict(), result: {} as KeyTestResult },
  /** Makes one of the provider's keys its default: what new files and the command line use. */
  'keys:set-default': { args: z.object({ provider, name: keyName }).strict(), result: {} as KeyStatus },
  'settings:get': { args: none, result: {} as Settings },
  'settings:set': {
    args: SETTINGS_CHANGE,
    result: {} as Settings,
  },
  /** The language the computer prefers, of those the app speaks: what `language: 'system'` means (shared/i18n/languages.ts). */
  'settings:system-language': { args: none, result: {} as { readonly language: Language } },
  /**
   * "Forget proxy password": main forgets the user name and password it kept for the proxy Settings
   * names ("This proxy"), in this run and in the password store; `forgotten` false when none was kept.
   */
  'proxy:forget-password': { args: none, result: {} as { readonly forgotten: boolean } },
  'shell:open-url': { args: LINK_TO_OPEN, result: undefined as void },
  'shell:show-file': { args: FILE_TO_SHOW, result: undefined as void },
  /** Where updating the app itself stands (electron/main/update/). */
  'update:get': { args: none, result: {} as UpdateView },
  /** "Check for updates": answers once the update server has (a download found goes on in the background). */
  'update:check': { args: none, result: {} as UpdateView },
  /** "Restart to update": the app's ordinary quit, which asks first if files upload, then installs and starts again. */
  'update:restart': { args: none, result: undefined as void },
// `satisfies`: every name in ipc-channels.ts has a schema here, and nothing here lacks a name.
} as const satisfies Record<CallName, { args: z.ZodType; result: unknown }>;

/** The preload's own calls (ipc-channels.ts), parsed by the same gate; not in `window.uploader`. */
export const PRELOAD_CALLS = {
  'files:register-drop': { args: z.object({ paths }).strict(), result: [] as string[] },
} as const satisfies Record<PreloadCallName, { args: z.ZodType; result: unknown }>;

/** Every channel main answers: the window's calls and the preload's. */
export const ALL_CALLS = { ...CALLS, ...PRELOAD_CALLS } as const;
export type AnyCallName = CallName | PreloadCallName;


export type CallArgs<C extends AnyCallName> = z.input<(typeof ALL_CALLS)[C]['args']>;
export type CallResult<C extends AnyCallName> = (typeof ALL_CALLS)[C]['result'];

/**
 * What every call answers across the process boundary. Main never rejects an IPC call: it
 * resolves with this envelope, and the preload turns `ok: false` into an error whose message is
 * main's plain sentence (a type only, so the preload's bundle stays free of the schemas above).
 */
export type CallReply =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly code: UserFacingCode; readonly error: string };

/**
 * A message from main. Without a tone it is an error, as every notice was before tones: the
 * window shows info as a status that closes itself ("The link for a.mp3 was copied."), and
 * warnings and errors until dismissed (renderer/src/components/notice-list.tsx).
 */
export interface AppNotice {
  readonly tone?: 'info' | 'warning' | 'error';
  readonly title: string;
  readonly lines: readonly string[];
}

/** Events main pushes to the window (names in ipc-channels.ts). */
export interface EventPayloads extends Record<EventName, unknown> {
  'queue:changed': QueuePatch;
  /** Pause or resume, from the tray or the window. */
  'queue:paused': PauseState;
  'history:changed': undefined;
  /** Something the person should know that no call of theirs asked about (a history write that failed, a link copied). */
  'app:notice': AppNotice;
  'keys:changed': undefined;
  'settings:changed': Settings;
  /** Updating the app itself moved on: checked, downloading, ready, or failed quietly. */
  'update:changed': UpdateView;
}

/** `window.uploader`: one method per call, named by the channel, plus `on` for events. */
export type UploaderApi = {
  [C in CallName]: CallArgs<C> extends undefined ? () => Promise<CallResult<C>> : (args: CallArgs<C>) => Promise<CallResult<C>>;
} & {
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
};
