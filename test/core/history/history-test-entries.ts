// Entries for the history tests, with just enough variety to search.

import type { NewHistoryEntry } from '../../../electron/core/history/history-line.ts';

export function uploaded(name: string, extra: Partial<NewHistoryEntry> = {}): NewHistoryEntry {
  return { ...linkless(name), url: `https://cdn.assemblyai.test/upload/${name}`, ...extra };
}

/** An upload that gave an asset ID and no link, as memories.ai's do. */
export function uploadedAsset(name: string, assetId: string, extra: Partial<NewHistoryEntry> = {}): NewHistoryEntry {
  return { ...linkless(name), provider: 'memories', assetId, ...extra };
}

function linkless(name: string): NewHistoryEntry {
  return { name, path: `/home/ana/Videos/${name}`, size: 1234, provider: 'assemblyai', ok: true, source: 'app' };
}

export function failed(name: string, extra: Partial<NewHistoryEntry> = {}): NewHistoryEntry {
  return {
    name,
    path: `/home/ana/Videos/${name}`,
    size: 99,
    provider: 'heygen',
    ok: false,
    errorCode: 'KEY_REJECTED',
    errorMessage: 'HeyGen rejected the API key. Open Settings and paste a new one.',
    source: 'cli',
    ...extra,
  };
}
