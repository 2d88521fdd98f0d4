// Formats and kinds of file as a person reads them, in the language of `t`: what a provider
// takes, said beside a file it refuses (shared/error-codes.ts UNSUPPORTED_TYPE `format`).

import { formatShortName } from './conversions.ts';
import type { Translate } from './i18n/translator.ts';
import { formatLabel, kindsWords, mediaFormat, type MediaKind } from './media-formats.ts';
import { listWords } from './words.ts';

/**
 * Which formats a provider takes: of the file's own kind where it takes some ("It takes video
 * only as MP4 or WebM"; "It takes images, audio and video" beside a refused MOV read as a
 * contradiction), otherwise the kinds it takes ("It takes only audio and video files").
 */
export function whatItTakes(t: Translate, accepts: readonly string[], kind: MediaKind): string {
  const sameKind = accepts.filter((id) => mediaFormat(id)?.kind === kind);
  if (sameKind.length === 0) return t('errors:takes.kinds', { kinds: kindsWords(t, accepts) });
  const names = [...new Set(sameKind.map(formatShortName))];
  return t('errors:takes.formats', { kind: t(`common:kinds.${kind}`), list: listWords(t, names, 'or') });
}

/** The words of an UNSUPPORTED_TYPE `format` sentence: the format, what the provider takes, and the conversion's target. */
export function unsupportedFormatWords(t: Translate, formatId: string, accepts: readonly string[], target: string | undefined): { format: string; takes: string; target: string } {
  const kind = mediaFormat(formatId)?.kind ?? 'video';
  return { format: formatLabel(t, formatId), takes: whatItTakes(t, accepts, kind), target: target === undefined ? '' : formatLabel(t, target) };
}
