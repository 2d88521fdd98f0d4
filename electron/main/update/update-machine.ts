// When the app looks for, downloads and offers a new version of itself. Pure: the updater
// (electron-updater behind updater-port.ts), the clock, the setting and the queue come in as
// ports, so test/main/update/ drives every path without Electron or a network.
//
//   idle ──start delay, then every CHECK_EVERY_MS (if the setting is on), or "Check for updates"──▶ checking
//   checking ──nothing newer──▶ current        ──failed──▶ failed (one quiet line; the next check tries again)
//   checking ──newer, and this copy can install──▶ downloading ──verified──▶ downloaded
//   checking ──newer, but this copy cannot install (package manager, ad-hoc Mac)──▶ available
//   downloaded: offered ("Version X is ready — Restart to update") once no upload is running; an
//   update found while files upload waits for the queue to settle (uploadsSettled) before it is
//   offered. Once downloaded, nothing more is checked until the app restarts.
//
// Nothing here ever raises a notice or a notification: a failure is the line in Settings only.

import type { UpdateView } from '../../../shared/update-types.ts';
import type { UpdateKind } from './install-kind.ts';
import type { Translate } from '../../../shared/i18n/translator.ts';
import { updateProblem, updateView, type FoundVersion, type UpdatePhase } from './update-words.ts';

/** What the machine needs of electron-updater (updater-port.ts adapts the real one). */
export interface UpdaterPort {
  /** This copy's version. */
  readonly current: string;
  /** The newest version when it is newer than this copy; undefined when it is not (older or equal: never a downgrade). */
  check(): Promise<FoundVersion | undefined>;
  /** Downloads the version check() found, verifies its SHA-512 (and on Windows its publisher) and stages it; rejects if any of that fails. */
  download(progress: (percent: number) => void): Promise<void>;
  /** Listens for a failure reported after a download resolved (macOS: Squirrel.Mac refusing the new app's signature). */
  onLateFailure(listener: (error: unknown) => void): void;
}

/** setTimeout and clearTimeout, or a test's hand-turned clock. */
export interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface UpdateMachineDeps {
  readonly kind: UpdateKind;
  /** Present unless the kind is 'nothing'. */
  readonly updater: UpdaterPort | undefined;
  /** The setting "Check for updates automatically". */
  automatic(): boolean;
  /** Whether any file is uploading or waiting to (what a quit would stop). */
  uploadsRunning(): boolean;
  readonly timers: Timers;
  /** Told every time the view changes. */
  changed(view: UpdateView): void;
  /** Main's translator now (settings/main-language.ts): the view's line; English without it. */
  readonly t?: () => Translate;
}

// Long enough that the window, the queue's restore and the first uploads have the start to
// themselves; short enough that a fix reaches someone who opens the app for one upload.
export const START_DELAY_MS = 60_000;
// Four hours: a fix reaches an app left running in the tray the same working day, at six small
// requests a day per copy.
export const CHECK_EVERY_MS = 4 * 60 * 60 * 1000;

export class UpdateMachine {
  readonly #deps: UpdateMachineDeps;
  #phase: UpdatePhase = { name: 'idle' };
  #timer: unknown;
  #stopped = false;

  constructor(deps: UpdateMachineDeps) {
    if (deps.kind.can !== 'nothing' && deps.updater === undefined) throw new Error('An update machine that checks needs an updater.');
    this.#deps = deps;
    deps.updater?.onLateFailure((error) => {
      const phase = this.#phase;
      if (phase.name !== 'downloaded') return;
      this.#set({ name: 'failed', problem: updateProblem(error), version: phase.found.version });
      this.#schedule(CHECK_EVERY_MS);
    });
  }

