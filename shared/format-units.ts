// Human-readable sizes, speeds, durations and times, shared by the CLI and the window so both
// say "12.4 MB" and "3 min left" the same way.

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const;

/** Decimal units (1 MB = 1,000,000 bytes), as operating systems' file managers show them on macOS and as providers state limits. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toFixed(digits)} ${UNITS[unit]}`;
}

export function formatSpeed(bytesPerSecond: number): string {
  return bytesPerSecond > 0 ? `${formatBytes(bytesPerSecond)}/s` : '—';
}

export function formatDuration(seconds: number | undefined): string {
  if (seconds === undefined || !Number.isFinite(seconds) || seconds < 0) return '—';
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ${String(s % 60).padStart(2, '0')} s`;
  return `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, '0')} min`;
}

// Made on first use, then kept: making the first one loads the locale's data (~15 ms), which a
// command-line upload that never shows a time should not pay at start.
let clock: Intl.DateTimeFormat | undefined;
let dayAndClock: Intl.DateTimeFormat | undefined;

/** A moment as a person reads it on their clock: "14:30" today, "Tue, 12 Mar 2030, 14:30" otherwise. */
export function formatClockTime(at: Date, now: Date = new Date()): string {
  const sameDay = at.getFullYear() === now.getFullYear() && at.getMonth() === now.getMonth() && at.getDate() === now.getDate();
  const format = sameDay
    ? (clock ??= new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' }))
    : (dayAndClock ??= new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }));
  return format.format(at);
}
