// What the window may load: the app's own page and nothing else. The window has no links of its
// own (every link a person opens goes through `shell:open-url`, which opens only links main
// holds), so a navigation or a pop-up is something a compromised page tried: it is stopped and
// nothing is opened instead, not even in the browser. Electron-free, so a test can fire the
// events at it.

/** The event Electron passes to `will-navigate`, `will-redirect` and `will-attach-webview`. */
export interface StoppableEvent {
  preventDefault(): void;
}

/** The parts of Electron's WebContents the rules use. */
export interface GuardedContents {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: StoppableEvent, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: StoppableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export function keepOnAppPage(contents: GuardedContents, appPage: string): void {
  const stayHome = (event: StoppableEvent, url: string): void => {
    if (url !== appPage) event.preventDefault();
  };
  contents.on('will-navigate', stayHome);
  contents.on('will-redirect', stayHome);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
