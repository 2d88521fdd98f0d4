// What the window says about a provider beyond its name: what kinds of files it takes.

import { kindsWords } from '../../shared/media-formats.ts';
import { PROVIDERS, type ProviderId } from '../../shared/providers.ts';

/** "audio and video", "images, audio and video" (or "audio or video" with `joiner` "or"). */
export function takesWords(provider: ProviderId, joiner: 'and' | 'or' = 'and'): string {
  return kindsWords(PROVIDERS[provider].accepts, joiner);
}
