// What `npm start` shows while it downloads the Electron runtime: one line saying so, a count
// that moves in place on a terminal (nothing in a log, where it would be a line per update),
// and one line when the runtime is ready.

import { formatBytes } from '../../shared/format-units.ts';
import type { DownloadWatcher } from './electron-runtime.ts';
import { englishT } from '../../shared/i18n/english.ts';

export interface DownloadView extends DownloadWatcher {
  finish(bytes: number): void;
  /** Ends a moving count's line, so that what follows starts on its own line. */
  abandon(): void;
}

export function downloadView(out: NodeJS.WriteStream, version: string): DownloadView {
  out.write(`Downloading the Electron runtime (Electron ${version}); this happens once, before the first start.\n`);
  let moving = false;
  return {
    progress(received, total) {
      if (out.isTTY !== true) return;
      const share = total === undefined ? '' : ` of ${formatBytes(englishT(), total)} (${Math.floor((received / total) * 100)}%)`;
      out.write(`\r  ${formatBytes(englishT(), received)}${share}\x1b[K`);
      moving = true;
    },
    finish(bytes) {
      if (moving) out.write('\r\x1b[K');
      out.write(`The Electron runtime is ready${bytes > 0 ? ` (${formatBytes(englishT(), bytes)} downloaded)` : ''}.\n`);
    },
    abandon() {
      if (moving) out.write('\n');
    },
  };
}
