// Which credential store @napi-rs/keyring will use on this machine, decided once and stated
// plainly. On Linux the library silently falls back from the Secret Service (GNOME Keyring,
// KWallet, KeePassXC) to the kernel keyring, which lives in memory and is gone after a reboot:
// the uploader must say so instead of pretending a key is saved for good.

import type { EntryOptions } from '@napi-rs/keyring';

type Keyring = typeof import('@napi-rs/keyring');
let keyring: Promise<Keyring> | undefined;

/**
 * The keyring addon, loaded on first use: a command-line run whose key comes from an environment
 * variable never loads it (a native library and, on Linux, its D-Bus client: start-up time).
 */
export function loadKeyring(): Promise<Keyring> {
  return (keyring ??= import('@napi-rs/keyring'));
}

export interface KeyringBackend {
  /** For people: "Secret Service", "macOS Keychain", … */
  readonly name: string;
  /** False when keys are forgotten at restart. */
  readonly persistent: boolean;
  /** Options pinning every entry to the store named here, so what we report is what is used. */
  readonly entryOptions?: EntryOptions;
  /** The kernel keyring needs one read before the first write in a process (see warmUp in secret-store.ts). */
  readonly needsWarmUp: boolean;
}

export const KERNEL_KEYRING_NAME = 'kernel keyring (forgotten at restart)';

export async function detectBackend(service: string, platform: NodeJS.Platform = process.platform): Promise<KeyringBackend> {
  if (platform === 'darwin') return { name: 'macOS Keychain', persistent: true, needsWarmUp: false };
  if (platform === 'win32') return { name: 'Windows Credential Manager', persistent: true, needsWarmUp: false };
  if (platform !== 'linux') return { name: 'system keychain', persistent: true, needsWarmUp: false };
  return secretServiceAnswers(await loadKeyring(), service)
    ? { name: 'Secret Service', persistent: true, entryOptions: { linux: { store: 'secret-service' } }, needsWarmUp: false }
    : { name: KERNEL_KEYRING_NAME, persistent: false, entryOptions: { linux: { store: 'keyutils' } }, needsWarmUp: true };
}

/**
 * The library's own test: an entry pinned to the Secret Service connects to the session D-Bus
 * and asks for org.freedesktop.secrets (starting it if a .service file can), and throws when
 * there is no bus or nobody provides the name. No command-line tool is needed for this.
 * A locked keyring still counts as present: reading or writing then fails with a clear sentence.
 */
function secretServiceAnswers({ AsyncEntry }: Keyring, service: string): boolean {
  try {
    new AsyncEntry(service, 'probe', { linux: { store: 'secret-service' } });
    return true;
  } catch {
    return false;
  }
}
