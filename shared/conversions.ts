// Which format a file is converted to when its provider refuses its own ("Convert and upload",
// the CLI's --convert), and the words for what was done. Pure, so the window can offer the
// conversion on a refused row and the engine (electron/core/convert/) carries it out.

import type { Translate } from './i18n/translator.ts';
import { mediaFormat, type MediaKind } from './media-formats.ts';
import type { ProviderInfo } from './provider-info.ts';

// What each kind becomes, first choice first: MP4 (H.264/AAC) and MP3 play everywhere; PNG
// loses nothing of a GIF, WebP, BMP or TIFF frame. A JPEG that needs converting stays JPEG.
const TARGETS: Readonly<Record<MediaKind, readonly string[]>> = {
  video: ['mp4'],
  audio: ['mp3'],
  image: ['png', 'jpg'],
};

/** The format `formatId` is converted to for `provider`, or undefined where none it takes would do. */
export function conversionTarget(provider: ProviderInfo<string>, formatId: string | undefined): string | undefined {
  const format = mediaFormat(formatId);
  if (format === undefined || provider.accepts.includes(format.id)) return undefined;
  // A JPEG stays JPEG, and a HEIC photo becomes one: a photo as PNG would be several times larger.
  const choices = format.id === 'jpg' || format.id === 'heic' ? ['jpg', ...TARGETS.image] : TARGETS[format.kind];
  return choices.find((id) => provider.accepts.includes(id));
}

/** What a conversion did, kept with the upload's result so the row and the CLI can say it. */
export interface Conversion {
  /** Format ids (shared/media-formats.ts). */
  readonly from: string;
  readonly to: string;
  /** Which streams were decoded and encoded again; 'nothing' for a remux (MOV → MP4). */
  readonly reencoded: 'nothing' | 'video' | 'audio' | 'video and audio';
  /** An animation of which only the first frame could be sent (a GIF to PNG). */
  readonly firstFrameOnly?: true;
}

// The short names people know formats by, where the id is not it.
const SHORT_NAMES: Readonly<Record<string, string>> = { jpg: 'JPEG', tif: 'TIFF', oga: 'OGG', asf: 'WMV', mpg: 'MPEG', webm: 'WebM', webp: 'WebP' };

export function formatShortName(formatId: string): string {
  return SHORT_NAMES[formatId] ?? formatId.toUpperCase();
}

// Whether the picture and the sound were changed, in those words (shared/words.ts: "converted",
// never "re-encoded"): a remux keeps both as they were, which is worth knowing. Keys of the
// `common` namespace's conversion.changed.
const CHANGED: Record<Conversion['reencoded'], string> = {
  'nothing': 'nothing',
  'video': 'video',
  'audio': 'audio',
  'video and audio': 'both',
};

/** "Converted from MOV to MP4 (video and sound unchanged)"; audio is always converted, so it says no more. */
export function conversionSentence(t: Translate, conversion: Conversion): string {
  const names = { from: formatShortName(conversion.from), to: formatShortName(conversion.to) };
  if (conversion.firstFrameOnly === true) return t('common:conversion.firstFrameOnly', names);
  if (mediaFormat(conversion.to)?.kind !== 'video') return t('common:conversion.converted', names);
  return t('common:conversion.withChange', { ...names, changed: t(`common:conversion.changed.${CHANGED[conversion.reencoded]}`) });
}

const REENCODED: ReadonlySet<unknown> = new Set(['nothing', 'video', 'audio', 'video and audio']);

/** A conversion as kept in a saved list or history: only its own fields, and only when they make sense. */
export function keptConversion(value: unknown): Conversion | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { from, to, reencoded, firstFrameOnly } = value as Record<string, unknown>;
  if (mediaFormat(typeof from === 'string' ? from : undefined) === undefined || mediaFormat(typeof to === 'string' ? to : undefined) === undefined) return undefined;
  if (!REENCODED.has(reencoded)) return undefined;
  return { from: from as string, to: to as string, reencoded: reencoded as Conversion['reencoded'], ...(firstFrameOnly === true && { firstFrameOnly: true }) };
}
