// The benchmark's result rows and how they print: one Markdown table, readable in a terminal
// and pasteable into README's Performance section as it is.

export interface ResultRow {
  readonly measure: string;
  readonly target: string;
  /** What was measured, in words and units. */
  readonly result: string;
  /** The number the target is about (a ratio, or a value over its limit), when there is one. */
  readonly ratio?: string;
  /** undefined: skipped or informative only; `result` then says why. */
  readonly pass: boolean | undefined;
  /** The runs varied more than the effect measured: no verdict either way. */
  readonly noisy?: boolean;
}

export function verdict(row: ResultRow): string {
  if (row.noisy === true) return 'NOISY';
  return row.pass === undefined ? (row.target === '—' ? 'info' : 'SKIPPED') : row.pass ? 'PASS' : 'MISS';
}

function cell(text: string): string {
  return text.replaceAll('|', '\\|');
}

export function markdownTable(rows: readonly ResultRow[]): string {
  const lines = ['| Measure | Target | Result | Ratio | Verdict |', '|---|---|---|---|---|'];
  for (const row of rows) lines.push(`| ${cell(row.measure)} | ${cell(row.target)} | ${cell(row.result)} | ${cell(row.ratio ?? '—')} | ${verdict(row)} |`);
  return `${lines.join('\n')}\n`;
}

/** A line on stderr while the benchmark runs, so a person sees it is alive. */
export function progress(text: string): void {
  process.stderr.write(`[bench] ${text}\n`);
}
