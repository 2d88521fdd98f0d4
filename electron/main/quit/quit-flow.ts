// Every way of quitting goes through here, once: the menu's Quit and its shortcut (Ctrl+Q /
// Cmd+Q), closing the window where the setting says that quits (window-close.ts), the dock's
// Quit, and the tray's. They all reach Electron's `before-quit`, except closing the window,
// which is turned into app.quit() so that it takes the same road. The flow:
//
//   open ──quit asked──▶ uploads running? ask once ──no──▶ open (nothing happens)
//                                          └─yes / nothing running─▶ finishing
//   finishing: Electron's quit is held (before-quit prevented) while the work that must reach
//              the disk is written (window place, uploads stopped by quitting, the history closed)
//   finishing ──written (or failed, or the deadline passed)──▶ done ──▶ app.quit() again,
//              which now goes through.
//
// The deadline: a data folder on a network drive that stopped answering would otherwise hold the
// quit for ever (an fs call on it never returns). Past the deadline the quit is reported as not
// having saved everything and goes on; writes still under way are left to the operating system.
//
// Electron's rules this relies on (docs/api/app.md): `before-quit` is emitted before windows are
// closed and `event.preventDefault()` there cancels the quit; app.quit() closes every window and
// a window whose `close` is prevented cancels the quit too. Pure, with Electron behind ports, so
// test/main/quit/quit-flow.test.ts drives it with the same event order.

import type { AppCore } from '../app/app-core.ts';
import { quitQuestion } from '../desktop/batch-progress.ts';
import type { PlaceWrites, WindowPlace } from '../window/window-place.ts';

export interface QuitPorts {
  /** What to ask before quitting, or undefined when nothing would be lost. */
  question(): string | undefined;
  /** The native question; true when the person chose to quit anyway. Synchronous, as a modal is. */
  confirm(question: string): boolean;
  /** Writes what must survive the quit. Its failure is reported and the app quits anyway. */
  finish(): Promise<void>;
  /** app.quit(). */
  quit(): void;
  /** Told once when the writes failed or did not end in time; the app quits all the same. */
  report(error: unknown): void;
}

export interface QuitOptions {
  /** How long finish() may take before the app quits without it. */
  readonly deadlineMs?: number;
}

// The writes are a few kilobytes (the window's place, a history line per stopped upload), done in
// milliseconds on a local disk; 10 s lets a sleeping disk spin up or a slow share answer, and is
// still short enough that someone who chose Quit does not conclude the app hung.
export const QUIT_DEADLINE_MS = 10_000;

/** What report() gets when finish() did not end within the deadline. */
export class QuitDeadlineError extends Error {
  constructor(deadlineMs: number) {
    super(`The data folder did not finish writing within ${deadlineMs / 1000} s, so the app quit without waiting: the window's place or the last uploads' records may be missing.`);
    this.name = 'QuitDeadlineError';
  }
}

type State = 'open' | 'finishing' | 'done';

export class QuitFlow {
  #state: State = 'open';
  readonly #ports: QuitPorts;
  readonly #deadlineMs: number;

  constructor(ports: QuitPorts, options: QuitOptions = {}) {
    this.#ports = ports;
    this.#deadlineMs = options.deadlineMs ?? QUIT_DEADLINE_MS;
  }

  get state(): State {
    return this.#state;
  }

  /** For `before-quit`: true when Electron may go on quitting; false means preventDefault(). */
  beforeQuit(): boolean {
    if (this.#state === 'done') return true;
    if (this.#state === 'finishing') return false;
    const question = this.#ports.question();
    if (question !== undefined && !this.#ports.confirm(question)) return false;
    this.#state = 'finishing';
    void this.#finishInTime().finally(() => {
      this.#state = 'done';
      this.#ports.quit();
    });
    return false;
  }

  /** finish() raced against the deadline; reports a failure or the deadline once, never both. */
  async #finishInTime(): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), this.#deadlineMs);
    });
    try {
      // A finish() that fails after the deadline is already settled by the race: not reported.
      const outcome = await Promise.race([this.#ports.finish().then(() => 'written' as const), late]);
      if (outcome === 'late') this.#ports.report(new QuitDeadlineError(this.#deadlineMs));
    } catch (error) {
      this.#ports.report(error);
    } finally {
      // Cleared when the writes end first: a pending timer would keep a Node process (the tests,
      // a headless run) alive for the rest of the deadline.
      clearTimeout(timer);
    }
  }

  /**
   * For the `close` of the window whose closing quits the app: false means preventDefault(),
   * and the quit is asked for instead, outside the close handler (app.quit() closes windows
   * itself, and would re-enter this one).
   */
  windowClose(): boolean {
    if (this.#state === 'done') return true;
    if (this.#state === 'open') setImmediate(() => this.#ports.quit());
    return false;
  }
}

export interface AppQuitDeps {
  readonly core: () => AppCore | undefined;
  /** The open window's place now, or undefined when no window is open. */
  readonly windowPlace: () => WindowPlace | undefined;
  readonly places: Pick<PlaceWrites, 'save' | 'settled'>;
  readonly confirm: QuitPorts['confirm'];
  readonly quit: QuitPorts['quit'];
  readonly report: QuitPorts['report'];
  /** QUIT_DEADLINE_MS unless a test says. */
  readonly deadlineMs?: number;
}

/** The app's quit: asks about running uploads, then holds the quit until its files are written. */
export function createAppQuit(deps: AppQuitDeps): QuitFlow {
  return new QuitFlow({
    question: () => {
      const core = deps.core();
      return core === undefined ? undefined : quitQuestion(core.queue.snapshot().items, core.language.t);
    },
    confirm: deps.confirm,
    async finish() {
      const place = deps.windowPlace();
      if (place !== undefined) deps.places.save(place);
      // The core records the uploads the quit stops and closes the history; both run even if
      // the other fails, and the first failure is reported.
      const results = await Promise.allSettled([deps.places.settled(), deps.core()?.close()]);
      const failed = results.find((result) => result.status === 'rejected');
      if (failed !== undefined) throw failed.reason;
    },
    quit: deps.quit,
    report: deps.report,
  }, deps.deadlineMs === undefined ? {} : { deadlineMs: deps.deadlineMs });
}
