// The media formats the uploader recognises, keyed by the extension name the `file-type`
// package reports after reading a file's first bytes. A format is decided by content, never
// by the file name alone, so a renamed file is still described truthfully.

import type { Translate } from './i18n/translator.ts';
import { listWords } from './words.ts';

export type MediaKind = 'image' | 'video' | 'audio';

export interface MediaFormat {
  readonly id: string;
  readonly label: string;
  readonly kind: MediaKind;
  /** The MIME type sent where a provider wants one (HeyGen's Content-Type, multipart parts). */
  readonly mime: string;
}

const rows: readonly MediaFormat[] = [
  { id: 'jpg', label: 'JPEG image', kind: 'image', mime: 'image/jpeg' },
  { id: 'png', label: 'PNG image', kind: 'image', mime: 'image/png' },
  { id: 'gif', label: 'GIF image', kind: 'image', mime: 'image/gif' },
  { id: 'webp', label: 'WebP image', kind: 'image', mime: 'image/webp' },
  { id: 'bmp', label: 'BMP image', kind: 'image', mime: 'image/bmp' },
  { id: 'tif', label: 'TIFF image', kind: 'image', mime: 'image/tiff' },
  // iPhone photos. No provider takes them: each is converted to JPEG (shared/conversions.ts).
  { id: 'heic', label: 'HEIC photo', kind: 'image', mime: 'image/heic' },
  { id: 'mp4', label: 'MP4 video', kind: 'video', mime: 'video/mp4' },
  { id: 'mov', label: 'QuickTime video', kind: 'video', mime: 'video/quicktime' },
  { id: 'avi', label: 'AVI video', kind: 'video', mime: 'video/x-msvideo' },
  { id: 'webm', label: 'WebM video', kind: 'video', mime: 'video/webm' },
  { id: 'mkv', label: 'Matroska video', kind: 'video', mime: 'video/x-matroska' },
  { id: 'flv', label: 'Flash video', kind: 'video', mime: 'video/x-flv' },
  { id: 'asf', label: 'Windows Media video', kind: 'video', mime: 'video/x-ms-wmv' },
  { id: 'mpg', label: 'MPEG video', kind: 'video', mime: 'video/mpeg' },
  { id: '3gp', label: '3GP video', kind: 'video', mime: 'video/3gpp' },
  { id: 'ogv', label: 'Ogg video', kind: 'video', mime: 'video/ogg' },
  { id: 'mp3', label: 'MP3 audio', kind: 'audio', mime: 'audio/mpeg' },
  { id: 'wav', label: 'WAV audio', kind: 'audio', mime: 'audio/wav' },
  { id: 'aac', label: 'AAC audio', kind: 'audio', mime: 'audio/aac' },
  { id: 'flac', label: 'FLAC audio', kind: 'audio', mime: 'audio/flac' },
  { id: 'ogg', label: 'Ogg audio', kind: 'audio', mime: 'audio/ogg' },
  { id: 'oga', label: 'Ogg audio', kind: 'audio', mime: 'audio/ogg' },
  { id: 'opus', label: 'Opus audio', kind: 'audio', mime: 'audio/opus' },
  { id: 'm4a', label: 'M4A audio', kind: 'audio', mime: 'audio/mp4' },
];

export const MEDIA_FORMATS: ReadonlyMap<string, MediaFormat> = new Map(rows.map((f) => [f.id, f]));

export function mediaFormat(id: string | undefined): MediaFormat | undefined {
  return id === undefined ? undefined : MEDIA_FORMATS.get(id);
}

const KIND_ORDER: readonly MediaKind[] = ['image', 'audio', 'video'];

/** A format as people call it, in the language of `t` ("QuickTime video"); the table's English for an unknown one. */
export function formatLabel(t: Translate, formatId: string): string {
  const format = mediaFormat(formatId);
  return format === undefined ? formatId : t(`common:formats.${format.id}`);
}

/** The kinds among these formats, as people say them: "audio and video", "images, audio or video". */
export function kindsWords(t: Translate, formatIds: readonly string[], joiner: 'and' | 'or' = 'and'): string {
  const kinds = new Set(formatIds.map((id) => mediaFormat(id)?.kind));
  return listWords(t, KIND_ORDER.filter((k) => kinds.has(k)).map((k) => t(`common:kinds.${k}`)), joiner);
}

/** Extensions a folder scan or an "Add files…" dialog treats as media worth looking at. */
export const MEDIA_EXTENSIONS: readonly string[] = [
  'jpg', 'jpeg', 'png', 'gif', 'webp', 'bmp', 'tif', 'tiff', 'heic', 'heif',
  'mp4', 'm4v', 'mov', 'avi', 'webm', 'mkv', 'flv', 'wmv', 'asf', 'mpg', 'mpeg', '3gp', 'ogv',
  'mp3', 'wav', 'aac', 'flac', 'ogg', 'oga', 'opus', 'm4a',
];

// Extensions that name a format under another id (MEDIA_EXTENSIONS), for mediaKindOfName.
const EXTENSION_ALIASES: Readonly<Record<string, string>> = { jpeg: 'jpg', tiff: 'tif', heif: 'heic', m4v: 'mp4', wmv: 'asf', mpeg: 'mpg' };

/**
 * A file's kind by the extension of its name, where its bytes were not read (a history entry, a
 * reused link): the best guess there is, undefined for an unknown extension.
 */
export function mediaKindOfName(name: string): MediaKind | undefined {
  const dot = name.lastIndexOf('.');
  if (dot < 0) return undefined;
  const extension = name.slice(dot + 1).toLowerCase();
  return mediaFormat(EXTENSION_ALIASES[extension] ?? extension)?.kind;
}
