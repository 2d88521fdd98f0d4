// @vitest-environment node
// The window stays on the app's page: a navigation, a redirect, a webview or a pop-up is
// stopped, and nothing is opened in its place (the window has no links of its own; the ones a
// person opens go through shell:open-url). Fired at the rules with a stand-in for WebContents.

import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { keepOnAppPage, type GuardedContents } from '../../../electron/main/window/window-navigation.ts';

const APP_PAGE = 'app://media-uploader/index.html';

function guardedContents() {
  const events = new EventEmitter();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  const contents = {
    on: (event: string, listener: (...args: unknown[]) => void) => events.on(event, listener),
    setWindowOpenHandler: (handler: typeof openHandler) => {
      openHandler = handler;
    },
  } as unknown as GuardedContents;
  keepOnAppPage(contents, APP_PAGE);
  const fire = (event: string, url?: string): boolean => {
    let stopped = false;
    const listened = events.emit(event, { preventDefault: () => void (stopped = true) }, url);
    if (!listened) throw new Error(`Nothing listens to ${event}.`);
    return stopped;
  };
  return { fire, open: (url: string) => openHandler?.({ url }) };
}

describe('the window', () => {
  it.each(['https://example.com/', 'http://example.com/', 'file:///etc/passwd', 'app://media-uploader/other.html', 'javascript:alert(1)'])(
    'does not navigate or redirect to %s',
    (url) => {
      const contents = guardedContents();
      expect(contents.fire('will-navigate', url)).toBe(true);
      expect(contents.fire('will-redirect', url)).toBe(true);
    },
  );

  it('may load its own page again', () => {
    expect(guardedContents().fire('will-navigate', APP_PAGE)).toBe(false);
  });

  it('attaches no webview', () => {
    expect(guardedContents().fire('will-attach-webview')).toBe(true);
  });

  it.each(['https://example.com/', 'mailto:a@example.com'])('opens no pop-up for %s', (url) => {
    expect(guardedContents().open(url)).toEqual({ action: 'deny' });
  });
});
