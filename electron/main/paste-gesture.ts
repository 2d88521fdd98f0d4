// Whether the person has just pressed the paste keys in the window. Main sees real key presses
// before the page does (webContents `before-input-event`, docs/api/web-contents.md) and a page
// cannot make one up, so a call to upload what is on the clipboard is honoured only right after
// the person pressed Ctrl+V (Cmd+V on macOS, or Shift+Insert): a compromised page could
// otherwise upload a screenshot the person copied for something else.

/** The fields of Electron's `Input` that tell a key press. */
export interface KeyInput {
  readonly type: string;
  readonly key: string;
  readonly control: boolean;
  readonly meta: boolean;
  readonly shift: boolean;
  readonly alt: boolean;
}

// The window calls main within milliseconds of the key press; two seconds covers a busy machine.
export const PASTE_WINDOW_MS = 2000;

export function isPasteKeys(input: KeyInput, platform: NodeJS.Platform): boolean {
  if (input.type !== 'keyDown' || input.alt) return false;
  const key = input.key.toLowerCase();
  if (key === 'insert' && input.shift && !input.control && !input.meta) return true;
  const command = platform === 'darwin' ? input.meta && !input.control : input.control && !input.meta;
  // Ctrl+Shift+V (paste as plain text) pastes too.
  return key === 'v' && command;
}

export class PasteGesture {
  #at = Number.NEGATIVE_INFINITY;
  readonly #now: () => number;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  /** For `before-input-event`: notes a press of the paste keys. */
  saw(input: KeyInput, platform: NodeJS.Platform): void {
    if (isPasteKeys(input, platform)) this.#at = this.#now();
  }

  /** True once per press, within PASTE_WINDOW_MS of it. */
  take(): boolean {
    const fresh = this.#now() - this.#at <= PASTE_WINDOW_MS;
    this.#at = Number.NEGATIVE_INFINITY;
    return fresh;
  }
}
