// The settings' schemas, built from the provider table: what a call may change and what
// settings.json may hold. The window imports only types from here (zod stays out of its bundle).

import { z } from 'zod';
import { PROVIDER_IDS, PROVIDERS, type ProviderId } from './providers.ts';

type RegionChoice = Partial<Record<ProviderId, string>>;

/** Per provider with regions: one of its region ids. `lenient` drops a bad one instead of refusing the whole. */
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

/** What `settings:set` may say about regions. */
export const regionsChange = regionsOf(false);
/** What settings.json may say about regions: an unknown provider or region is forgotten. */
export const storedRegions = regionsOf(true);
