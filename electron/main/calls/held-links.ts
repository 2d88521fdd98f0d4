// The links main will hand to the system browser: only ones it holds itself (a finished upload's
// link in the queue or the history, a provider's key page from the provider table), found by the
// id the window names, and only https. The window never names a URL, so a compromised page
// cannot send the person to a site of its choosing or start another app through its scheme.

import type { LinkToOpen } from '../../../shared/ipc-contract.ts';
import { PROVIDERS } from '../../../shared/providers.ts';
import { hasResult } from '../../../shared/queue-types.ts';
import type { HistoryPort, QueuePort } from './call-ports.ts';

/** The link behind `which`, or undefined when main holds none there. */
export function linkHeld(which: LinkToOpen, from: { readonly queue: Pick<QueuePort, 'get'>; readonly history: Pick<HistoryPort, 'all'> }): string | undefined {
  if ('queueItem' in which) {
    const item = from.queue.get(which.queueItem);
    return item !== undefined && hasResult(item) ? item.result.url : undefined;
  }
  if ('historyEntry' in which) return from.history.all().find((entry) => entry.id === which.historyEntry)?.url;
  return PROVIDERS[which.keyPage].keyPageUrl;
}

/**
 * The link as the browser should get it, or undefined when it is not https: the URL parser's
 * own `href`, so what opens is exactly what was checked (no stray spaces, escapes or case games).
 */
export function webLinkHref(link: string): string | undefined {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return undefined;
  }
  return url.protocol === 'https:' ? url.href : undefined;
}
