// What the window says about a provider beyond its name: what kinds of files it takes.

import { mediaFormat, type MediaKind } from '../../shared/media-formats.ts';
import { PROVIDERS, type ProviderId } from '../../shared/providers.ts';

const KIND_WORDS: Record<MediaKind, string> = { image: 'images', audio: 'audio', video: 'video' };
const KIND_ORDER: readonly MediaKind[] = ['image', 'audio', 'video'];

/** "audio and video", "images, audio and video" (or "audio or video" with `joiner` "or"). */
export function takesWords(provider: ProviderId, joiner: 'and' | 'or' = 'and'): string {
  const kinds = new Set(PROVIDERS[provider].accepts.map((id) => mediaFormat(id)?.kind));
  const words = KIND_ORDER.filter((k) => kinds.has(k)).map((k) => KIND_WORDS[k]);
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${joiner} ${words.at(-1) ?? ''}`;
}
