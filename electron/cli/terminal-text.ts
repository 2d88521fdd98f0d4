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
