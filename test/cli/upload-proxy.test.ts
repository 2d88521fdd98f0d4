// The command line behind a company proxy (issue 23): a real tinyproxy between the CLI and the
// loopback providers. https:// goes through its CONNECT to a TLS front on loopback (a throwaway
// certificate the child Node trusts through NODE_EXTRA_CA_CERTS); http:// storage links are
// forwarded by it. Its log shows each request that went through it. A proxy that asks for a
// password, or is not there at all, gives the proxy's own sentence naming it. An https:// proxy
// is the same tinyproxy behind a second TLS front.

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeMediaFile } from '../fixtures/media-files.ts';
import type { ProviderServer } from '../fixtures/provider-server.ts';
import { freePort, startTinyproxy, type Tinyproxy } from '../fixtures/tinyproxy.ts';
import { startTlsFront, type TlsFront } from '../fixtures/tls-front-self-signed.ts';
import { useCliLoopback } from './cli-loopback.ts';
import { runCli } from './run-cli.ts';

let server: ProviderServer;
let dir: string;
let env: NodeJS.ProcessEnv;
useCliLoopback('media-uploader-test-cli-proxy', (setup) => ({ server, dir, env } = setup));

let front: TlsFront;
let proxy: Tinyproxy;
let locked: Tinyproxy;
/** The open proxy spoken to over TLS ("HTTPS host:port" in a PAC answer; https:// in HTTPS_PROXY). */
let secureProxy: TlsFront;
let trusted: string;

beforeAll(async () => {
  front = await startTlsFront(dir, new URL(server.baseUrl));
  proxy = await startTinyproxy(dir, 'open', { connectPorts: [front.port] });
  locked = await startTinyproxy(dir, 'locked', { connectPorts: [front.port], basicAuth: 'ada lovelace' });
  secureProxy = await startTlsFront(dir, new URL(`http://${proxy.hostPort}`), 'proxy-front');
  // NODE_EXTRA_CA_CERTS takes one file: both throwaway certificates in it.
  trusted = join(dir, 'trusted.pem');
  await writeFile(trusted, `${await readFile(front.certFile, 'utf8')}${await readFile(secureProxy.certFile, 'utf8')}`);
});

afterAll(async () => {
  await proxy?.close();
  await locked?.close();
  await front?.close();
  await secureProxy?.close();
});

/** The CLI's environment with the front's certificate trusted and the given proxy variables. */
const via = (vars: NodeJS.ProcessEnv): NodeJS.ProcessEnv => ({ ...env, NODE_EXTRA_CA_CERTS: trusted, ...vars });
const json = (stdout: string): Record<string, unknown>[] => stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

