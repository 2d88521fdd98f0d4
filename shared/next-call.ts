// "Use it next": the provider's usual next request with a finished upload's link or id filled
// in, as a curl command a person can paste into a terminal. The key is always the provider's
// environment variable ($HEYGEN_API_KEY), never the key itself: this function is never given one.
// The shell expands it into curl's standard input, not its arguments (`-H @-`): a program's
// arguments are visible to every user of the computer (ps, /proc/<pid>/cmdline).

import type { Translate } from './i18n/translator.ts';
import type { MediaKind } from './media-formats.ts';
import type { AuthScheme, ProviderInfo, ResultField } from './provider-info.ts';
import { regionOf } from './providers.ts';
import { nextCallWords } from './provider-words.ts';

export interface NextStep {
  /** What the request does: "Transcribe it". */
  readonly purpose: string;
  /** The JSON body, pretty enough to read and edit. */
  readonly body: string;
  /** One command for a POSIX shell (bash, zsh, Git Bash), safe whatever the link holds. */
  readonly curl: string;
  /** The environment variable the command reads the key from. */
  readonly keyEnvVar: string;
  /**
   * Which key the variable must hold: the one that made the upload ("Work"), where that is
   * known. Another key of the service may not reach the upload (AssemblyAI: another project's
   * key is refused).
   */
  readonly keyName?: string;
  readonly then?: string;
}

/** "Set $ASSEMBLYAI_API_KEY to your “Work” key first.": what the variable must hold, for a person. */
export function keyVariableSentence(t: Translate, step: Pick<NextStep, 'keyEnvVar' | 'keyName'>): string {
  return step.keyName === undefined
    ? t('common:nextCall.keyVariable', { variable: step.keyEnvVar })
    : t('common:nextCall.keyVariableNamed', { variable: step.keyEnvVar, key: step.keyName });
}

/**
 * Wraps text in single quotes for a POSIX shell: inside them nothing is special except the
 * quote itself, which is closed, escaped and reopened ('\'').
 */
export function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

// JSON.stringify leaves these as they are; written as \u escapes (which JSON reads back as the
// same characters) the command shows no invisible or reordering characters on a screen or terminal.
const INVISIBLE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function json(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The header line with the key's variable in it, for printf to hand to curl. */
function authHeader(scheme: AuthScheme, envVar: string): string {
  // Double quotes so the shell expands the variable; its name is ours, never from outside.
  switch (scheme) {
    case 'authorization': return `"Authorization: $${envVar}"`;
    case 'bearer': return `"Authorization: Bearer $${envVar}"`;
    case 'x-api-key': return `"X-API-KEY: $${envVar}"`;
  }
}

/**
 * The next request for a finished upload, or undefined when the provider has none in the table
 * for this kind of file (or the kind is unknown), or the upload gave no value of the kind the
 * request needs. `region` is a region id (as in settings), for providers whose key works only in
 * one region. `kind`: of the file that was sent (a converted copy's, where one was sent).
 * `keyName`: the key that made the upload, which the variable must hold (only its name: never the key).
 */
export function nextStep(
  t: Translate,
  provider: ProviderInfo<string>,
  result: { readonly [K in ResultField]?: string } | undefined,
  region: string | undefined,
  kind: MediaKind | undefined,
  keyName?: string,
): NextStep | undefined {
  const next = kind === undefined ? undefined : provider.next?.find((call) => call.kinds.includes(kind));
  const value = next === undefined ? undefined : result?.[next.input];
  if (next === undefined || value === undefined || value === '') return undefined;
  const origin = regionOf(provider, region)?.origin ?? next.origin;
  const fields = { [next.field]: value, ...next.extra };
  const body = json(fields, 2);
  // printf is built into every POSIX shell (bash, zsh, dash, Git Bash), so no program is started
  // with the key among its arguments; '%s' prints the key as it is, whatever characters it has.
  const curl = [
    // A line that ends with a pipe goes on to the next without a backslash, in every POSIX shell.
    `printf '%s\\n' ${authHeader(provider.auth, provider.keyEnvVar)} |`,
    `curl -X ${next.method} ${shellQuote(`${origin}${next.path}`)} \\`,
    '  -H @- \\',
    `  -H 'Content-Type: application/json' \\`,
    `  -d ${shellQuote(json(fields))}`,
  ].join('\n');
  const words = nextCallWords(t, provider, next);
  return { purpose: words.purpose, body, curl, keyEnvVar: provider.keyEnvVar, ...(keyName !== undefined && { keyName }), ...(words.then !== undefined && { then: words.then }) };
}