  view(): UpdateView {
    return updateView({ kind: this.#deps.kind, phase: this.#phase, automatic: this.#deps.automatic(), current: this.#deps.updater?.current ?? '' }, this.#deps.t?.());
  }

  /** The app has started: the first automatic check comes after START_DELAY_MS. */
  start(): void {
    this.#schedule(START_DELAY_MS);
  }

  /** The setting may have changed: checks are scheduled or cancelled to match, and the line says so. */
  settingChanged(): void {
    if (!this.#deps.automatic()) this.#cancel();
    else if (this.#timer === undefined) this.#schedule(START_DELAY_MS);
    this.#emit();
  }

  /** "Check for updates": resolves with the view once the server has answered (a download goes on behind). */
  async checkNow(): Promise<UpdateView> {
    if (this.#mayCheck()) await this.#check();
    return this.view();
  }

  /** The queue settled (no file uploading or waiting): a downloaded version is offered now. */
  uploadsSettled(): void {
    const phase = this.#phase;
    if (phase.name === 'downloaded' && !phase.offered && !this.#deps.uploadsRunning()) this.#set({ ...phase, offered: true });
  }

  /** The version offered for "Restart to update", if one is. */
  get offered(): string | undefined {
    const phase = this.#phase;
    return phase.name === 'downloaded' && phase.offered ? phase.found.version : undefined;
  }

  /** The app is quitting: no more checks, and late answers change nothing. */
  stop(): void {
    this.#stopped = true;
    this.#cancel();
  }

  #mayCheck(): boolean {
    const name = this.#phase.name;
    return !this.#stopped && this.#deps.kind.can !== 'nothing' && name !== 'checking' && name !== 'downloading' && name !== 'downloaded';
  }

  async #check(): Promise<void> {
    const updater = this.#deps.updater;
    if (updater === undefined) return;
    this.#cancel();
    this.#set({ name: 'checking' });
    let found: FoundVersion | undefined;
    try {
      found = await updater.check();
    } catch (error) {
      this.#set({ name: 'failed', problem: updateProblem(error) });
      this.#schedule(CHECK_EVERY_MS);
      return;
    }
    // The app began quitting while the server answered: nothing is downloaded any more.
    if (this.#stopped) return;
    if (found === undefined) {
      this.#set({ name: 'current' });
      this.#schedule(CHECK_EVERY_MS);
    } else if (this.#deps.kind.can === 'tell') {
      this.#set({ name: 'available', found });
      this.#schedule(CHECK_EVERY_MS);
    } else {
      void this.#download(updater, found);
    }
  }

  async #download(updater: UpdaterPort, found: FoundVersion): Promise<void> {
    this.#set({ name: 'downloading', found, percent: 0 });
    try {
      await updater.download((percent) => {
        const phase = this.#phase;
        // electron-updater reports about once a second; the line changes only by whole percents.
        if (phase.name === 'downloading' && Math.floor(percent) !== Math.floor(phase.percent)) this.#set({ ...phase, percent: Math.min(100, Math.max(0, percent)) });
      });
    } catch (error) {
      this.#set({ name: 'failed', problem: updateProblem(error), version: found.version });
      this.#schedule(CHECK_EVERY_MS);
      return;
    }
    this.#set({ name: 'downloaded', found, offered: !this.#deps.uploadsRunning() });
  }

  #schedule(ms: number): void {
    if (this.#stopped || this.#timer !== undefined || this.#deps.kind.can === 'nothing' || !this.#deps.automatic()) return;
    this.#timer = this.#deps.timers.set(() => {
      this.#timer = undefined;
      if (this.#deps.automatic() && this.#mayCheck()) void this.#check();
    }, ms);
  }

  #cancel(): void {
    if (this.#timer === undefined) return;
    this.#deps.timers.clear(this.#timer);
    this.#timer = undefined;
  }

  #set(phase: UpdatePhase): void {
    if (this.#stopped) return;
    this.#phase = phase;
    this.#emit();
  }

  #emit(): void {
    if (!this.#stopped) this.#deps.changed(this.view());
  }
}
