// Inspects many files at once for a large drop: a fixed number of workers each take the next
// file as soon as they finish one, so one slow file never holds the others back. Results keep
// the order the files were given in.

import { basename } from 'node:path';
import type { RefusedPath } from '../../../shared/queue-types.ts';
import { inspectFile, type InspectedFile } from './file-inspect.ts';
import { UploadError } from '../errors/upload-error.ts';

// Sniffing reads a few KB per file; 16 at once keeps a 10,000-file drop quick without
// exhausting file descriptors.
const WORKERS = 16;

/** Inspected files in the given order; those that cannot be read are added to `refused`. */
export async function inspectAll(paths: readonly string[], provider: string, refused: RefusedPath[]): Promise<InspectedFile[]> {
  const results: (InspectedFile | RefusedPath)[] = new Array(paths.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < paths.length; i = next++) {
      const path = paths[i] as string;
      try {
        results[i] = await inspectFile(path, provider);
      } catch (caught) {
        const error = caught instanceof UploadError ? caught : UploadError.of('FILE_UNREADABLE', provider, { file: basename(path) });
        results[i] = { path, name: basename(path), code: error.code, message: error.message };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(WORKERS, paths.length) }, worker));
  const inspected: InspectedFile[] = [];
  for (const result of results) {
    if ('mtimeMs' in result) inspected.push(result);
    else refused.push(result);
  }
  return inspected;
}
