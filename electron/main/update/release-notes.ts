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

function htmlToText(html: string): string {
  return decodeEntities(
    html.slice(0, INPUT_MAX_CHARS)
      // What a browser would not show at all.
      .replace(/<(script|style|head|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
      .replace(/<!--[\s\S]*?-->/g, '')
      // Blocks keep their line breaks; list items read as bullets.
      .replace(/<li\b[^>]*>/gi, '\n• ')
      .replace(/<br\s*\/?>|<\/(p|div|li|ul|ol|h[1-6]|tr|blockquote|pre)\s*>/gi, '\n')
      .replace(/<[^>]*>/g, ''),
  )
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
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
