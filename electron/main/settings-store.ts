// The app's settings (default provider, AssemblyAI region, concurrency) in settings.json in the
// data folder. Keys are not settings: they live in the secret store.

import { join } from 'node:path';
import { z } from 'zod';
import { PROVIDER_IDS } from '../../shared/providers.ts';
import { storedRegions } from '../../shared/settings-schema.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/settings-types.ts';
import { readJsonFile, writeJsonFile } from './json-file.ts';

// Each field is read on its own so one bad value resets only itself.
const stored = z.object({
  defaultProvider: z.enum(PROVIDER_IDS).catch(DEFAULT_SETTINGS.defaultProvider),
  regions: storedRegions.catch(DEFAULT_SETTINGS.regions),
  concurrency: z.number().int().min(1).max(8).catch(DEFAULT_SETTINGS.concurrency),
  /** Version 0.1 kept AssemblyAI's region under its own name; read once, written as `regions`. */
  assemblyaiRegion: z.string().optional().catch(undefined),
}).partial().transform(({ assemblyaiRegion, ...rest }) =>
  assemblyaiRegion === undefined || rest.regions !== undefined ? rest : { ...rest, regions: storedRegions.parse({ assemblyai: assemblyaiRegion }) });

export class SettingsStore {
  readonly #path: string;
  #current: Settings;
  #writing: Promise<void> = Promise.resolve();

  private constructor(path: string, current: Settings) {
    this.#path = path;
    this.#current = current;
  }

  static async open(dataDir: string): Promise<SettingsStore> {
    const path = join(dataDir, 'settings.json');
    const saved = await readJsonFile(path, stored);
    return new SettingsStore(path, { ...DEFAULT_SETTINGS, ...stripUndefined(saved ?? {}) });
  }

  get(): Settings {
    return this.#current;
  }

  /** Applies a change and resolves once it is on disk. */
  async update(change: Partial<Settings>): Promise<Settings> {
    // A change names only the regions it changes; the others stay.
    const regions = { ...this.#current.regions, ...change.regions };
    const next: Settings = { ...this.#current, ...stripUndefined(change), regions };
    this.#current = next;
    // Writes are chained so an older value can never land after a newer one.
    const write = this.#writing.then(() => writeJsonFile(this.#path, next));
    this.#writing = write.catch(() => undefined);
    await write;
    return next;
  }
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
