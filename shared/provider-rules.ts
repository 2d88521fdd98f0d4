// Whether a provider will take a file, decided before anything is sent. Pure, so the engine
// applies it before an upload and the window can show the same verdict on a queued file.

import { conversionTarget } from './conversions.ts';
import { errorSentence, type ErrorCode, type MessageContext, type UploadErrorInfo } from './error-codes.ts';
import { englishT } from './i18n/english.ts';
import { mediaFormat } from './media-formats.ts';
import type { ProviderInfo } from './provider-info.ts';
import { isProviderId } from './providers.ts';

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
    // the conversion where there is one (the window's button, or the CLI's option).
    return refusal('UNSUPPORTED_TYPE', {
      ...context, providerId: provider.id, variant: 'format', formatId: format.id,
      ...(target !== undefined && { target: target.id, surface: options.surface ?? 'window' }),
      // A provider of the table is known by its id; another (a test's) brings what it takes.
      ...(!isProviderId(provider.id) && { accepts: provider.accepts }),
    });
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

/** A caution that does not stop the upload (a recommended or unconfirmed limit). */
export function providerCaution(provider: ProviderInfo<string>, size: number): string | undefined {
  if (provider.softLimitBytes !== undefined && size > provider.softLimitBytes) return provider.softLimitNote;
  return undefined;
}
