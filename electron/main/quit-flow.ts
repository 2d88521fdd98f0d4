// Every way of quitting goes through here, once: the menu's Quit and its shortcut (Ctrl+Q /
// Cmd+Q), closing the window where the setting says that quits (window-close.ts), the dock's
// Quit, and the tray's. They all reach Electron's `before-quit`, except closing the window,
// which is turned into app.quit() so that it takes the same road. The flow:
//
//   open ──quit asked──▶ uploads running? ask once ──no──▶ open (nothing happens)
//                                          └─yes / nothing running─▶ finishing
//   finishing: Electron's quit is held (before-quit prevented) while the work that must reach
//              the disk is written (window place, uploads stopped by quitting, the history closed)
//   finishing ──written (or failed)──▶ done ──▶ app.quit() again, which now goes through.
//
// Electron's rules this relies on (docs/api/app.md): `before-quit` is emitted before windows are
// closed and `event.preventDefault()` there cancels the quit; app.quit() closes every window and
// a window whose `close` is prevented cancels the quit too. Pure, with Electron behind ports, so
// test/main/quit-flow.test.ts drives it with the same event order.

import type { AppCore } from './app-core.ts';
import { quitQuestion } from './batch-progress.ts';
import type { PlaceWrites, WindowPlace } from './window-place.ts';

export interface QuitPorts {
  /** What to ask before quitting, or undefined when nothing would be lost. */
  question(): string | undefined;
  /** The native question; true when the person chose to quit anyway. Synchronous, as a modal is. */
  confirm(question: string): boolean;
  /** Writes what must survive the quit. Its failure is reported and the app quits anyway. */
  finish(): Promise<void>;
  /** app.quit(). */
  quit(): void;
  report(error: unknown): void;
}

type State = 'open' | 'finishing' | 'done';

export class QuitFlow {
  #state: State = 'open';
  readonly #ports: QuitPorts;

  constructor(ports: QuitPorts) {
    this.#ports = ports;
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
    void this.#ports
      .finish()
      .catch((error: unknown) => this.#ports.report(error))
      .finally(() => {
        this.#state = 'done';
        this.#ports.quit();
      });
    return false;
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
  readonly places: PlaceWrites;
  readonly confirm: QuitPorts['confirm'];
  readonly quit: QuitPorts['quit'];
  readonly report: QuitPorts['report'];
}

/** The app's quit: asks about running uploads, then holds the quit until its files are written. */
export function createAppQuit(deps: AppQuitDeps): QuitFlow {
  return new QuitFlow({
    question: () => {
      const core = deps.core();
      return core === undefined ? undefined : quitQuestion(core.queue.snapshot().items);
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
  });
}
