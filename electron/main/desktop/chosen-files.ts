// The files and folders the person dropped on the window, known to main by opaque ids. The
// preload (which alone can read a dropped File's path) registers the paths here and the window
// gets ids back; `queue:add` names ids, never paths, so a compromised page can add only what the
// person dropped. An id is random (122 bits, nothing to guess), good for one `queue:add`, and
// gone after a minute.

import { randomUUID } from 'node:crypto';
import { userFacing } from '../../../shared/i18n/error-words.ts';

// The window adds a drop the moment it is registered; a minute covers a slow, busy machine.
export const CHOSEN_FILE_TTL_MS = 60_000;
// One drop holds at most this many paths (the contract's limit); a few drops' worth is plenty.
const MOST_HELD = 300_000;

/**
 * The one answer for any id main does not hold (never handed out, used already, expired, or a
 * path put where an id goes): it says nothing about any file, so it cannot tell a page which
 * paths exist.
 */
export const REFUSED_UNCHOSEN = 'These files were not added, because the app did not see you choose them. Drop them on the window again, or use Add files….';

interface Held {
  readonly path: string;
  readonly until: number;
}

export class ChosenFiles {
  readonly #held = new Map<string, Held>();
  readonly #now: () => number;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  /** One new id per path, in order. */
  hand(paths: readonly string[]): string[] {
    this.#forgetExpired();
    const until = this.#now() + CHOSEN_FILE_TTL_MS;
    const ids = paths.map((path) => {
      const id = randomUUID();
      this.#held.set(id, { path, until });
      return id;
    });
    // The oldest go first (a Map keeps insertion order), so a flood cannot grow memory.
    for (const id of this.#held.keys()) {
      if (this.#held.size <= MOST_HELD) break;
      this.#held.delete(id);
    }
    return ids;
  }

  /**
   * The paths behind `ids`, each id used up. If any id is unknown the whole call is refused
   * (and the known ones are used up all the same: an id never works twice).
   */
  take(ids: readonly string[]): string[] {
    const now = this.#now();
    const paths: string[] = [];
    let refused = false;
    for (const id of ids) {
      const held = this.#held.get(id);
      this.#held.delete(id);
      if (held === undefined || held.until < now) refused = true;
      else paths.push(held.path);
    }
    if (refused) throw userFacing('CALL_REFUSED', { key: 'errors:calls.refusedUnchosen' });
    return paths;
  }

  #forgetExpired(): void {
    const now = this.#now();
    for (const [id, held] of this.#held) {
      // Insertion order is expiry order: the first one still good ends the sweep.
      if (held.until >= now) break;
      this.#held.delete(id);
    }
  }
}
