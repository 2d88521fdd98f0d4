// Turns what a person dropped or named (files and folders) into the files to queue.
// Folders are walked for media files by extension (bytes are checked later, per file);
// a file named directly is always kept, so its problem can be explained rather than hidden.
//
// The walk stays inside the folder that was given: a link inside it (a symbolic link, or a
// junction on Windows, which Node reports as one) is skipped, whether it points out of the
// folder, back into it, or at a file beside it. Following none means no loops and nothing from
// outside, without resolving every target (which could change before the upload anyway); a
// file linked from inside the folder is almost always in it under its own name too. A walk is
// also bounded, so a huge or pathological tree ends with a sentence instead of a stalled app.

import type { Stats } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { MEDIA_EXTENSIONS } from '../../../shared/media-formats.ts';
import type { RefusedPath } from '../../../shared/queue-types.ts';
import { fileSystemError } from './file-inspect.ts';
import { forEachAtOnce } from './at-once.ts';
import { osPath } from './os-path.ts';

export interface ExpandedPaths {
  readonly files: string[];
  readonly refused: RefusedPath[];
}

export interface WalkLimits {
  /** Folders below the given one; real libraries stay under ten, deeper is a trap or a mistake. */
  readonly depth: number;
  /**
   * Entries read below one given folder: as many as the largest list the window may send,
   * about a second of reading, and more files than anyone means to upload at once.
   */
  readonly entries: number;
}

export const WALK_LIMITS: WalkLimits = { depth: 32, entries: 100_000 };

const mediaExtensions = new Set(MEDIA_EXTENSIONS);
// One collator for every comparison: "clip 2" before "clip 10", as file managers sort.
// (localeCompare with options builds a new one per call: 1 s for 10,000 names.) Made when a
// folder is first listed, not when this module loads: making it costs ~8 ms of start-up.
let byName: Intl.Collator | undefined;

function isMediaName(name: string): boolean {
  return !name.startsWith('.') && mediaExtensions.has(extname(name).slice(1).toLowerCase());
}

interface Walk {
  readonly limits: WalkLimits;
  /** Entries still allowed below this folder. */
  left: number;
}

type Stop = 'too deep' | 'too many';

async function walk(folder: string, depth: number, into: string[], state: Walk): Promise<Stop | undefined> {
  if (depth > state.limits.depth) return 'too deep';
  const entries = await readdir(await osPath(folder), { withFileTypes: true });
  state.left -= entries.length;
  if (state.left < 0) return 'too many';
  const collator = (byName ??= new Intl.Collator(undefined, { numeric: true }));
  // Sorted by code units first (cheap), then by the collator: the first order is nearly the
  // collator's, and the engine's merge sort then needs about one comparison per name instead of
  // fourteen (10,000 names: ~5 ms instead of ~30 ms in one turn of main's event loop).
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  entries.sort((a, b) => collator.compare(a.name, b.name));
  for (const entry of entries) {
    // A Dirent describes the entry itself: a link is neither a directory nor a file here.
    const full = join(folder, entry.name);
    if (entry.isDirectory() && !entry.name.startsWith('.')) {
      const stop = await walk(full, depth + 1, into, state);
      if (stop !== undefined) return stop;
    } else if (entry.isFile() && isMediaName(entry.name)) into.push(full);
  }
  return undefined;
}

function stopSentence(stop: Stop, name: string, limits: WalkLimits): string {
  const what = stop === 'too deep'
    ? `The folder “${name}” has folders inside folders more than ${limits.depth} levels deep`
    : `The folder “${name}” holds more than ${limits.entries.toLocaleString('en-US')} files and folders`;
  return `${what}, so nothing from it was added. Add the folders inside it one at a time.`;
}

// Paths looked up at once: one at a time, a drop of 10,000 files waited ~0.35 s on 10,000
// round trips to libuv's pool before its first row could show; this many keep the pool's
// threads busy without holding a descriptor or request per file.
const STATS_AT_ONCE = 32;

/** Each path's stat (or why there is none), in the order given. */
async function statEach(paths: readonly string[]): Promise<(Stats | { readonly error: unknown })[]> {
  const infos: (Stats | { readonly error: unknown })[] = new Array(paths.length);
  await forEachAtOnce(paths.length, STATS_AT_ONCE, async (i) => {
    // A name that is not valid UTF-8 reaches us with U+FFFD in it: osPath finds its real bytes.
    infos[i] = await osPath(paths[i] as string).then((found) => stat(found)).catch((error: unknown) => ({ error }));
  });
  return infos;
}

export async function expandPaths(paths: readonly string[], limits: WalkLimits = WALK_LIMITS): Promise<ExpandedPaths> {
  const files: string[] = [];
  const refused: RefusedPath[] = [];
  const infos = await statEach(paths);
  for (const [index, path] of paths.entries()) {
    const name = basename(path);
    try {
      const info = infos[index] as Stats | { readonly error: unknown };
      if ('error' in info) throw info.error;
      if (!info.isDirectory()) {
        files.push(path);
        continue;
      }
      const found: string[] = [];
      const stop = await walk(path, 0, found, { limits, left: limits.entries });
      if (stop !== undefined) refused.push({ path, name, message: stopSentence(stop, name, limits) });
      else if (found.length === 0) refused.push({ path, name, message: `The folder “${name}” has no image, video or audio files in it.` });
      else files.push(...found);
    } catch (error) {
      const problem = fileSystemError(error, 'the provider', name);
      refused.push({ path, name, code: problem.code, message: problem.message, ...(problem.values !== undefined && { values: problem.values }) });
    }
  }
  return { files, refused };
}
