// The pace every request to a provider's API keeps (memories.ai: one a second per account), with
// a clock the test moves: grants in order, a slot per interval, background requests (status
// checks) only when nothing else waits, and cancel.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PROVIDERS } from '../../../shared/providers.ts';
import { ProviderPacer } from '../../../electron/core/sending/provider-pacer.ts';

describe('ProviderPacer', () => {
  beforeEach(() => vi.useFakeTimers({ now: 0 }));
  afterEach(() => vi.useRealTimers());

  const grants = (pacer: ProviderPacer): string[] => {
    const log: string[] = [];
    pacer.onGrant = (provider, at) => log.push(`${provider}@${at}`);
    return log;
  };

  it('lets one memories.ai request through per second, in the order they came', async () => {
    const pacer = new ProviderPacer();
    const log = grants(pacer);
    const done: number[] = [];
    for (const n of [1, 2, 3]) void pacer.wait(PROVIDERS.memories).then(() => done.push(n));
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toEqual([1]);
    await vi.advanceTimersByTimeAsync(999);
    expect(done).toEqual([1]);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toEqual([1, 2]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(done).toEqual([1, 2, 3]);
    expect(log).toEqual(['memories@0', 'memories@1000', 'memories@2000']);
  });

  it('does not hold up providers without a pace', async () => {
    const pacer = new ProviderPacer();
    const log = grants(pacer);
    await Promise.all([pacer.wait(PROVIDERS.assemblyai), pacer.wait(PROVIDERS.assemblyai)]);
    expect(log).toEqual([]);
  });

  it('grants a background request only when no other request waits', async () => {
    const pacer = new ProviderPacer();
    const order: string[] = [];
    void pacer.wait(PROVIDERS.memories).then(() => order.push('upload 1'));
    void pacer.wait(PROVIDERS.memories, undefined, 'background').then(() => order.push('status check'));
    void pacer.wait(PROVIDERS.memories).then(() => order.push('upload 2'));
    await vi.advanceTimersByTimeAsync(0);
    // A third upload arrives while the check still waits: it goes first too.
    void pacer.wait(PROVIDERS.memories).then(() => order.push('upload 3'));
    await vi.advanceTimersByTimeAsync(5000);
    expect(order).toEqual(['upload 1', 'upload 2', 'upload 3', 'status check']);
  });

  it('a cancelled wait gives its slot to the next', async () => {
    const pacer = new ProviderPacer();
    const log = grants(pacer);
    await pacer.wait(PROVIDERS.memories);
    const controller = new AbortController();
    const cancelled = pacer.wait(PROVIDERS.memories, controller.signal);
    const next = pacer.wait(PROVIDERS.memories);
    controller.abort(new Error('stop'));
    await expect(cancelled).rejects.toThrow('stop');
    await vi.advanceTimersByTimeAsync(1000);
    await next;
    expect(log).toEqual(['memories@0', 'memories@1000']);
  });
});
