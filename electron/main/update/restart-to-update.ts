// "Restart to update" goes through the app's one quit (quit-flow.ts): it asks first if files are
// uploading, and holds the quit until the uploads it stops are recorded and the queue, history and
// window place are written. Only then, where the quit flow would call app.quit() for the last
// time, is the update installed and the app started again (app-updates.ts: electron-updater's
// quitAndInstall, silent, run after; the AppImage through app.relaunch), instead of a plain quit.
//
// Electron's rule this relies on (shell/browser/browser.cc, Browser::Quit): app.quit() emits
// `before-quit` synchronously, so once it returns the quit flow has asked its question: still
// 'open' means the person chose to keep uploading, and nothing is installed.
//
// A quit the person asked for in any other way (the menu, the tray, closing the window where
// that quits) installs a downloaded update too, silently and without starting the app again
// (electron-updater's autoInstallOnAppQuit, on Electron's `quit` event): by then the quit flow
// has already stopped and recorded every upload, so the install never overlaps one, and the
// stopped uploads come back as interrupted in the new version, as they would in the old.

export type QuitState = 'open' | 'finishing' | 'done';

export interface RestartPorts {
  /** The quit flow's state (QuitFlow.state). */
  quitState(): QuitState;
  /** app.quit(). */
  quit(): void;
  /** electron-updater's quitAndInstall: installs the downloaded version, quits, and starts the new one. */
  installAndRestart(): void;
}

export class RestartToUpdate {
  readonly #ports: RestartPorts;
  #asked = false;

  constructor(ports: RestartPorts) {
    this.#ports = ports;
  }

  /** "Restart to update": starts the app's quit; false when the person chose to keep the app running. */
  request(): boolean {
    this.#asked = true;
    this.#ports.quit();
    if (this.#ports.quitState() === 'open') this.#asked = false;
    return this.#asked;
  }

  /**
   * The quit flow's own app.quit() (its `quit` port): at the end of a quit that "Restart to
   * update" began, the install and restart instead; otherwise app.quit() as before.
   */
  quit(): void {
    if (this.#asked && this.#ports.quitState() === 'done') {
      this.#asked = false;
      this.#ports.installAndRestart();
      return;
    }
    this.#ports.quit();
  }
}
