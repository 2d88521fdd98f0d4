// Text from outside (file names, links, provider and keychain messages, history entries) made
// safe to print on a terminal. A terminal obeys control characters wherever they appear: an
// escape sequence in a file name could move the cursor over earlier lines, clear the screen,
// retitle the window or write the clipboard (OSC 52). Each such character is shown as a visible
// escape (`\x1b`) instead, so a person sees that it was there. --json output is left as it is:
// JSON has its own escaping, and scripts want the values themselves.

// C0 controls, DEL, C1 controls (0x9b starts a sequence on some terminals by itself), and the
// bidirectional controls that make text read in another order than it is written.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function forTerminal(text: string): string {
  return text.replace(UNSAFE, (char) => {
    const code = char.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

// East Asian wide and fullwidth characters (Unicode's East_Asian_Width W and F) take two columns
// of a terminal: Japanese and Chinese words, and file names in them, are padded by columns, not
// by characters, so the columns after them still line up.
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u;

/** How many columns `text` takes on a terminal. */
export function columns(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 2 : 1;
  return width;
}

/** `text` padded with spaces to `width` columns. */
export function padColumns(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - columns(text)));
}

/** `text` cut to at most `width` columns, with "…" where it was cut. */
export function fitColumns(text: string, width: number): string {
  if (columns(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const char of text) {
    const w = WIDE.test(char) ? 2 : 1;
    if (used + w > width - 1) break;
    out += char;
    used += w;
  }
  return `${out}…`;
}
