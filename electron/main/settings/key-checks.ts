// What the app last learned about each saved key (working, not accepted, not checked yet), kept
// in key-checks.json in the data folder so Settings says the same after a restart. Never the key
// itself: only the verdict, its date and the check's sentence, by provider and key id
// ("heygen:0a1b2c3d", electron/core/key-id.ts), so a renamed key keeps its verdict and a key
// replaced under the same name starts without one. A removed key forgets it.

import { join } from 'node:path';
import { z } from 'zod';
import { PROVIDER_IDS, type ProviderId } from '../../../shared/providers.ts';
import type { KeyCheck, KeyTestResult } from '../../../shared/settings-types.ts';
import { readJsonFile, writeJsonFile } from './json-file.ts';

const UNCHECKED: KeyCheck = { state: 'unchecked' };

// A sentence's key and values (shared/i18n/catalogue-types.ts Words), a value being a sentence itself at most once more.
const PLAIN_VALUE = z.union([z.string().max(500), z.number()]);
const INNER_WORDS = z.object({ key: z.string().max(100), values: z.record(z.string(), PLAIN_VALUE).optional() }).strict();
const WORDS = z.object({ key: z.string().max(100), values: z.record(z.string(), z.union([PLAIN_VALUE, INNER_WORDS])).optional() }).strict();
const CHECK = z.object({
  state: z.enum(['working', 'rejected', 'unchecked']),
  at: z.string().max(40).optional(),
  message: z.string().max(500).optional(),
  words: WORDS.optional().catch(undefined),
}).strict();
/** "heygen:0a1b2c3d" for a key; "heygen" alone for the verdict of a version without named keys (adoptLegacy). */
const SLOT = new RegExp(`^(${PROVIDER_IDS.join('|')})(:[0-9a-f]{8})?$`);
type Checks = Readonly<Record<string, KeyCheck>>;
// One bad entry forgets only itself.
const STORED = z.record(z.string(), z.unknown()).transform((all): Checks => {
  const kept: Record<string, KeyCheck> = {};
  for (const [slot, value] of Object.entries(all)) {
    const check = CHECK.safeParse(value);
    if (SLOT.test(slot) && check.success) kept[slot] = check.data as KeyCheck;
  }
  return kept;
});

const slotOf = (provider: ProviderId, keyId: string): string => `${provider}:${keyId}`;

/** Whether the provider answered that the key is wrong (not merely that it could not be asked). */
export function keyWasRejected(result: KeyTestResult): boolean {
  return !result.ok && (result.code === 'KEY_REJECTED' || result.code === 'FORBIDDEN');
}

/** What a check's answer says about the key: a rejection is a verdict, a network failure is not. */
export function checkFromTest(result: KeyTestResult, at: Date): KeyCheck {
  const when = at.toISOString();
  const said = { message: result.message, ...(result.words !== undefined && { words: result.words }) };
  if (result.ok) return { state: 'working', at: when, ...said };
  if (keyWasRejected(result)) return { state: 'rejected', at: when, ...said };
  return { state: 'unchecked', at: when, ...said };
}

export class KeyCheckStore {
  readonly #path: string;
  #checks: Checks;
  #writing: Promise<void> = Promise.resolve();

  private constructor(path: string, checks: Checks) {
    this.#path = path;
    this.#checks = checks;
  }

  static async open(dataDir: string): Promise<KeyCheckStore> {
    const path = join(dataDir, 'key-checks.json');
    return new KeyCheckStore(path, (await readJsonFile(path, STORED)) ?? {});
  }

  get(provider: ProviderId, keyId: string): KeyCheck {
    return this.#checks[slotOf(provider, keyId)] ?? UNCHECKED;
  }

  /**
   * Remembers a verdict on the key with this id; false when it changes nothing. A check that
   * could not reach the provider leaves an earlier verdict on the same key standing, with its sentence.
   */
  async record(provider: ProviderId, keyId: string, check: KeyCheck): Promise<boolean> {
    const before = this.get(provider, keyId);
    const next = check.state === 'unchecked' && before.state !== 'unchecked' ? { ...before, ...(check.message !== undefined && { message: check.message }), ...(check.words !== undefined && { words: check.words }) } : check;
    if (before.state === next.state && before.message === next.message) return false;
    await this.#save({ ...this.#checks, [slotOf(provider, keyId)]: next });
    return true;
  }

  /** The key was removed (or replaced): nothing is known about it any more. */
  async forget(provider: ProviderId, keyId: string): Promise<void> {
    const slot = slotOf(provider, keyId);
    if (this.#checks[slot] === undefined) return;
    const { [slot]: _gone, ...rest } = this.#checks;
    await this.#save(rest);
  }

  /**
   * A verdict written before keys had names was about the provider's one key, which became its
   * "Default": it moves to that key, once, unless the key has a verdict of its own already.
   */
  async adoptLegacy(provider: ProviderId, keyId: string): Promise<void> {
    const legacy = this.#checks[provider];
    if (legacy === undefined) return;
    const { [provider]: _moved, ...rest } = this.#checks;
    const slot = slotOf(provider, keyId);
    await this.#save(rest[slot] === undefined ? { ...rest, [slot]: legacy } : rest);
  }

  /** Forgets every verdict (keys were put back from outside, e.g. a test's reset). */
  async clear(): Promise<void> {
    await this.#save({});
  }

  /** Resolves once every verdict asked for so far is on disk (or failed to be): the quit waits for it. */
  settled(): Promise<void> {
    return this.#writing;
  }

  async #save(checks: Checks): Promise<void> {
    this.#checks = checks;
    // Chained, so an older verdict never lands after a newer one.
    const write = this.#writing.then(() => writeJsonFile(this.#path, checks));
    this.#writing = write.catch(() => undefined);
    await write;
  }
}