describe('media-uploader upload behind a proxy', () => {
  it('with HTTPS_PROXY set, sends the upload through the proxy’s CONNECT', async () => {
    const file = await writeMediaFile(dir, 'mp3', { name: 'through.mp3', size: 120_000 });
    server.reset();
    const run = await runCli(['upload', file, '--provider', 'assemblyai', '--base-url', front.origin, '--json'], via({ HTTPS_PROXY: `http://${proxy.hostPort}` }));
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(json(run.stdout)[0]).toMatchObject({ ok: true, provider: 'assemblyai' });
    expect(server.uploads('assemblyai')).toHaveLength(1);
    expect(await proxy.log()).toContain(`CONNECT 127.0.0.1:${front.port}`);
  });

  it('an https:// proxy: TLS to the proxy, then its CONNECT, then TLS to the provider inside it', async () => {
    const file = await writeMediaFile(dir, 'mp3', { name: 'secure-proxy.mp3', size: 60_000 });
    server.reset();
    const before = (await proxy.log()).length;
    const run = await runCli(['upload', file, '--provider', 'assemblyai', '--base-url', front.origin, '--json'], via({ HTTPS_PROXY: `https://127.0.0.1:${secureProxy.port}` }));
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(server.uploads('assemblyai')).toHaveLength(1);
    expect((await proxy.log()).slice(before)).toContain(`CONNECT 127.0.0.1:${front.port}`);
  });

  it('a large file: the ticket, the bytes to the storage link and the `complete` all go through HTTP_PROXY', async () => {
    // Plain http:// here: the engine takes an http:// storage link only from an http:// loopback API
    // (answer-checks.ts), and the storage server is plain; CONNECT is shown by the test above.
    const file = await writeMediaFile(dir, 'mp4', { name: 'large film.mp4', size: 20_000_000 });
    server.reset();
    const before = (await proxy.log()).length;
    const run = await runCli(['upload', file, '--provider', 'heygen', '--base-url', server.baseUrl, '--json'], via({ http_proxy: `http://${proxy.hostPort}` }));
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(server.requests.map((r) => r.kind)).toEqual(['ticket', 'storage', 'complete']);
    const [ticket, storage, complete] = server.requests;
    expect(storage).toMatchObject({ method: 'PUT', fileBytes: 20_000_000, bodyEnd: 'complete' });
    const log = (await proxy.log()).slice(before);
    expect(log).toContain(`POST ${server.baseUrl}${ticket?.path}`);
    expect(log).toContain(`PUT ${server.storageUrl}${storage?.path}${storage?.query}`);
    expect(log).toContain(`POST ${server.baseUrl}${complete?.path}`);
  });

  it('NO_PROXY sends the matching host direct: nothing new in the proxy’s log', async () => {
    const file = await writeMediaFile(dir, 'mp3', { name: 'direct.mp3', size: 50_000 });
    server.reset();
    const before = await proxy.log();
    const run = await runCli(['upload', file, '--provider', 'assemblyai', '--base-url', front.origin, '--json'],
      via({ HTTPS_PROXY: `http://${proxy.hostPort}`, NO_PROXY: 'example.com, 127.0.0.1' }));
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(server.uploads('assemblyai')).toHaveLength(1);
    expect(await proxy.log()).toBe(before);
  });

  it('a proxy that asks for a password: its own sentence naming it, never "rejected the API key"', async () => {
    const file = await writeMediaFile(dir, 'mp3', { name: 'locked.mp3', size: 50_000 });
    server.reset();
    for (const [base, vars] of [
      [front.origin, { HTTPS_PROXY: `http://${locked.hostPort}` }],
      // Plain http:// (a loopback provider): the proxy's 407 comes as an answer, not as a refused CONNECT.
      [server.baseUrl, { HTTP_PROXY: `http://${locked.hostPort}` }],
    ] as const) {
      const run = await runCli(['upload', file, '--provider', 'assemblyai', '--base-url', base], via(vars));
      expect(run.code, base).toBe(1);
      expect(run.stdout + run.stderr, base).toContain(`The proxy ${locked.hostPort} asks for a user name and password before it lets the uploader reach AssemblyAI.`);
      expect(run.stdout + run.stderr).not.toMatch(/API key|internet connection/);
    }
    expect(server.uploads()).toEqual([]);
  });

  it('a key test through that proxy says so too, not that the key is wrong', async () => {
    server.reset();
    const run = await runCli(['keys', 'test', 'assemblyai', '--base-url', front.origin], via({ HTTPS_PROXY: `http://${locked.hostPort}` }));
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).toContain(`The proxy ${locked.hostPort} asks for a user name and password`);
    expect(run.stdout + run.stderr).not.toMatch(/did not accept|rejected/);
    expect(server.requests).toEqual([]);
  });

  it('with the proxy’s user name and password in HTTPS_PROXY, the upload goes through it', async () => {
    const file = await writeMediaFile(dir, 'mp3', { name: 'signed-in.mp3', size: 50_000 });
    server.reset();
    const run = await runCli(['upload', file, '--provider', 'assemblyai', '--base-url', front.origin, '--json'], via({ HTTPS_PROXY: `http://ada:lovelace@${locked.hostPort}` }));
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(server.uploads('assemblyai')).toHaveLength(1);
    expect(await locked.log()).toContain(`CONNECT 127.0.0.1:${front.port}`);
    expect(run.stdout + run.stderr).not.toContain('lovelace');
  });

  it('a proxy that refuses the CONNECT (tinyproxy\'s 403 for a port it does not allow): its sentence, not the provider\'s', async () => {
    const file = await writeMediaFile(dir, 'mp3', { name: 'refused.mp3', size: 50_000 });
    server.reset();
    const run = await runCli(['upload', file, '--provider', 'assemblyai', '--base-url', `https://127.0.0.1:${await freePort()}`], via({ HTTPS_PROXY: `http://${proxy.hostPort}` }));
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).toContain(`The proxy ${proxy.hostPort} refused the connection to AssemblyAI`);
    expect(run.stdout + run.stderr).not.toMatch(/refused this upload for your account|internet connection/);
  });

  it('a proxy that is not there: the proxy’s sentence, not "check your internet connection"', async () => {
    const file = await writeMediaFile(dir, 'mp3', { name: 'nobody.mp3', size: 50_000 });
    const nobody = `127.0.0.1:${await freePort()}`;
    server.reset();
    const run = await runCli(['upload', file, '--provider', 'assemblyai', '--base-url', front.origin], via({ HTTPS_PROXY: `http://${nobody}` }));
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).toContain(`The proxy ${nobody} refused the connection to AssemblyAI, or did not answer.`);
    expect(run.stdout + run.stderr).not.toContain('internet connection');
  });

  it('a SOCKS proxy: says plainly it cannot use it, and sends nothing direct', async () => {
    const file = await writeMediaFile(dir, 'mp3', { name: 'socks.mp3', size: 50_000 });
    server.reset();
    const run = await runCli(['upload', file, '--provider', 'assemblyai', '--base-url', front.origin], via({ HTTPS_PROXY: 'socks5://127.0.0.1:1080' }));
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).toContain('through the proxy 127.0.0.1:1080, which the uploader cannot use yet: it is a SOCKS proxy');
    expect(server.requests).toEqual([]);
  });
});
