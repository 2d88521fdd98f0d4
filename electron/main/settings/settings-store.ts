// The app's settings (default provider, regions, concurrency; their rules are in
// shared/settings-schema.ts) in settings.json in the data folder. Keys are not settings: they
// live in the secret store.

import { join } from 'node:path';
import { z } from 'zod';
import { SETTINGS_FIELDS, STORED_REGIONS } from '../../../shared/settings-schema.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/settings-types.ts';
import { readJsonFile, writeJsonFile } from './json-file.ts';

// Each field of the one schema is read on its own, so one bad value resets only itself; a
// region no provider offers is forgotten on its own too.
const lenientFields = Object.fromEntries(
  (Object.keys(SETTINGS_FIELDS) as (keyof Settings)[]).map((key) => [key, (SETTINGS_FIELDS[key] as z.ZodType).optional().catch(undefined)]),
);
const stored = z.object({
  ...lenientFields,
  regions: STORED_REGIONS.optional().catch(undefined),
  /** Version 0.1 kept AssemblyAI's region under its own name; read once, written as `regions`. */
  assemblyaiRegion: z.string().optional().catch(undefined),
}).transform(({ assemblyaiRegion, ...rest }) =>
  assemblyaiRegion === undefined || rest.regions !== undefined ? rest : { ...rest, regions: STORED_REGIONS.parse({ assemblyai: assemblyaiRegion }) },
) as unknown as z.ZodType<Partial<Settings>>;

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

  /** Applies a change and resolves once it is on disk. A field given as undefined stays as it is. */
  async update(change: { readonly [K in keyof Settings]?: Settings[K] | undefined }): Promise<Settings> {
    const next: Settings = { ...this.#current, ...stripUndefined(change) };
    this.#current = next;
    // Writes are chained so an older value can never land after a newer one.
    const write = this.#writing.then(() => writeJsonFile(this.#path, next));
    this.#writing = write.catch(() => undefined);
    await write;
    return next;
  }
}

function stripUndefined<T extends object>(value: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}
