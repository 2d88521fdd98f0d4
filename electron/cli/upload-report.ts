// What the CLI prints about each file's outcome: one JSON object per line with --json
// (for scripts: nothing else goes to stdout), or a short line for a person.

import { englishT } from '../../shared/i18n/english.ts';
import type { ErrorCode, UploadErrorInfo } from '../../shared/error-codes.ts';
import { PROVIDERS, type ProviderId } from '../../shared/providers.ts';
import { hasResult, isBlocked, type QueueItem } from '../../shared/queue-types.ts';
import { forTerminal } from './terminal-text.ts';
import { keyVariableSentence, nextStep, type NextStep } from '../../shared/next-call.ts';
import { conversionSentence, type Conversion } from '../../shared/conversions.ts';
import { providerRefusal } from '../../shared/provider-rules.ts';
import { mediaFormat, mediaKindOfName } from '../../shared/media-formats.ts';
import { DEFAULT_KEY_NAME, ENVIRONMENT_KEY_NAME, usedKeyOf, type UsedKey } from '../../shared/key-names.ts';
import { englishWords, type CliWords } from './cli-language.ts';

export interface FileOutcome {
  readonly file: string;
  readonly provider: ProviderId;
  readonly ok: boolean;
  readonly url?: string;
  readonly assetId?: string;
  readonly bytes?: number;
  /** Which key made the upload (or failed to): its name and id, never the key. */
  readonly key?: UsedKey;
  /** A copy without the file's location data was sent. */
  readonly locationRemoved?: true;
  /** With --convert: a converted copy was sent. */
  readonly converted?: Conversion;
  /** With --reuse: when the earlier upload whose link this reuses was made (ISO date); nothing was sent. */
  readonly reused?: string;
  /** With --next: the provider's usual next request for this upload. */
  readonly next?: NextStep;
  /** Where the provider says whether an upload can be used yet: false while it still processes it. */
  readonly ready?: boolean;
  readonly error?: { readonly code: ErrorCode; readonly message: string; readonly status?: number };
}

/**
 * A finished item's outcome, or a refused one's (the provider's verdict stops it before it starts).
 * With `next` (--next), a finished one carries its next request, for the region it went to.
 */
export function outcomeOfItem(item: QueueItem, next?: { readonly region: string | undefined }): FileOutcome {
  const used = usedKeyOf(item.key);
  const key = used === undefined ? {} : { key: used };
  if (hasResult(item)) {
    // The kind of what was sent: a converted copy's, else the file's own by its bytes.
    const kind = mediaFormat(item.result.converted?.to ?? item.formatId)?.kind;
    const step = next === undefined ? undefined : nextStep(englishT(), PROVIDERS[item.provider], item.result, next.region, kind, used?.name);
    // The terminal's own reuse (--reuse, reuse-earlier.ts) says when the earlier upload was; the window's flag is not that.
    const { reused: _window, ...result } = item.result;
    return { file: item.path, provider: item.provider, ok: true, ...result, bytes: item.size, ...key, ...(step !== undefined && { next: step }), ...readiness(item) };
  }
  return { file: item.path, provider: item.provider, ok: false, ...key, error: errorOf(item) };
}

/** `ready` where the provider has a status (shared/providers.ts statusCheck); nothing where it has none. */
function readiness(item: QueueItem): { ready?: boolean } {
  if (item.status === 'processing') return { ready: false };
  return PROVIDERS[item.provider].statusCheck === undefined ? {} : { ready: true };
}

function errorOf(item: QueueItem): UploadErrorInfo {
  // The refusal as a terminal says it: a conversion is offered as --convert, not as a button.
  if (isBlocked(item)) {
    if (item.problem.code !== 'UNSUPPORTED_TYPE') return item.problem;
    const facts = { name: item.name, size: item.size, formatId: item.formatId };
    return providerRefusal(PROVIDERS[item.provider], facts, { surface: 'terminal', convert: item.convert === true }) ?? item.problem;
  }
  if (item.status === 'failed') return item.error;
  return { code: 'CANCELLED', message: 'The upload was cancelled.' };
}

