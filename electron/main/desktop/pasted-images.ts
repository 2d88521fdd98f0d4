// An image pasted into the window (a screenshot, an image copied in a browser) has no file:
// main reads it from the clipboard itself (the window never hands over bytes) and saves it as
// a PNG in the data folder's "pasted" folder, named with the date and time, so the queue can
// upload it like any file. The file is deleted once it is uploaded, or when its item leaves the
// list (removed, cleared); a start deletes any the list no longer names (after a crash).

import { mkdir, readdir, unlink, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import type { QueueItem, QueuePatch } from '../../../shared/queue-types.ts';

export const PASTED_FOLDER = 'pasted';

/** "Pasted image 2026-11-22 at 10.31.05.png": sorts by time, and has no ":" (Windows refuses it in names). */
export function pastedImageName(at: Date, attempt = 0): string {
  const two = (n: number): string => String(n).padStart(2, '0');
  const day = `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}`;
  const time = `${two(at.getHours())}.${two(at.getMinutes())}.${two(at.getSeconds())}`;
  return `Pasted image ${day} at ${time}${attempt === 0 ? '' : ` (${attempt + 1})`}.png`;
}

export class PastedImages {
  readonly folder: string;
  /** Items of the list whose file is a pasted image: deleted with them. */
  readonly #owned = new Map<string, string>();

  constructor(dataDir: string) {
    this.folder = join(dataDir, PASTED_FOLDER);
  }

  /** Saves `png` under a new name; a second paste within the same second gets " (2)". */
  async save(png: Buffer, at: Date): Promise<string> {
    await mkdir(this.folder, { recursive: true, mode: 0o700 });
    for (let attempt = 0; ; attempt += 1) {
      const path = join(this.folder, pastedImageName(at, attempt));
      try {
        await writeFile(path, png, { flag: 'wx', mode: 0o600 });
        return path;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 1000) throw error;
      }
    }
  }

  isPasted(path: string): boolean {
    return path.startsWith(`${this.folder}${sep}`);
  }

  /** Follows the list: a pasted image's file goes once its upload is done or its item leaves. */
  follow(patch: QueuePatch): void {
    for (const id of patch.removed) this.#release(id);
    for (const item of patch.items) {
      if (!this.isPasted(item.path)) continue;
      if (item.status === 'done') this.#release(item.id, item.path);
      else this.#owned.set(item.id, item.path);
    }
  }

  /** At start: deletes pasted images that no item of the restored list names. */
  async sweep(items: readonly QueueItem[]): Promise<void> {
    const named = new Set(items.filter((item) => item.status !== 'done').map((item) => item.path));
    for (const item of items) if (named.has(item.path)) this.#owned.set(item.id, item.path);
    const names = await readdir(this.folder).catch(() => [] as string[]);
    await Promise.all(names.map((name) => join(this.folder, name)).filter((path) => !named.has(path)).map((path) => unlink(path).catch(() => undefined)));
  }

  #release(id: string, path = this.#owned.get(id)): void {
    this.#owned.delete(id);
    // An image pasted for several providers is deleted once none of its uploads needs it any more.
    if (path !== undefined && ![...this.#owned.values()].includes(path)) void unlink(path).catch(() => undefined);
  }
}
