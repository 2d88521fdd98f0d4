// The words a person reads, one per idea. People who use this app are not programmers: the same
// thing must have the same name in the queue, the history, Settings, main's notices and its
// dialogs, or they wonder whether two names mean two things. Code keeps its own names
// (`provider`, `assetId`, `reencoded`, the keychain's backends); only what is shown follows this.
//
//   service          AssemblyAI, memories.ai, WaveSpeedAI or HeyGen: where files go ("Send new
//                    files to", "Default service", "Service for beach.mp4", "choose another
//                    service"). Never "provider", "destination" or "platform" on screen.
//   link             a web address of an uploaded file (https://…).
//   ID               what a service gives instead of, or beside, a link, to paste into that
//                    service: "memories.ai ID", explained where a row shows it (idSentence).
//                    Never "asset ID", "asset" or "assets" ("uploaded files" for what a service keeps).
//   Done             a finished upload, whatever the service did with it afterwards: never
//                    "Ready to use", "Complete" or "Success" for the same state. Before it,
//                    "Processing at memories.ai…" where the service works on a file first.
//   converted        a copy was made in a format the service takes. Never "re-encoded", "remuxed"
//                    or "transcoded"; whether the picture and sound changed is said in those words.
//   API key, key     "API key" where it is first explained, "key" after.
//   password store   where keys are kept (Keychain on a Mac, Credential Manager on Windows, the
//                    keyring on Linux): never "Secret Service", "keyutils" or "backend".
//   Technical details  the one place for codes, HTTP statuses and a service's own words.
//
// The command line (electron/cli/) speaks to people at a terminal, who script it: it keeps its
// technical words (--provider, asset ID, Secret Service), as do the CSV and JSON exports' columns.

import type { Translate } from './i18n/translator.ts';

/** "memories.ai ID": what a row, a button's name and a notice call an ID. */
export function idName(t: Translate, serviceName: string): string {
  return t('common:words.idName', { service: serviceName });
}

/** Said once beside an ID, in a sentence's room: what it is and where it goes. */
export function idSentence(t: Translate, serviceName: string): string {
  return t('common:words.idSentence', { service: serviceName });
}

/** "3 links", "1 ID", "3 links and 1 ID": what a Copy button copies, each kind counted. */
export function linksAndIdsWords(t: Translate, links: number, ids: number): string {
  const parts = [];
  if (links > 0 || ids === 0) parts.push(t('common:words.links', { count: links }));
  if (ids > 0) parts.push(t('common:words.ids', { count: ids }));
  return parts.length === 2 ? t('common:words.linksAndIds', { links: parts[0], ids: parts[1] }) : parts.join('');
}

/** "a, b and c" or "a, b or c", as the language of `t` joins a list. */
export function listWords(t: Translate, items: readonly string[], joiner: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items.join('');
  return t(`common:list.${joiner}`, { items: items.slice(0, -1).join(t('common:list.separator')), last: items.at(-1) ?? '' });
}

/**
 * Where keys are kept, as a person knows it, from the store's technical name
 * (electron/core/keys/keyring-backend.ts). The kernel keyring is not a password store a person can
 * open: Settings warns about it separately.
 */
export function passwordStoreWords(t: Translate, backend: string | undefined): string {
  if (backend === 'macOS Keychain') return t('common:words.passwordStoreMac');
  if (backend === 'Windows Credential Manager') return t('common:words.passwordStoreWindows');
  if (backend?.startsWith('kernel keyring') === true) return t('common:words.passwordStoreMemory');
  return t('common:words.passwordStore');
}