/** With --next (`region` not false): the outcome with its next request, for a reused link too. */
export function withNext(outcome: FileOutcome, region: string | undefined | false): FileOutcome {
  if (region === false || !outcome.ok) return outcome;
  const kind = outcome.converted === undefined ? mediaKindOfName(outcome.file) : mediaFormat(outcome.converted.to)?.kind;
  const step = nextStep(englishT(), PROVIDERS[outcome.provider], outcome, region, kind, outcome.key?.name);
  return step === undefined ? outcome : { ...outcome, next: step };
}

export function jsonLine(outcome: FileOutcome): string {
  const body = outcome.ok
    ? { file: outcome.file, provider: outcome.provider, ok: true, url: outcome.url ?? null, assetId: outcome.assetId ?? null, bytes: outcome.bytes ?? null, ...(outcome.key !== undefined && { key: outcome.key }), ...(outcome.locationRemoved === true && { locationRemoved: true }), ...(outcome.converted !== undefined && { converted: { ...outcome.converted, summary: conversionSentence(englishT(), outcome.converted) } }), ...(outcome.reused !== undefined && { reused: true }), ...(outcome.ready !== undefined && { ready: outcome.ready }), ...(outcome.next !== undefined && { next: { curl: outcome.next.curl, body: JSON.parse(outcome.next.body) as unknown, ...(outcome.next.keyName !== undefined && { keyName: outcome.next.keyName }) } }) }
    : { file: outcome.file, provider: outcome.provider, ok: false, ...(outcome.key !== undefined && { key: outcome.key }), error: { code: outcome.error?.code, message: outcome.error?.message, status: outcome.error?.status ?? null } };
  return `${JSON.stringify(body)}\n`;
}

/** For a person: everything from outside (names, messages, links) escaped for the terminal. */
export function humanLine(outcome: FileOutcome, color: boolean, words: CliWords = englishWords()): string {
  const { t } = words;
  const paint = (code: string, text: string): string => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const provider = PROVIDERS[outcome.provider];
  if (!outcome.ok) {
    const code = outcome.error?.code;
    // The sentences speak of the app's Settings; on a terminal, say how to give the key here.
    const hint = code === 'KEY_MISSING' || code === 'KEY_REJECTED'
      ? `\n  ${t('report.keyHint', { provider: outcome.provider, variable: provider.keyEnvVar })}`
      : code === 'KEY_REMOVED' ? `\n  ${t('report.removedKeyHint', { provider: outcome.provider })}` : '';
    return `${paint('31', '✗')} ${forTerminal(outcome.file)}\n  ${forTerminal(outcome.error?.message ?? '')}${hint}\n`;
  }
  const what = [outcome.assetId !== undefined ? t('report.asset', { id: outcome.assetId }) : undefined, outcome.url].filter(Boolean).join('  ');
  // Said for a key the person named; their "Default" key, or the variable's own key, goes without saying.
  const keyNote = outcome.next?.keyName === undefined || outcome.next.keyName === DEFAULT_KEY_NAME || outcome.next.keyName === ENVIRONMENT_KEY_NAME ? '' : `  ${forTerminal(keyVariableSentence(t, outcome.next))}\n`;
  const next = outcome.next === undefined ? '' : `  ${t('report.next', { purpose: forTerminal(outcome.next.purpose.toLowerCase()) })}\n${outcome.next.curl.split('\n').map(forTerminal).join('\n')}\n${keyNote}${outcome.next.then === undefined ? '' : `  ${forTerminal(outcome.next.then)}\n`}`;
  // The key is named where the person chose one (a "Default" key, everybody's, goes without saying).
  const withKey = outcome.key === undefined || outcome.key.name === DEFAULT_KEY_NAME ? '' : ` (${t('report.withKey', { name: forTerminal(outcome.key.name) })})`;
  const notes = [
    outcome.ready === false ? t('report.stillProcessing', { provider: provider.name }) : undefined,
    outcome.converted === undefined ? undefined : t('report.converted', { conversion: conversionSentence(t, outcome.converted) }),
    outcome.locationRemoved === true ? t('report.locationRemoved') : undefined,
    outcome.reused === undefined ? undefined : t('report.reused', { day: words.day(outcome.reused) }),
  ].filter((note) => note !== undefined).map((note) => `  ${note}\n`).join('');
  return `${paint('32', '✓')} ${forTerminal(outcome.file)} → ${provider.name}${withKey}\n  ${forTerminal(what)}\n${notes}${next}`;
}
