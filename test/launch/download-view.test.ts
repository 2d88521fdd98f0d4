// @vitest-environment node
// What `npm start` prints while it downloads the Electron runtime: on a terminal a count that
// moves in place on one line and is cleared at the end; in a log (not a terminal) only the line
// before and the line after, never a line per update.

import { describe, expect, it } from 'vitest';
import { downloadView } from '../../electron/launch/download-view.ts';

function output(isTTY: boolean): { stream: NodeJS.WriteStream; text: () => string } {
  let text = '';
  const stream = { isTTY, write: (chunk: string) => ((text += chunk), true) } as unknown as NodeJS.WriteStream;
  return { stream, text: () => text };
}

const START = 'Downloading the Electron runtime (Electron 45.4.1); this happens once, before the first start.\n';

describe('the download view', () => {
  it('moves a count in place on a terminal, then replaces it with the ready line', () => {
    const out = output(true);
    const view = downloadView(out.stream, '45.4.1');
    view.progress(25_000_000, 100_000_000);
    view.progress(100_000_000, 100_000_000);
    view.finish(100_010_000);
    expect(out.text()).toBe(`${START}\r  25.0 MB of 100 MB (25%)\x1b[K\r  100 MB of 100 MB (100%)\x1b[K\r\x1b[KThe Electron runtime is ready (100 MB downloaded).\n`);
  });

  it('shows what arrived when the server gives no size', () => {
    const out = output(true);
    downloadView(out.stream, '45.4.1').progress(2_500_000, undefined);
    expect(out.text()).toBe(`${START}\r  2.5 MB\x1b[K`);
  });

  it('writes only the first and last line where the output is not a terminal', () => {
    const out = output(false);
    const view = downloadView(out.stream, '45.4.1');
    view.progress(25_000_000, 100_000_000);
    view.finish(100_000_000);
    expect(out.text()).toBe(`${START}The Electron runtime is ready (100 MB downloaded).\n`);
  });

  it('ends a moving count with a line break when the download fails, so the sentence starts on its own line', () => {
    const out = output(true);
    const view = downloadView(out.stream, '45.4.1');
    view.progress(1_000_000, 100_000_000);
    view.abandon();
    expect(out.text().endsWith('(1%)\x1b[K\n')).toBe(true);
  });
});
