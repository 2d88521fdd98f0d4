// Whether a provider will take a file, decided before anything is sent. Pure, so the engine
// applies it before an upload and the window can show the same verdict on a queued file.

import { conversionTarget, formatShortName } from './conversions.ts';
import { errorSentence, type ErrorCode, type MessageContext, type UploadErrorInfo } from './error-codes.ts';
import { englishT } from './i18n/english.ts';
import { KIND_WORDS, kindsWords, mediaFormat, type MediaKind } from './media-formats.ts';
import type { ProviderInfo } from './provider-info.ts';

export interface FileFacts {
  readonly name: string;
  readonly size: number;
  /** Format id from the file's bytes; undefined when the bytes match no known media format. */
  readonly formatId: string | undefined;
}

export interface RefusalOptions {
  /** The person asked for a format the provider does not take to be converted first (shared/conversions.ts). */
  readonly convert?: boolean;
  /** Where the sentence is read: it names the window's button or the CLI's option. */
  readonly surface?: 'window' | 'terminal';
}

/** What a person does to convert a file: the window's button, or the CLI's option. */
const CONVERT_WORDS = {
  window: (target: string) => `press Convert and upload to send it as ${target}`,
  terminal: (target: string) => `add --convert to convert it to ${target} first`,
} as const;

/** The reason the provider will refuse this file, or undefined when it will take it. */
export function providerRefusal(provider: ProviderInfo<string>, file: FileFacts, options: RefusalOptions = {}): UploadErrorInfo | undefined {
  const context = { provider: provider.name, file: file.name };
  if (file.size === 0) return refusal('FILE_EMPTY', context);
  const format = mediaFormat(file.formatId);
  if (format === undefined) {
    // The bytes match no media format at all: naming a provider would only confuse.
    return refusal('UNSUPPORTED_TYPE', { ...context, variant: 'notMedia' });
  }
  const target = mediaFormat(conversionTarget(provider, format.id));
  if (!provider.accepts.includes(format.id) && !(options.convert === true && target !== undefined)) {
    // Says what the provider does take, so the person knows where else the file can go, and
    // the conversion where there is one.
    const convert = target === undefined ? '' : `${CONVERT_WORDS[options.surface ?? 'window'](target.label)}, or `;
    const message = `${provider.name} does not accept ${format.label} files. ${whatItTakes(provider, format.kind)}: ${convert}choose another service for this one.`;
    return { code: 'UNSUPPORTED_TYPE', message };
  }
  if (provider.hardLimitBytes !== undefined && file.size > provider.hardLimitBytes) {
    return refusal('TOO_LARGE', { ...context, providerId: provider.id, size: file.size, limit: provider.hardLimitBytes, note: 'hardLimit' });
  }
  return undefined;
}

/** A refusal in English (for logs and the terminal) with what it was made from, for the reader's language. */
function refusal(code: ErrorCode, values: MessageContext): UploadErrorInfo {
  return { code, message: errorSentence(englishT(), code, values), values };
}

/**
 * Which formats the provider takes: of the file's own kind where it takes some ("It takes video
 * only as MP4 or WebM"; "It takes images, audio and video" beside a refused MOV read as a
 * contradiction), otherwise the kinds it takes ("It takes only audio and video files").
 */
function whatItTakes(provider: ProviderInfo<string>, kind: MediaKind): string {
  const sameKind = provider.accepts.filter((id) => mediaFormat(id)?.kind === kind);
  if (sameKind.length === 0) return `It takes only ${kindsWords(provider.accepts)} files`;
  const names = [...new Set(sameKind.map(formatShortName))];
  const list = names.length === 1 ? names.join('') : `${names.slice(0, -1).join(', ')} or ${names.at(-1) ?? ''}`;
  return `It takes ${KIND_WORDS[kind]} only as ${list}`;
}

/** A caution that does not stop the upload (a recommended or unconfirmed limit). */
export function providerCaution(provider: ProviderInfo<string>, size: number): string | undefined {
  if (provider.softLimitBytes !== undefined && size > provider.softLimitBytes) return provider.softLimitNote;
  return undefined;
}
