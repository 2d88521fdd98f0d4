// Settings' keys: list, save (after the provider accepted it, and the person agreed in main's own
// question), check again, remove, and choose the default, for each of a provider's named keys.
// The window learns names, ids and verdicts (shared/settings-types.ts KeyStatus), never a key.

import { errorSentence } from '../../../shared/error-codes.ts';
import { mainT } from '../settings/main-language.ts';
import { keyNameIssue } from '../../../shared/key-names.ts';
import { keyCharactersFine } from '../../../shared/key-rules.ts';
import { PROVIDER_IDS, PROVIDERS, type ProviderId } from '../../../shared/providers.ts';
import type { KeyStatus, KeyTestResult, SavedKeyStatus } from '../../../shared/settings-types.ts';
import type { CallArgsParsed, HandlerDeps, Handlers, KeyChange } from './call-ports.ts';
import { checkFromTest, keyWasRejected } from '../settings/key-checks.ts';
import { sayWords, userFacing } from '../../../shared/i18n/error-words.ts';
import type { Words } from '../../../shared/i18n/catalogue-types.ts';

type KeyCalls = 'keys:list' | 'keys:set' | 'keys:delete' | 'keys:test' | 'keys:set-default';

export type KeyHandlerDeps = Pick<HandlerDeps, 'keys' | 'keyBook' | 'keyChecks' | 'settings' | 'desktop' | 'checkKey' | 'baseUrl' | 'emit' | 'now'>;

export interface KeyHandlers extends Pick<Handlers, KeyCalls> {
  /** Asks the provider again about each of its keys (a new region), remembering the verdicts. */
  recheckAll(provider: ProviderId): Promise<void>;
}

/** A key's last four characters, for the person to recognise it in a question: never more. */
export function keyEnding(key: string): string {
  return key.trim().slice(-4);
}

