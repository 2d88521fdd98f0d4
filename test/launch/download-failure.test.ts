// @vitest-environment node
// The reason inside `npm start`'s one sentence when the electron package's install.js fails,
// from what download-watch.ts told and what install.js printed (a stack trace). The loopback
// mirror cases are in start-launcher.test.ts; these are the ones a mirror cannot easily stage.

import { describe, expect, it } from 'vitest';
import { failureReason } from '../../electron/launch/electron-runtime.ts';

describe('failureReason', () => {
  it('takes the first line of any other stack, without its class and Node\'s warnings', () => {
    const stderr = '(node:4242) Warning: something else\nError: ENOSPC: no space left on device, write\n    at async Promise.all (index 0)\n';
    expect(failureReason([], stderr)).toBe('ENOSPC: no space left on device, write');
  });

  it('says the checksum list lacks the runtime when it does', () => {
    const stderr = 'Error: No checksum found in checksum file for "electron-v45.4.1-linux-x64.zip".\n    at …\n';
    expect(failureReason([], stderr)).toBe('the checksum list has no entry for this runtime');
  });

  it('names a timeout as a server that stopped answering, whatever came before', () => {
    expect(failureReason([{ kind: 'http-status', file: 'a.zip', status: 500, statusText: 'Internal Server Error' }, { kind: 'network-error', code: 'UND_ERR_HEADERS_TIMEOUT', answered: false }], 'TypeError: fetch failed\n')).toBe('the download server stopped answering');
  });

  it('falls back to a plain phrase when install.js printed nothing', () => {
    expect(failureReason([], '')).toBe('the download stopped');
  });
});
