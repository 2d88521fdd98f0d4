// What the window says of an upload the provider is still processing, and of one it then
// said is ready; where such rows count and what "Copy all links" takes from them.

import { describe, expect, it } from 'vitest';
import { rowMessage, statusWord } from '../../renderer/src/queue-words.ts';
import { filterOf } from '../../renderer/src/store/queue-selectors.ts';
import { queueItem } from '../fixtures/queue-items.ts';

describe('processing and ready rows', () => {
  it('say "Processing at memories.ai…" until the provider says ready, then "Ready to use"', () => {
    const processing = queueItem('a', { status: 'processing', provider: 'memories', result: { assetId: 're_1' } });
    expect(statusWord(processing)).toBe('Processing at memories.ai…');
    expect(statusWord(queueItem('a', { status: 'done', provider: 'memories', result: { assetId: 're_1' }, readyAt: 2 }))).toBe('Ready to use');
    // A provider without a status: done is all there is to say.
    expect(statusWord(queueItem('b', { status: 'done', result: { url: 'https://cdn.assemblyai.com/upload/x' } }))).toBe('Done');
  });

  it('count among the finished ones, with their ID to copy and no caution left', () => {
    const processing = queueItem('a', { status: 'processing', provider: 'memories', result: { assetId: 're_1' }, caution: 'Big file.' });
    expect(filterOf(processing)).toBe('done');
    expect(rowMessage(processing, false)).toBeUndefined();
  });

  it('say under the file what was converted, once the converted copy is up', () => {
    const converted = queueItem('c', { status: 'done', provider: 'heygen', result: { url: 'https://x', converted: { from: 'mov', to: 'mp4', reencoded: 'nothing' } } });
    expect(rowMessage(converted, false)).toEqual({ tone: 'info', text: 'Converted from MOV to MP4, nothing re-encoded.' });
  });
});
