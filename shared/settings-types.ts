import type { ErrorCode } from './error-codes.ts';
import type { ProviderId, Region } from './providers.ts';

export interface Settings {
  readonly defaultProvider: ProviderId;
  readonly assemblyaiRegion: Region;
  /** Uploads running at once across the whole queue. */
  readonly concurrency: number;
}

// Three parallel uploads fill most home links without one slow provider starving the rest.
export const DEFAULT_SETTINGS: Settings = { defaultProvider: 'assemblyai', assemblyaiRegion: 'us', concurrency: 3 };

/** Where keys are kept, as the window may learn it: never the key itself. */
export interface KeyStatus {
  readonly provider: ProviderId;
  readonly hasKey: boolean;
  /** e.g. "macOS Keychain", "Secret Service", "kernel keyring (forgotten at restart)". */
  readonly backend: string;
  /** False when the backend forgets keys at restart: the window says so plainly. */
  readonly persistent: boolean;
}

export interface KeyTestResult {
  readonly ok: boolean;
  readonly message: string;
  /** Why it failed, from the closed list (KEY_REJECTED, NETWORK, …). */
  readonly code?: ErrorCode;
}
