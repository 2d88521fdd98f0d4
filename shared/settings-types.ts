import type { ErrorCode } from './error-codes.ts';
import type { ProviderId } from './providers.ts';

export interface Settings {
  readonly defaultProvider: ProviderId;
  /** For each provider with regions (shared/providers.ts), the chosen one's id; absent: its default. */
  readonly regions: Readonly<Partial<Record<ProviderId, string>>>;
  /** Uploads running at once across the whole queue. */
  readonly concurrency: number;
}

// Three parallel uploads fill most home links without one slow provider starving the rest.
export const DEFAULT_SETTINGS: Settings = { defaultProvider: 'assemblyai', regions: {}, concurrency: 3 };

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
