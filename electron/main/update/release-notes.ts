// A release's notes as plain words for the window. electron-updater hands over what the update
// server says (builder-util-runtime's UpdateInfo.releaseNotes): the text of latest.yml's
// `releaseNotes`, which on GitHub releases is the release's body as HTML, or, with
// `fullChangelog`, a list of { version, note }. The window shows text only, never markup: tags
// go, the common entities become their characters, and the length is bounded, since the feed
// is outside the app and a page of notes is not what a "Restart to update" line needs.

/** What electron-updater gives as releaseNotes (a string, or a list of notes per version). */
export type ReleaseNotes = string | readonly { readonly version: string; readonly note: string | null }[] | null | undefined;

// Enough for the headline changes of a release; the whole text is on the release's page.
export const NOTES_MAX_CHARS = 1_200;
// Markup is read no further than this: a hostile or broken feed cannot make the app chew on
// megabytes of HTML to show a few lines.
const INPUT_MAX_CHARS = 64 * 1024;

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', hellip: '…', mdash: '—', ndash: '–', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“' };

/** The notes as plain text of at most NOTES_MAX_CHARS characters, or undefined when they say nothing. */
export function plainReleaseNotes(notes: ReleaseNotes): string | undefined {
  if (notes === null || notes === undefined) return undefined;
  const text = typeof notes === 'string'
    ? htmlToText(notes)
    : notes.map(({ version, note }) => {
      const body = note === null ? '' : htmlToText(note);
      return body === '' ? '' : `Version ${version}:\n${body}`;
    }).filter((part) => part !== '').join('\n\n');
  if (text === '') return undefined;
  return text.length <= NOTES_MAX_CHARS ? text : `${text.slice(0, NOTES_MAX_CHARS - 1).trimEnd()}…`;
}

// Elements whose content a browser would not show.
const HIDDEN = new Set(['script', 'style', 'head', 'template']);
// Elements that end a line.
const BLOCKS = new Set(['p', 'div', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'blockquote', 'pre']);

/**
 * Markup to text in one pass, each character looked at a bounded number of times (a regular
 * expression for tags backtracks over a feed of unclosed "<", quadratic in its length).
 */
function htmlToText(html: string): string {
  const input = html.slice(0, INPUT_MAX_CHARS);
  const lower = input.toLowerCase();
  let text = '';
  let at = 0;
  while (at < input.length) {
    const open = input.indexOf('<', at);
    if (open === -1) {
      text += input.slice(at);
      break;
    }
    text += input.slice(at, open);
    if (input.startsWith('<!--', open)) {
      const end = input.indexOf('-->', open + 4);
      at = end === -1 ? input.length : end + 3;
      continue;
    }
    const close = input.indexOf('>', open + 1);
    // A "<" that no ">" closes is text, as a browser shows it.
    if (close === -1) {
      text += input.slice(open);
      break;
    }
    at = close + 1;
    const tag = /^(\/?)\s*([a-z][a-z0-9]*)/.exec(lower.slice(open + 1, Math.min(close, open + 40)));
    if (tag === null) {
      text += input.slice(open, at);
      continue;
    }
    const [, slash, name = ''] = tag;
    if (slash === '' && HIDDEN.has(name)) {
      const end = lower.indexOf(`</${name}`, at);
      const endClose = end === -1 ? -1 : input.indexOf('>', end);
      at = endClose === -1 ? input.length : endClose + 1;
    } else if (slash === '' && name === 'li') {
      text += '\n• ';
    } else if (name === 'br' || (slash === '/' && BLOCKS.has(name))) {
      text += '\n';
    }
  }
  return decodeEntities(text)
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    // One line per block: the notes sit in a small box, where blank lines only take room.
    .replace(/\n{2,}/g, '\n')
    .trim();
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      // Control characters and what is not a character at all stay out of the window's text.
      if (code < 0x20 && code !== 0x0a && code !== 0x09) return '';
      return code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? '' : String.fromCodePoint(code);
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}
