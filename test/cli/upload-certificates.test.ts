// Issue 23: a company that inspects traffic installs its own root certificate in the system's
// store; Node's bundled roots do not have it. The CLI trusts the system's store and
// NODE_EXTRA_CA_CERTS as well as Node's roots, and a certificate none of them trusts is its own
// error, with a sentence that names the host and sends the person to IT: once, never retried.
//
// The provider is the loopback server behind an https front whose certificate a throwaway CA
// signed. On Linux Node's "system" store is read from OpenSSL's default places, which
// SSL_CERT_FILE and SSL_CERT_DIR override: a bundle holding only that CA and an empty folder
// make a child whose system store is just the company's root.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeMediaFile } from '../fixtures/media-files.ts';
import type { ProviderServer } from '../fixtures/provider-server.ts';
import { makeThrowawayCa, type ThrowawayCa } from '../fixtures/throwaway-ca.ts';
import { startTlsFront, type TlsFront } from '../fixtures/tls-front.ts';
import { useCliLoopback } from './cli-loopback.ts';
import { runCli } from './run-cli.ts';

let server: ProviderServer;
let dir: string;
let env: NodeJS.ProcessEnv;
let ca: ThrowawayCa;
let front: TlsFront;

useCliLoopback('media-uploader-test-cli-certificates', (setup) => ({ server, dir, env } = setup));

beforeAll(async () => {
  ca = await makeThrowawayCa(dir);
  front = await startTlsFront(Number(new URL(server.baseUrl).port), ca);
});
afterAll(async () => {
  await front?.close();
});

async function upload(extraEnv: NodeJS.ProcessEnv) {
  const file = await writeMediaFile(dir, 'mp3', { name: 'interview.mp3', size: 60_000 });
  server.reset();
  const before = { connections: front.connections(), handshakes: front.handshakes() };
  const run = await runCli(['upload', file, '--provider', 'assemblyai', '--base-url', front.origin, '--json'], { ...env, ...extraEnv });
  return {
    run,
    connections: front.connections() - before.connections,
    handshakes: front.handshakes() - before.handshakes,
    uploads: server.uploads('assemblyai').length,
  };
}

// A "system" store of the company's root alone: the child's SSL_CERT_FILE, and a folder with nothing in it.
const systemStoreWithCa = () => ({ SSL_CERT_FILE: ca.caFile, SSL_CERT_DIR: ca.emptyDir });

describe('certificates the CLI trusts', () => {
  it('uploads to a host whose certificate only the system\'s store trusts', async () => {
    const { run, uploads } = await upload(systemStoreWithCa());
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout.trim())).toMatchObject({ ok: true, provider: 'assemblyai' });
    expect(uploads).toBe(1);
  });

  it('uploads to a host whose certificate NODE_EXTRA_CA_CERTS trusts', async () => {
    const { run, uploads } = await upload({ NODE_EXTRA_CA_CERTS: ca.caFile });
    expect(run.code, run.stderr).toBe(0);
    expect(uploads).toBe(1);
  });

  it('refuses a certificate no store trusts: its own sentence, naming the host, once, not retried', async () => {
    // The child's system store is Debian's own (no SSL_CERT_FILE): the company's root is not in it.
    const { run, connections, handshakes, uploads } = await upload({});
    expect(run.code).toBe(1);
    const line = JSON.parse(run.stdout.trim()) as { ok: boolean; error: { code: string; message: string } };
    expect(line).toMatchObject({ ok: false, error: { code: 'CERTIFICATE_UNTRUSTED' } });
    expect(line.error.message).toContain('127.0.0.1');
    expect(line.error.message).toContain('certificate is not trusted');
    expect(line.error.message).toContain('ask IT');
    expect(line.error.message).not.toMatch(/internet connection/i);
    // One attempt reached the front (besides the CLI's offline probe, a bare TCP connect that
    // says nothing: upload-offline): its handshake failed, so no request was ever read, and a
    // retry would be a third connection.
    expect(connections).toBeLessThanOrEqual(2);
    expect(handshakes).toBe(0);
    expect(uploads).toBe(0);
  });

  it('the human output says the same sentence', async () => {
    const file = await writeMediaFile(dir, 'mp3', { name: 'memo.mp3', size: 20_000 });
    const run = await runCli(['upload', file, '--provider', 'assemblyai', '--base-url', front.origin], env);
    expect(run.code).toBe(1);
    expect(run.stderr + run.stdout).toContain('certificate is not trusted');
    expect(run.stderr + run.stdout).not.toMatch(/Check your internet connection/);
  });
});
