// The settings' defaults, and what the window learns about keys. No schema library here, so the
// window can read it; the rules themselves are in settings-schema.ts, the limits in settings-limits.ts.

import type { ErrorCode } from './error-codes.ts';
import type { SavedKeyInfo } from './key-names.ts';
import type { ProviderId } from './providers.ts';
import type { Settings } from './settings-schema.ts';
import type { Words } from './i18n/catalogue-types.ts';

export type { Settings } from './settings-schema.ts';

// Three parallel uploads fill most home links without one slow provider starving the rest.
// Closing the window keeps uploads going, as people expect of an uploader; nothing starts at
// login unless the person asks for it. Where a photo was taken stays home unless asked. Requests
// follow the computer's own proxy settings, as the browser does. Fixes reach people only if the app looks for them, so it does unless
// told not to.
export const DEFAULT_SETTINGS: Settings = {
  defaultProvider: 'assemblyai', alsoSendTo: [], regions: {}, concurrency: 3, whenWindowCloses: 'tray', openAtLogin: false, uploadWhenAdded: false, copyLinkWhenDone: true, keepLocation: false, checkForUpdates: true, language: 'system',
  proxy: { mode: 'system' },
};

/** The proxy choice in Settings. */
export type ProxySetting = Settings['proxy'];

/** Where keys are kept, as the window may learn it: never the key itself. */
export interface KeyStatus {
  readonly provider: ProviderId;
  readonly hasKey: boolean;
  /** e.g. "macOS Keychain", "Secret Service", "kernel keyring (forgotten at restart)". */
  readonly backend: string;
  /** False when the backend forgets keys at restart: the window says so plainly. */
  readonly persistent: boolean;
  /** What the app last learned about the default key; `unchecked` when there is none. */
  readonly check: KeyCheck;
  /** Every saved key of the provider, in the order added, the default among them; empty when none. */
  readonly keys: readonly SavedKeyStatus[];
}

/** One saved key as the window may know it: its name, its id (shared/key-names.ts) and its state, never the key. */
export interface SavedKeyStatus extends SavedKeyInfo {
  readonly check: KeyCheck;
}

/**
 * Whether the saved key works, as main last learned it (a check when it was saved, "Check again",
 * or an upload it carried), remembered across restarts: one of three states the window shows.
 */
export interface KeyCheck {
  readonly state: 'working' | 'rejected' | 'unchecked';
  /** ISO date of the answer it is based on. */
  readonly at?: string;
  /** The sentence of the last check, e.g. why it could not be checked (English, as kept). */
  readonly message?: string;
  /** What that sentence is made from, so main says it in the person's language (shared/i18n/error-words.ts). */
  readonly words?: Words;
}

export interface KeyTestResult {
  readonly ok: boolean;
  readonly message: string;
  /** What the message is made from, to say it in another language. */
  readonly words?: Words;
  /** Why it failed, from the closed list (KEY_REJECTED, NETWORK, …). */
  readonly code?: ErrorCode;
}
