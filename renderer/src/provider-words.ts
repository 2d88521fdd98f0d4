// What the window says about a provider beyond its name: what kinds of files it takes.

import { kindsWords } from '../../shared/media-formats.ts';
import { PROVIDERS, type ProviderId } from '../../shared/providers.ts';
import type { Translate } from '../../shared/i18n/translator.ts';
import { translator } from './i18n.ts';

/** "audio and video", "images, audio and video" (or "audio or video" with `joiner` "or"). */
export function takesWords(provider: ProviderId, joiner: 'and' | 'or' = 'and', t: Translate = translator.t): string {
  return kindsWords(t, PROVIDERS[provider].accepts, joiner);
}
