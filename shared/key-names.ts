// Several keys per service ("Work", "Personal"), each known by a name a person chose, and which
// of them made an upload. Names are not secret: the window, the terminal, the history and its
// exports show them. A key's id (electron/core/key-id.ts) is not secret either, and says nothing
// that would help guess the key. Neither ever holds any part of a key.

import { errorSentence } from './error-codes.ts';
import type { Translate } from './i18n/translator.ts';
import type { Words } from './i18n/catalogue-types.ts';

/** The name today's single key takes when keys get names, and a first key's name when none is given. */
export const DEFAULT_KEY_NAME = 'Default';

/** What the command line calls a key given in an environment variable for one run: never saved. */
export const ENVIRONMENT_KEY_NAME = 'from the environment';

// Long enough for "Client ACME — video team", short enough for a menu. API keys are long random
// strings (AssemblyAI's have 32 characters), so a key pasted where a name goes is most likely
// refused here rather than saved as a name and shown everywhere.
export const KEY_NAME_MAX = 24;

/** Which key an upload was made with: its name then, and its id (the same key has the same id under any name). */
export interface UsedKey {
  readonly name: string;
  readonly id: string;
}

/**
 * The key a queued file goes with: chosen by name (the row's service menu), and once it is sent,
 * with the id of the key that sent it. Absent: the service's default key when the file starts.
 */
export interface KeyChoice {
  readonly name: string;
  readonly id?: string;
}

/** The key an item was sent with, where it records one. */
export function usedKeyOf(choice: KeyChoice | undefined): UsedKey | undefined {
  return choice?.id === undefined ? undefined : { name: choice.name, id: choice.id };
}

/** A saved key as anyone outside the keychain may know it: never the key. */
export interface SavedKeyInfo {
  readonly name: string;
  readonly id: string;
  readonly isDefault: boolean;
}

/** A key id as stored (electron/core/key-id.ts): 8 lowercase hex digits. */
export function isKeyId(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{8}$/.test(value);
}

/** Names are told apart without regard to case: "work" names the key saved as "Work". */
export function sameKeyName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * Why `name` cannot name a key, as the sentence's key and values (shared/i18n/<language>/errors.ts
 * `keys`), or undefined when it can. The sentences never repeat the name: what was typed may be a
 * key typed in the wrong place.
 */
export function keyNameIssue(name: string): Words | undefined {
  const clean = name.trim();
  if (clean === '') return { key: 'errors:keys.nameEmpty' };
  if (clean.length > KEY_NAME_MAX) return { key: 'errors:keys.nameTooLong', values: { max: KEY_NAME_MAX } };
  // Letters of any language, digits, spaces and ordinary punctuation; no control or invisible characters.
  if (!/^[\p{L}\p{M}\p{N}\p{P}\p{S}\p{Zs}]+$/u.test(clean) || /[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/u.test(clean)) {
    return { key: 'errors:keys.nameCharacters' };
  }
  if (sameKeyName(clean, ENVIRONMENT_KEY_NAME)) return { key: 'errors:keys.nameReserved', values: { name: ENVIRONMENT_KEY_NAME } };
  return undefined;
}

/** Why `name` cannot name a key, in the language of `t`, or undefined when it can. */
export function keyNameProblem(t: Translate, name: string): string | undefined {
  const issue = keyNameIssue(name);
  // Its values are names and numbers only, never sentences of their own.
  return issue === undefined ? undefined : t(issue.key, { ...issue.values });
}

/** "HeyGen — Work": a service with one of its keys, where a service has more than one. */
export function keyLabel(t: Translate, serviceName: string, keyName: string): string {
  return t('common:words.keyLabel', { service: serviceName, key: keyName });
}

/**
 * The sentence for an upload whose key is no longer saved (KEY_REMOVED, shared/error-codes.ts).
 * `send`: a file about to be sent with the key chosen for it. `reach`: an upload already made
 * with that key, which only that key's account can reach (check, delete, reuse, use next).
 */
export function keyRemovedSentence(t: Translate, kind: 'send' | 'reach', serviceName: string, keyName: string, file?: string): string {
  return errorSentence(t, 'KEY_REMOVED', { provider: serviceName, variant: kind, extra: keyName, ...(file !== undefined && { file }) });
}
