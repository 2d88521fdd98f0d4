// What the window says of an upload the service is still processing, and of one it then
// said is ready; where such rows count and what "Copy all links" takes from them.

import { describe, expect, it } from 'vitest';
import { rowMessage, statusWord } from '../../renderer/src/queue-words.ts';
import { filterOf } from '../../renderer/src/store/queue-selectors.ts';
import { queueItem } from '../fixtures/queue-items.ts';

describe('processing and ready rows', () => {
  // One word for a finished upload (shared/words.ts): "Done", never "Ready to use" beside it.
  it('say "Processing at memories.ai…" until the service says ready, then "Done", as any finished row', () => {
    const processing = queueItem('a', { status: 'processing', provider: 'memories', result: { assetId: 're_1' } });
    expect(statusWord(processing)).toBe('Processing at memories.ai…');
    expect(statusWord(queueItem('a', { status: 'done', provider: 'memories', result: { assetId: 're_1' }, readyAt: 2 }))).toBe('Done');
    // A provider without a status: done is all there is to say.
    expect(statusWord(queueItem('b', { status: 'done', result: { url: 'https://cdn.assemblyai.com/upload/x' } }))).toBe('Done');
  });

  it('count among the finished ones, with their ID to copy, said what it is, and no caution left', () => {
    const processing = queueItem('a', { status: 'processing', provider: 'memories', result: { assetId: 're_1' }, caution: 'Big file.' });
    expect(filterOf(processing)).toBe('done');
    expect(rowMessage(processing, false)).toEqual({ tone: 'info', text: 'memories.ai gives an ID, not a web link: paste it into memories.ai where it asks for your file.' });
  });

  it('explain an ID in a sentence of its own, not when there is a link to copy', () => {
    const heygen = queueItem('h', { status: 'done', provider: 'heygen', result: { url: 'https://x', assetId: 'a_1' } });
    expect(rowMessage(heygen, false)).toBeUndefined();
    const both = queueItem('m', { status: 'done', provider: 'memories', result: { assetId: 're_2', converted: { from: 'mov', to: 'mp4', reencoded: 'video' } } });
    expect(rowMessage(both, false)?.text).toBe('Converted from MOV to MP4 (video converted, sound unchanged). memories.ai gives an ID, not a web link: paste it into memories.ai where it asks for your file.');
  });

  it('say under the file what was converted, once the converted copy is up', () => {
    const converted = queueItem('c', { status: 'done', provider: 'heygen', result: { url: 'https://x', converted: { from: 'mov', to: 'mp4', reencoded: 'nothing' } } });
    expect(rowMessage(converted, false)).toEqual({ tone: 'info', text: 'Converted from MOV to MP4 (video and sound unchanged).' });
  });
});