export function keyHandlers(deps: KeyHandlerDeps): KeyHandlers {
  const { keys, keyBook, keyChecks, desktop } = deps;
  const now = (): Date => new Date(deps.now?.() ?? Date.now());

  // What a check said, in main's language for the window (the window reads the same language: main-language.ts).
  const spoken = <T extends { readonly message?: string | undefined; readonly words?: Words }>(said: T): T =>
    (said.words === undefined ? said : { ...said, message: sayWords(mainT(), said.words) });

  const keyStatus = async (provider: ProviderId): Promise<KeyStatus> => {
    const where = await keys.describe();
    const saved = await keyBook.list(provider);
    const byDefault = saved.find((k) => k.isDefault);
    // A verdict from before keys had names was about today's "Default" (key-checks.ts).
    if (byDefault !== undefined) await keyChecks.adoptLegacy(provider, byDefault.id);
    const statuses: SavedKeyStatus[] = saved.map((k) => ({ ...k, check: spoken(keyChecks.get(provider, k.id)) }));
    const check = statuses.find((k) => k.isDefault)?.check ?? { state: 'unchecked' as const };
    return { provider, hasKey: statuses.length > 0, backend: where.backend, persistent: where.persistent, check, keys: statuses };
  };

  /** Asks the provider whether `key` works, in the region chosen for it. */
  const askProvider = async (provider: ProviderId, key: string): Promise<KeyTestResult> => {
    const baseUrl = deps.baseUrl?.(provider);
    const region = deps.settings.get().regions[provider];
    return deps.checkKey(provider, key, { ...(region !== undefined && { region }), ...(baseUrl !== undefined && { baseUrl }) });
  };

  /** Asks the provider whether a saved key works, and remembers the verdict for Settings. */
  const checkAndRemember = async (provider: ProviderId, key: string): Promise<KeyTestResult> => {
    const result = await askProvider(provider, key);
    if (await keyChecks.record(provider, keyBook.idOf(key), checkFromTest(result, now()))) deps.emit('keys:changed', undefined);
    return result;
  };

  // One key change at a time: two quick calls must not both find no key and skip the question.
  let changes: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(change: () => Promise<T>): Promise<T> => {
    const run = changes.then(change, change);
    changes = run.catch(() => undefined);
    return run;
  };

  /** The name a call's key goes by: the one given, checked, or the default's (undefined: none saved yet). */
  const targetName = async (provider: ProviderId, name: string | undefined): Promise<string | undefined> => {
    if (name === undefined) return (await keys.names(provider)).default;
    const problem = keyNameIssue(name);
    if (problem !== undefined) throw userFacing('KEY_REJECTED', problem);
    return (await keys.names(provider)).names.find((saved) => saved.toLowerCase() === name.trim().toLowerCase()) ?? name.trim();
  };

  /** The named key's id, where one of that name is saved. */
  const savedId = async (provider: ProviderId, name: string | undefined): Promise<string | undefined> => {
    const key = name === undefined ? undefined : await keys.get(provider, name);
    return key === undefined ? undefined : keyBook.idOf(key);
  };

  return {
    recheckAll: async (provider) => {
      for (const { name } of await keyBook.list(provider)) {
        const key = await keys.get(provider, name);
        if (key !== undefined) await checkAndRemember(provider, key);
      }
    },

    'keys:list': async () => Promise.all(PROVIDER_IDS.map(keyStatus)),

    'keys:set': async ({ provider, key, name, evenIfUnchecked }: CallArgsParsed<'keys:set'>) => oneAtATime(async () => {
      // A key that could never be saved is refused before anyone is asked to replace the old one.
      if (!keyCharactersFine(key.trim())) throw userFacing('KEY_REJECTED', { key: 'errors:KEY_REJECTED_characters', values: { provider: PROVIDERS[provider].name } });
      const target = await targetName(provider, name);
      // Asked first, so a key the provider turns down is never stored, never replaces a saved
      // one, and never costs the person a "Replace?" question.
      const check = evenIfUnchecked === true ? undefined : await askProvider(provider, key);
      if (check !== undefined && !check.ok) {
        return { saved: false, outcome: keyWasRejected(check) ? 'rejected' : 'unchecked', message: spoken(check).message, status: await keyStatus(provider) };
      }
      // Every key the window saves is asked about in main's own dialog, a first one too: a
      // compromised page could otherwise save its own key and send the person's files to its
      // account. "Keep" (or "Don't save") leaves everything as it was.
      const replaced = await savedId(provider, target);
      const change: KeyChange = replaced === undefined ? 'save' : 'replace';
      if (!(await desktop.confirmKeyChange(change, PROVIDERS[provider].name, keyEnding(key), name === undefined ? undefined : target))) {
        return { saved: false, outcome: 'kept', status: await keyStatus(provider) };
      }
      await keys.set(provider, key, target);
      if (replaced !== undefined) await keyChecks.forget(provider, replaced);
      if (check !== undefined) await keyChecks.record(provider, keyBook.idOf(key), checkFromTest(check, now()));
      deps.emit('keys:changed', undefined);
      return { saved: true, outcome: 'saved', status: await keyStatus(provider) };
    }),

    // Asked too, or removing and then saving a "first" key would replace one without a question.
    'keys:delete': async ({ provider, name }: CallArgsParsed<'keys:delete'>) => oneAtATime(async () => {
      const target = await targetName(provider, name);
      const id = await savedId(provider, target);
      if (id === undefined || !(await desktop.confirmKeyChange('remove', PROVIDERS[provider].name, undefined, name === undefined ? undefined : target))) return keyStatus(provider);
      await keys.delete(provider, target);
      await keyChecks.forget(provider, id);
      deps.emit('keys:changed', undefined);
      return keyStatus(provider);
    }),

    'keys:test': async ({ provider, name }: CallArgsParsed<'keys:test'>) => {
      const key = await keys.get(provider, name);
      if (key === undefined) return { ok: false, code: 'KEY_MISSING', message: errorSentence(mainT(), 'KEY_MISSING', { provider: PROVIDERS[provider].name }) };
      return spoken(await checkAndRemember(provider, key));
    },

    // No question: the person's own saved keys only change places, no key comes in.
    'keys:set-default': async ({ provider, name }: CallArgsParsed<'keys:set-default'>) => oneAtATime(async () => {
      await keys.setDefault(provider, name);
      deps.emit('keys:changed', undefined);
      return keyStatus(provider);
    }),
  };
}
