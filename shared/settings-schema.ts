// The settings, defined once: each field's schema with its limits (from settings-limits.ts),
// from which come the Settings type, what a `settings:set` call may say (ipc-contract.ts) and
// what settings.json may hold (electron/main/settings/settings-store.ts). Regions come from the provider
// table. The window imports only types from here, so zod stays out of its bundle.

import { z } from 'zod';
import { PROVIDER_IDS, PROVIDERS, type ProviderId } from './providers.ts';
import { isProxyHost } from './proxy-address.ts';
import { LANGUAGES, PSEUDO_LANGUAGE } from './i18n/languages.ts';
import { CONCURRENCY } from './settings-limits.ts';

type RegionChoice = Readonly<Partial<Record<ProviderId, string>>>;

/** Per provider with regions: one of its region ids. `lenient` forgets a bad one instead of refusing the whole. */
function regionsOf(lenient: boolean): z.ZodType<RegionChoice> {
  const shape: Record<string, z.ZodType<string | undefined>> = {};
  for (const id of PROVIDER_IDS) {
    const choices = PROVIDERS[id].regions?.choices.map((r) => r.id);
    if (choices === undefined) continue;
    const one = z.enum(choices as [string, ...string[]]).optional();
    shape[id] = lenient ? one.catch(undefined) : one;
  }
  const object = z.object(shape);
  return (lenient ? object : object.strict()) as unknown as z.ZodType<RegionChoice>;
}

/** Every setting with its rule. */
export const SETTINGS_FIELDS = {
  /** Where new files go. */
  defaultProvider: z.enum(PROVIDER_IDS),
  /** Where new files go as well, after the default provider, which stays their primary (shared/provider-groups.ts); absent or empty: nowhere else. */
  alsoSendTo: z.array(z.enum(PROVIDER_IDS)).max(PROVIDER_IDS.length).optional(),
  /** For each provider with regions (shared/providers.ts), the chosen one's id; absent: its default. */
  regions: regionsOf(false),
  /** Uploads running at once across the whole queue. */
  concurrency: z.number().int().min(CONCURRENCY.min).max(CONCURRENCY.max),
  /** Closing the window: the app keeps running (and uploading) in the tray, or quits (asking first if files upload). */
  whenWindowCloses: z.enum(['tray', 'quit']),
  /** Start when the person logs in, in the tray (electron/main/desktop/login-item.ts). */
  openAtLogin: z.boolean(),
  /** Files start uploading as soon as they are added (electron/main/desktop/add-chosen.ts). */
  uploadWhenAdded: z.boolean(),
  /** When a single upload finishes on its own, its link (or asset ID) is copied (the window does it). */
  copyLinkWhenDone: z.boolean(),
  /** Send photos and videos with their location data; off, a copy without it is sent (electron/core/location/). */
  keepLocation: z.boolean(),
  /**
   * The language of the window, the desktop's menus and dialogs (shared/i18n/): `system` follows
   * the computer's preferred languages (Electron's app.getPreferredSystemLanguages()); a language
   * chosen in Settings takes effect at once. The pseudo-language is for checking layouts.
   */
  language: z.enum(['system', ...LANGUAGES, PSEUDO_LANGUAGE]),
  /** Look for a new version of the app at start and every few hours (electron/main/update/). */
  checkForUpdates: z.boolean(),
  /**
   * Which proxy every request goes through (electron/main/proxy-setting.ts): the system's, as
   * Chromium resolves it (PAC included); none; or the HTTP proxy typed here (proxy-address.ts).
   * The typed address is kept while another choice is made, so switching back needs no retyping.
   * Never a user name or password: those live in the password store.
   */
  proxy: z.object({
    mode: z.enum(['system', 'none', 'manual']),
    host: z.string().max(255).refine(isProxyHost, 'Not a computer name or address.').optional(),
    port: z.number().int().min(1).max(65_535).optional(),
  }).strict().refine((proxy) => proxy.mode !== 'manual' || (proxy.host !== undefined && proxy.port !== undefined), 'This proxy needs its address and port.'),
};

export type Settings = Readonly<z.output<z.ZodObject<typeof SETTINGS_FIELDS>>>;

/** What `settings:set` may change: any of the fields, nothing else; a field given replaces the whole of it. */
export const SETTINGS_CHANGE = z.object(SETTINGS_FIELDS).partial().strict();

/** What settings.json may say about regions: an unknown provider or region is forgotten, the rest kept. */
export const STORED_REGIONS = regionsOf(true);
