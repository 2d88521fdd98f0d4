// Whether a provider will take a file, decided before anything is sent. Pure, so the engine
// applies it before an upload and the window can show the same verdict on a queued file.

import { errorSentence, type UploadErrorInfo } from './error-codes.ts';
import { formatBytes } from './format-units.ts';
import { kindsWords, mediaFormat } from './media-formats.ts';
import type { ProviderInfo } from './providers.ts';

export interface FileFacts {
  readonly name: string;
  readonly size: number;
  /** Format id from the file's bytes; undefined when the bytes match no known media format. */
  readonly formatId: string | undefined;
}

/** The reason the provider will refuse this file, or undefined when it will take it. */
export function providerRefusal(provider: ProviderInfo<string>, file: FileFacts): UploadErrorInfo | undefined {
  const context = { provider: provider.name, file: file.name };
  if (file.size === 0) return { code: 'FILE_EMPTY', message: errorSentence('FILE_EMPTY', context) };
  const format = mediaFormat(file.formatId);
  if (format === undefined) {
    // The bytes match no media format at all: naming a provider would only confuse.
    return { code: 'UNSUPPORTED_TYPE', message: `${file.name} does not look like an image, video or audio file. Choose a media file instead.` };
  }
  if (!provider.accepts.includes(format.id)) {
    // Says what the provider does take, so the person knows where else the file can go.
    const takes = kindsWords(provider.accepts);
    const message = `${provider.name} does not accept ${format.label} files. It takes ${takes} files: choose another provider for this one, or convert it.`;
    return { code: 'UNSUPPORTED_TYPE', message };
  }
  if (provider.hardLimitBytes !== undefined && file.size > provider.hardLimitBytes) {
    const extra = `${formatBytes(file.size)}; the limit is ${formatBytes(provider.hardLimitBytes)}`;
    const sentence = errorSentence('TOO_LARGE', { ...context, extra });
    return { code: 'TOO_LARGE', message: provider.hardLimitNote === undefined ? sentence : `${sentence} ${provider.hardLimitNote}` };
  }
  return undefined;
}

/** A caution that does not stop the upload (a recommended or unconfirmed limit). */
export function providerCaution(provider: ProviderInfo<string>, size: number): string | undefined {
  if (provider.softLimitBytes !== undefined && size > provider.softLimitBytes) return provider.softLimitNote;
  return undefined;
}
