// One file to several providers at once. Each provider gets an item of its own in the queue
// (its own progress, result, error, retry, journal line and history entry, exactly as a file
// sent to one provider), and the items made from one file share a group id: the window shows
// them as one file with a line per provider, and "Copy link" copies the primary one's result.
// A file sent to one provider has no group; nothing about it changes.

import { PROVIDERS, resultText, type ProviderId } from './providers.ts';
import { hasResult, type ItemFacts, type QueueItem } from './queue-types.ts';

/** What ties an item to the other items of its file: the group, and whether it is the primary. */
export interface Grouping {
  readonly group?: string;
  readonly primary?: boolean;
}

/** Which file an item belongs to: its group, or the item itself when its file goes to one provider. */
export function fileKey(item: Pick<ItemFacts, 'id' | 'group'>): string {
  return item.group ?? item.id;
}

/** The same item in another group (or in none: `{}`); nothing else about it changes. */
export function withGrouping<T extends QueueItem>(item: T, grouping: Grouping): T {
  const { group: _group, primary: _primary, ...rest } = item;
  if (grouping.group === undefined) return rest as T;
  return { ...rest, group: grouping.group, ...(grouping.primary === true && { primary: true }) } as T;
}

/** The item whose result "Copy link" copies: the one marked primary, else the first (the marked one was removed). */
export function primaryOf<T extends Pick<ItemFacts, 'primary'>>(members: readonly T[]): T | undefined {
  return members.find((member) => member.primary === true) ?? members[0];
}

/** The providers in the order given, each once: the first is the primary. */
export function distinctProviders(providers: readonly ProviderId[]): ProviderId[] {
  return [...new Set(providers)];
}

/** Where new files go, from the settings: the default provider first (the primary), then the others chosen with it. */
export function newFileProviders(settings: { readonly defaultProvider: ProviderId; readonly alsoSendTo?: readonly ProviderId[] | undefined }): ProviderId[] {
  return distinctProviders([settings.defaultProvider, ...(settings.alsoSendTo ?? [])]);
}

/** "AssemblyAI + memories.ai": the providers' names as a menu's button says them. */
export function providerNames(providers: readonly ProviderId[]): string {
  return providers.map((provider) => PROVIDERS[provider].name).join(' + ');
}

/**
 * What "Copy all" copies for one file: each provider's link or ID on a line of its own, with the
 * provider's name ("AssemblyAI — https://…"), in the file's order; providers without one yet are left out.
 */
export function allResultLines(members: readonly QueueItem[]): string[] {
  const lines: string[] = [];
  for (const member of members) {
    const text = hasResult(member) ? resultText(PROVIDERS[member.provider], member.result) : undefined;
    if (text !== undefined) lines.push(`${PROVIDERS[member.provider].name} — ${text}`);
  }
  return lines;
}
