// What main sends the inspect worker (inspect-worker.ts) and what it answers: plain data, copied
// by the structured clone.

import type { RefusedPath } from '../../../shared/queue-types.ts';
import type { InspectedFile } from './file-inspect.ts';

export interface InspectRequest {
  readonly paths: readonly string[];
  /** The provider's name, for the sentences of files that cannot be read. */
  readonly provider: string;
}

/** Some files looked at (each with its index in `paths`), or the end of the list. */
export type InspectAnswer =
  | { readonly kind: 'found'; readonly results: readonly (readonly [number, InspectedFile | RefusedPath])[] }
  | { readonly kind: 'done' };
