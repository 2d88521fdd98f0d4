// What the window says about a provider beyond its name: what kinds of files it takes, as a
// phrase ("audio and video") or the empty list's heading ("Drop audio or video files here"). One
// catalogue entry per set of kinds, not words joined in code: "Audio- oder Videodateien" is one
// word in German, and Japanese joins with と.

import type { Translate } from '../../shared/i18n/translator.ts';
import { mediaFormat, type MediaKind } from '../../shared/media-formats.ts';
import { PROVIDERS, type ProviderId } from '../../shared/providers.ts';
import { queueT } from './queue-numbers.ts';

const KIND_ORDER: readonly MediaKind[] = ['image', 'audio', 'video'];
/** Every set of kinds a provider could take, as the catalogue's keys name them (kinds in KIND_ORDER, joined by _). */
const KIND_SETS = ['image', 'audio', 'video', 'image_audio', 'image_video', 'audio_video', 'image_audio_video'] as const;
type KindSet = (typeof KIND_SETS)[number];

/** "audio_video": the kinds a provider takes, in the catalogue's order, as its keys name them. */
function kindsKey(provider: ProviderId): KindSet {
  const kinds = new Set(PROVIDERS[provider].accepts.map((id) => mediaFormat(id)?.kind));
  const key = KIND_ORDER.filter((kind) => kinds.has(kind)).join('_');
  return KIND_SETS.find((set) => set === key) ?? 'image_audio_video';
}

/** "audio and video", "images, audio and video". */
export function takesWords(provider: ProviderId, t: Translate = queueT()): string {
  return t(`takesKinds.${kindsKey(provider)}`);
}

/** "Drop audio or video files here". */
export function dropWords(provider: ProviderId, t: Translate = queueT()): string {
  return t(`dropKinds.${kindsKey(provider)}`);
}
