// Inspects many files at once for a large drop: a fixed number of workers each take the next
// file as soon as they finish one, so one slow file never holds the others back. Each result is
// handed over as it comes (with its index in the list given), so rows can be filled in while
// the rest are still being looked at.

import { basename } from 'node:path';
import type { RefusedPath } from '../../../shared/queue-types.ts';
import { forEachAtOnce } from './at-once.ts';
import { inspectFile, type InspectedFile } from './file-inspect.ts';
import { UploadError } from '../errors/upload-error.ts';

// Sniffing reads a few KB per file; 16 at once keeps a 10,000-file drop quick without
// exhausting file descriptors.
const WORKERS = 16;

/**
 * Looks at every file; `found` gets each one's facts, or why it cannot be read, in any order.
 * `inspect` is inspectFile, or in the inspect worker its synchronous twin (file-inspect-sync.ts).
 */
export async function inspectEach(
  paths: readonly string[],
  provider: string,
  found: (index: number, result: InspectedFile | RefusedPath) => void,
  inspect: (path: string, provider: string) => Promise<InspectedFile> = inspectFile,
): Promise<void> {
  await forEachAtOnce(paths.length, WORKERS, async (i) => {
    const path = paths[i] as string;
    let result: InspectedFile | RefusedPath;
    try {
      result = await inspect(path, provider);
    } catch (caught) {
      const error = caught instanceof UploadError ? caught : UploadError.of('FILE_UNREADABLE', provider, { file: basename(path) });
      result = { path, name: basename(path), code: error.code, message: error.message, ...(error.values !== undefined && { values: error.values }) };
    }
    found(i, result);
  });
}
