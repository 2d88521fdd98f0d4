// The engine speaks HTTP/1.1 even to an https host that offers HTTP/2 (electron/core/network/http-client.ts):
// the upload body's buffer reuse and stall watch rest on HTTP/1.1's socket. undici 8 on its own
// would take HTTP/2 there, which the control case shows. The server is Node's own HTTP/2 server
// with HTTP/1.1 allowed, on loopback with a certificate made for the test; the requests run in a
// child Node that trusts it (NODE_EXTRA_CA_CERTS is read when Node starts).

import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createSecureServer, type Http2SecureServer } from 'node:http2';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeDir } from '../../fixtures/media-files.ts';

const run = promisify(execFile);
const CLIENT = fileURLToPath(new URL('../../../electron/core/network/http-client.ts', import.meta.url));

let dir: string;
let server: Http2SecureServer;
let origin: string;

beforeAll(async () => {
  dir = await makeTempDir('http-client-');
  // A throwaway certificate for 127.0.0.1 (openssl is Debian's; .ci/run installs it).
  await run('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1',
    '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')]);
  server = createSecureServer({ key: await readFile(join(dir, 'key.pem')), cert: await readFile(join(dir, 'cert.pem')), allowHTTP1: true }, (req, res) => {
    res.end(`HTTP/${req.httpVersion}`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  origin = `https://127.0.0.1:${address.port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await removeDir(dir);
});

/** Runs `code` (an ES module body) in a child Node that trusts the test certificate; returns what it printed. */
async function inChild(code: string): Promise<string> {
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', code], { env: { ...process.env, NODE_EXTRA_CA_CERTS: join(dir, 'cert.pem') } });
  return stdout.trim();
}

describe('the engine\'s HTTP client', () => {
  it('speaks HTTP/1.1 to a host that offers HTTP/2', async () => {
    const said = await inChild(`
      const { request } = await import(${JSON.stringify(CLIENT)});
      const response = await request(new URL('/upload', ${JSON.stringify(origin)}), { method: 'GET', connectTimeoutMs: 5000 });
      process.stdout.write(await response.body.text());
      process.exit(0);
    `);
    expect(said).toBe('HTTP/1.1');
  });

  it('(control) undici left to itself takes HTTP/2 from the same host', async () => {
    const said = await inChild(`
      const { request } = await import('undici');
      const response = await request(${JSON.stringify(`${origin}/upload`)});
      process.stdout.write(await response.body.text());
      process.exit(0);
    `);
    expect(said).toBe('HTTP/2.0');
  });
});
