// Loaded into the measured CLI with `node --import`: at exit it writes the process's peak
// resident memory (getrusage's ru_maxrss, exact, kept by the kernel) to the file named in
// BENCH_PEAK_RSS_FILE. Needs no extra tool, unlike /usr/bin/time, which .ci does not install.

import { writeFileSync } from 'node:fs';

const target = process.env.BENCH_PEAK_RSS_FILE;
if (target !== undefined && target !== '') {
  process.on('exit', () => {
    // resourceUsage().maxRSS is in kilobytes (KiB on Linux).
    writeFileSync(target, String(process.resourceUsage().maxRSS * 1024));
  });
}
