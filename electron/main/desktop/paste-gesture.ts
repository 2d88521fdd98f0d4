// Whether the person has just pressed the paste keys in the window. Main sees real key presses
// before the page does (webContents `before-input-event`, docs/api/web-contents.md) and a page
// cannot make one up, so a call to upload what is on the clipboard is honoured only right after
// the person pressed Ctrl+V (Cmd+V on macOS, or Shift+Insert), or chose Edit → Paste in the
// menu (app-menu.ts): a compromised page could otherwise upload a screenshot the person copied
// for something else.

/** The fields of Electron's `Input` that tell a key press (key and code as Chromium made them: shell/common/gin_converters/blink_converter.cc). */
export interface KeyInput {
  readonly type: string;
  /** What the key types on the person's layout (KeyboardEvent.key): 'м' for the V key on a Russian one. */
  readonly key: string;
  /** Where the key is, named by a US keyboard (KeyboardEvent.code): 'KeyV' on every layout. */
  readonly code: string;
  readonly control: boolean;
  readonly meta: boolean;
  readonly shift: boolean;
  readonly alt: boolean;
}

// The window calls main within milliseconds of the key press; two seconds covers a busy machine.
export const PASTE_WINDOW_MS = 2000;

/**
 * The letter a shortcut sees in a key, as Chromium decides it: the Latin letter the key types,
 * else, for a layout that types another script there (Russian м, Greek ω, Hebrew ה, Arabic ر on
 * the V key), the letter at the key's place on a US keyboard. Blink pastes on Ctrl+V by that
 * Windows key code (kKeyboardCodeKeyDownEntries in third_party/blink/renderer/core/editing/
 * editing_behavior.cc), which on Linux is AlphanumericKeyboardCode of the character, falling
 * back to DomCodeToUsLayoutNonLocatedKeyboardCode(dom_code) (ui/events/ozone/layout/xkb/
 * xkb_keyboard_layout_engine.cc, Lookup); Windows gives letter keys of non-Latin layouts Latin
 * virtual-key codes. So Dvorak's v (on the US period key) is V, and its k (on the US V key) is not.
 */
function shortcutLetter(input: KeyInput): string | undefined {
  if (/^[a-z]$/i.test(input.key)) return input.key.toLowerCase();
  return /^Key([A-Z])$/.exec(input.code)?.[1]?.toLowerCase();
}

export function isPasteKeys(input: KeyInput, platform: NodeJS.Platform): boolean {
  if (input.type !== 'keyDown' || input.alt) return false;
  // Insert types no character, so every layout names it 'Insert'; its place counts too, as V's
  // does, for a platform that leaves the key unnamed ('Unidentified').
  const insert = input.key === 'Insert' || input.code === 'Insert';
  if (insert && input.shift && !input.control && !input.meta) return true;
  const command = platform === 'darwin' ? input.meta && !input.control : input.control && !input.meta;
  // Ctrl+Shift+V (paste as plain text) pastes too.
  return command && shortcutLetter(input) === 'v';
}

export class PasteGesture {
  #at = Number.NEGATIVE_INFINITY;
  readonly #now: () => number;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  /** For `before-input-event`: notes a press of the paste keys. */
  saw(input: KeyInput, platform: NodeJS.Platform): void {
    if (isPasteKeys(input, platform)) this.mark();
  }

  /**
   * For Edit → Paste in the app's menu: a click on a native menu item is the person's own, as a
   * key press is (no page can click it), and it pastes without any key (app-menu.ts).
   */
  mark(): void {
    this.#at = this.#now();
  }

  /** True once per press, within PASTE_WINDOW_MS of it. */
  take(): boolean {
    const fresh = this.#now() - this.#at <= PASTE_WINDOW_MS;
    this.#at = Number.NEGATIVE_INFINITY;
    return fresh;
  }
}
