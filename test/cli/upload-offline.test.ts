// `media-uploader upload` when the provider cannot be reached yet (issue 23): the bundled CLI
// says it waits for the connection, waits, and uploads once the host answers; past
// --offline-wait it fails with the NETWORK sentence. "Unreachable" here is a loopback port
// nothing listens on (ECONNREFUSED), which then starts forwarding to the provider server.

import { createServer, connect, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { writeMediaFile } from '../fixtures/media-files.ts';
import type { ProviderServer } from '../fixtures/provider-server.ts';
import { useCliLoopback } from './cli-loopback.ts';
import { runCli } from './run-cli.ts';

let server: ProviderServer;
let dir: string;
let env: NodeJS.ProcessEnv;

useCliLoopback('media-uploader-test-cli-offline', (setup) => ({ server, dir, env } = setup));

/** A loopback port free right now: nothing listens there until forwardTo is called. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Starts passing every connection on `port` to the provider server: the host "comes back". */
async function forwardTo(port: number, target: URL): Promise<Server> {
  const relay = createServer((socket) => {
    const upstream = connect(Number(target.port), target.hostname);
    socket.pipe(upstream).pipe(socket);
    socket.on('error', () => upstream.destroy());
    upstream.on('error', () => socket.destroy());
  });
  await new Promise<void>((resolve) => relay.listen(port, '127.0.0.1', resolve));
  return relay;
}

const WAITING = 'Waiting for the internet connection (up to 1 min)…';

describe('media-uploader upload while the provider cannot be reached', () => {
  it('says it waits for the connection, then uploads each file once when the host answers', async () => {
    const files = await Promise.all([1, 2].map((n) => writeMediaFile(dir, 'mp3', { name: `offline${n}.mp3`, size: 50_000 + n })));
    server.reset();
    const port = await freePort();
    let relay: Promise<Server> | undefined;
    const run = await runCli(['upload', ...files, '--provider', 'assemblyai', '--base-url', `http://127.0.0.1:${port}`, '--json', '--offline-wait', '1m'], env, undefined, (child) => {
      let stderr = '';
      child.stderr?.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        // Only once the CLI has said it waits does the host come back.
        if (stderr.includes(WAITING)) relay ??= forwardTo(port, new URL(server.baseUrl));
      });
    });
    const relayed = await relay;
    relayed?.close();
    expect(run.stderr).toContain(WAITING);
    expect(run.stderr).toContain('The connection is back: uploading.');
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toEqual([expect.objectContaining({ ok: true }), expect.objectContaining({ ok: true })]);
    expect(server.uploads().map((r) => r.bodyEnd)).toEqual(['complete', 'complete']);
  }, 30_000);

  it('fails with the NETWORK sentence once --offline-wait has passed', async () => {
    const file = await writeMediaFile(dir, 'mp3', { name: 'never.mp3', size: 50_000 });
    server.reset();
    const port = await freePort();
    const run = await runCli(['upload', file, '--provider', 'assemblyai', '--base-url', `http://127.0.0.1:${port}`, '--json', '--offline-wait', '1s'], env);
    expect(run.stderr).toContain('Waiting for the internet connection (up to 1 s)…');
    // Said once: the wait is for the whole run, not again at every retry.
    expect(run.stderr.split('Waiting for the internet connection').length - 1).toBe(1);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout.trim())).toMatchObject({ ok: false, error: { code: 'NETWORK', message: expect.stringContaining('Could not reach AssemblyAI') } });
  }, 60_000);

  it('refuses an --offline-wait that is not a duration', async () => {
    const run = await runCli(['upload', 'x.mp3', '--provider', 'assemblyai', '--offline-wait', 'soon'], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--offline-wait must be a duration such as 90s, 5m or 1h.');
  });
});
