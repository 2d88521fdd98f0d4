// Run as its own process by upload-memory.test.ts: uploads one file with the engine and prints
// how far resident memory rose above the warmed-up baseline. A separate process keeps the test
// runner's own memory out of the number. The key comes in through the environment, never argv.

import { uploadFile } from '../../../electron/core/sending/upload-file.ts';
import { isProviderId } from '../../../shared/providers.ts';

const { PROBE_BASE_URL, PROBE_FILE, PROBE_WARMUP_FILE, PROBE_PROVIDER, PROBE_KEY } = process.env;
if (PROBE_BASE_URL === undefined || PROBE_FILE === undefined || PROBE_WARMUP_FILE === undefined || !isProviderId(PROBE_PROVIDER) || PROBE_KEY === undefined) {
  console.error('upload-memory-probe: PROBE_BASE_URL, PROBE_FILE, PROBE_WARMUP_FILE, PROBE_PROVIDER and PROBE_KEY must be set');
  process.exit(2);
}
const base = { provider: PROBE_PROVIDER, key: PROBE_KEY, baseUrl: PROBE_BASE_URL, retry: { attempts: 1 } };

// A small upload first loads every module and opens the connection pool, so the baseline
// already includes everything a second upload reuses.
await uploadFile({ ...base, path: PROBE_WARMUP_FILE });
globalThis.gc?.();
const baseline = process.memoryUsage.rss();
let peak = baseline;
// Peak in the first and second half of the body: a streaming upload has reached its plateau
// by half-way, while anything that holds on to sent bytes keeps growing in the second half.
let peakFirstHalf = baseline;
let peakArrayBuffers = 0;
let half = false;
const sample = (): void => {
  const usage = process.memoryUsage();
  peak = Math.max(peak, usage.rss);
  if (!half) peakFirstHalf = Math.max(peakFirstHalf, usage.rss);
  peakArrayBuffers = Math.max(peakArrayBuffers, usage.arrayBuffers);
};
// 10 ms sampling sees any buffer that lives for more than a few chunks.
const sampler = setInterval(sample, 10);
const outcome = await uploadFile({
  ...base,
  path: PROBE_FILE,
  onProgress: (p) => {
    half ||= p.sent * 2 >= p.total;
    sample();
  },
});
clearInterval(sampler);
sample();
globalThis.gc?.();
const afterGc = process.memoryUsage.rss();
const report = { baseline, peak, growth: peak - baseline, secondHalfGrowth: peak - peakFirstHalf, peakArrayBuffers, afterGc, bytes: outcome.bytes, attempts: outcome.attempts };
process.stdout.write(`${JSON.stringify(report)}\n`);
