// What the numbers were measured on: they mean little without the machine and the date.

import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

function cpuModel(): string {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8').split('\n').find((l) => l.startsWith('model name'));
    if (line !== undefined) return line.split(':').slice(1).join(':').trim();
  } catch {
    // Not Linux: fall back to what Node reports.
  }
  return cpus()[0]?.model ?? 'unknown CPU';
}

export function machineLine(): string {
  const memory = `${(totalmem() / 1024 ** 3).toFixed(0)} GiB`;
  return `${cpuModel()}, ${cpus().length} cores, ${memory} memory, Node ${process.versions.node}, ${process.platform} ${process.arch}`;
}

export function dateLine(): string {
  return new Date().toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
}
