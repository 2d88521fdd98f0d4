// What the app last learned about each saved key (working, not accepted, not checked yet), kept
// in key-checks.json in the data folder so Settings says the same after a restart. Never the key
// itself: only the verdict, its date and the check's sentence. A new or removed key forgets it.

import { join } from 'node:path';
import { z } from 'zod';
import { PROVIDER_IDS, type ProviderId } from '../../../shared/providers.ts';
import type { KeyCheck, KeyTestResult } from '../../../shared/settings-types.ts';
import { readJsonFile, writeJsonFile } from './json-file.ts';

const UNCHECKED: KeyCheck = { state: 'unchecked' };

const CHECK = z.object({
  state: z.enum(['working', 'rejected', 'unchecked']),
  at: z.string().max(40).optional(),
  message: z.string().max(500).optional(),
}).strict();
// One bad entry forgets only itself.
const STORED = z.object(Object.fromEntries(PROVIDER_IDS.map((id) => [id, CHECK.optional().catch(undefined)]))) as unknown as z.ZodType<Partial<Record<ProviderId, KeyCheck>>>;

/** Whether the provider answered that the key is wrong (not merely that it could not be asked). */
export function keyWasRejected(result: KeyTestResult): boolean {
  return !result.ok && (result.code === 'KEY_REJECTED' || result.code === 'FORBIDDEN');
}

/** What a check's answer says about the key: a rejection is a verdict, a network failure is not. */
export function checkFromTest(result: KeyTestResult, at: Date): KeyCheck {
  const when = at.toISOString();
  if (result.ok) return { state: 'working', at: when, message: result.message };
  if (keyWasRejected(result)) return { state: 'rejected', at: when, message: result.message };
  return { state: 'unchecked', at: when, message: result.message };
}

export class KeyCheckStore {
  readonly #path: string;
  #checks: Partial<Record<ProviderId, KeyCheck>>;
  #writing: Promise<void> = Promise.resolve();

  private constructor(path: string, checks: Partial<Record<ProviderId, KeyCheck>>) {
    this.#path = path;
    this.#checks = checks;
  }

  static async open(dataDir: string): Promise<KeyCheckStore> {
    const path = join(dataDir, 'key-checks.json');
    return new KeyCheckStore(path, (await readJsonFile(path, STORED)) ?? {});
  }

  get(provider: ProviderId): KeyCheck {
    return this.#checks[provider] ?? UNCHECKED;
  }

  /**
   * Remembers a verdict; false when it changes nothing. A check that could not reach the
   * provider leaves an earlier verdict on the same key standing, with its sentence.
   */
  async record(provider: ProviderId, check: KeyCheck): Promise<boolean> {
    const before = this.get(provider);
    const next = check.state === 'unchecked' && before.state !== 'unchecked' ? { ...before, ...(check.message !== undefined && { message: check.message }) } : check;
    if (before.state === next.state && before.message === next.message) return false;
    await this.#save({ ...this.#checks, [provider]: next });
    return true;
  }

  /** The key was replaced or removed: nothing is known about the new one yet. */
  async forget(provider: ProviderId): Promise<void> {
    if (this.#checks[provider] === undefined) return;
    const { [provider]: _gone, ...rest } = this.#checks;
    await this.#save(rest);
  }

  /** Forgets every verdict (keys were put back from outside, e.g. a test's reset). */
  async clear(): Promise<void> {
    await this.#save({});
  }

  /** Resolves once every verdict asked for so far is on disk (or failed to be): the quit waits for it. */
  settled(): Promise<void> {
    return this.#writing;
  }

  async #save(checks: Partial<Record<ProviderId, KeyCheck>>): Promise<void> {
    this.#checks = checks;
    // Chained, so an older verdict never lands after a newer one.
    const write = this.#writing.then(() => writeJsonFile(this.#path, checks));
    this.#writing = write.catch(() => undefined);
    await write;
  }
}
