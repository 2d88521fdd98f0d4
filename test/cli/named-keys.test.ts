// Several keys per provider from the command line (issue 25), as real processes on the real
// keychain (the Secret Service) against loopback providers that take two keys, each its own
// account: `keys set --name`, `keys list` (names, ids, the default, never a key), `keys default`,
// `keys rename`, `keys delete --name`, `upload --key`, and a delete that finds the key that made
// the upload by itself. No key in any output.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYCHAIN_SERVICE_ENV } from '../../electron/core/keys/secret-store.ts';
import { issuedKeys, newKey, scanForKeys, secretServiceMissing, testService, transcript } from '../core/keys/secret-store-harness.ts';
import { writeMediaFile } from '../fixtures/media-files.ts';
import { startProviderServer, type ProviderServer } from '../fixtures/provider-server.ts';
import { runCli } from './run-cli.ts';

const missing = await secretServiceMissing();
if (missing !== undefined) console.log(`Skipping the named keys on the command line: ${missing}`);

const HOME_KEY = newKey('hg-home');
const WORK_KEY = newKey('hg-work');
const MEM_DEFAULT = newKey('mem-default');
const MEM_CLIENT = newKey('mem-client');

let server: ProviderServer;
let dir: string;
let env: NodeJS.ProcessEnv;

async function cli(args: string[], extra: NodeJS.ProcessEnv = {}, input?: string) {
  const run = await runCli(args, { ...env, ...extra }, input);
  transcript.push(run.stdout, run.stderr);
  return run;
}

const json = (stdout: string): Record<string, unknown> => JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as Record<string, unknown>;

beforeAll(async () => {
  server = await startProviderServer({ keys: { heygen: HOME_KEY, memories: MEM_DEFAULT }, moreKeys: { heygen: [WORK_KEY], memories: [MEM_CLIENT] } });
  dir = await mkdtemp(path.join(tmpdir(), 'named-keys-cli-'));
  env = { [KEYCHAIN_SERVICE_ENV]: testService(), MEDIA_UPLOADER_DATA_DIR: path.join(dir, 'data') };
});
afterAll(async () => {
  await server.close();
  if (missing === undefined) {
    for (const [provider, name] of [['heygen', 'Default'], ['heygen', 'Office'], ['heygen', 'Work'], ['memories', 'Default'], ['memories', 'Client']]) {
      await cli(['keys', 'delete', provider as string, '--name', name as string]);
    }
  }
  await rm(dir, { recursive: true, force: true });
});

describe('keys: names on the command line', () => {
  it('refuses a name that cannot be one, and an upload --key likewise, without repeating it', async () => {
    const long = newKey('a-key-pasted-where-the-name-goes');
    const set = await cli(['keys', 'set', 'heygen', '--name', long], {}, `${HOME_KEY}\n`);
    expect(set.code).toBe(2);
    expect(set.stderr).toContain('A key’s name can be at most 24 characters long.');
    const png = await writeMediaFile(dir, 'png', { name: 'refused.png' });
    const upload = await cli(['upload', png, '--provider', 'heygen', '--key', long, '--base-url', server.baseUrl]);
    expect(upload.code).toBe(2);
    expect(upload.stderr + upload.stdout).not.toContain(long);
    expect(server.uploads()).toEqual([]);
  });
});

describe.skipIf(missing !== undefined)('named keys on the command line, on the Secret Service', () => {
  it('saves a second key by name, lists both with ids and the default, and uploads with either', async () => {
    expect((await cli(['keys', 'set', 'heygen'], {}, `${HOME_KEY}\n`)).stdout).toBe('Saved the HeyGen key in the Secret Service.\n');
    const work = await cli(['keys', 'set', 'heygen', '--name', 'Work'], {}, `${WORK_KEY}\n`);
    expect(work.stdout).toBe('Saved the HeyGen key “Work” in the Secret Service.\nIt is not the default key: upload with --key Work, or make it the default with: media-uploader keys default heygen Work\n');

    const list = await cli(['keys', 'list']);
    expect(list.code).toBe(0);
    const [, homeId, workId] = /HeyGen\s+Default  id ([0-9a-f]{8})  default\n\s+Work     id ([0-9a-f]{8})\n/.exec(list.stdout) ?? [];
    expect(homeId).toBeDefined();
    expect(workId).not.toBe(homeId);

    const png = await writeMediaFile(dir, 'png', { name: 'badge.png' });
    const byWork = await cli(['upload', png, '--provider', 'heygen', '--key', 'work', '--base-url', server.baseUrl, '--json']);
    expect(byWork.code).toBe(0);
    // The id the history and --json record is the one `keys list` shows.
    expect(json(byWork.stdout)).toMatchObject({ ok: true, key: { name: 'Work', id: workId } });
    expect(server.uploads('heygen').at(-1)?.key).toBe(WORK_KEY);
    const byDefault = await cli(['upload', png, '--provider', 'heygen', '--base-url', server.baseUrl, '--json']);
    expect(json(byDefault.stdout)).toMatchObject({ ok: true, key: { name: 'Default', id: homeId } });
    expect(server.uploads('heygen').at(-1)?.key).toBe(HOME_KEY);
    // --key wins over the environment variable, which stands in for the default only.
    const named = await cli(['upload', png, '--provider', 'heygen', '--key', 'Work', '--base-url', server.baseUrl, '--json'], { HEYGEN_API_KEY: HOME_KEY });
    expect(json(named.stdout)).toMatchObject({ key: { name: 'Work' } });
    const fromEnv = await cli(['upload', png, '--provider', 'heygen', '--base-url', server.baseUrl, '--json'], { HEYGEN_API_KEY: WORK_KEY });
    expect(json(fromEnv.stdout)).toMatchObject({ key: { name: 'from the environment', id: workId } });

    const history = await cli(['history', '--json']);
    expect(history.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { keyName?: string }).keyName)).toEqual(['from the environment', 'Work', 'Default', 'Work']);
  });

  it('changes the default, renames, and deletes by name; a removed key is said, not replaced', async () => {
    expect((await cli(['keys', 'default', 'heygen', 'work'])).stdout).toBe('“Work” is now the default HeyGen key: uploads that name no key (--key) use it.\n');
    const png = await writeMediaFile(dir, 'png', { name: 'default.png' });
    await cli(['upload', png, '--provider', 'heygen', '--base-url', server.baseUrl, '--json']);
    expect(server.uploads('heygen').at(-1)?.key).toBe(WORK_KEY);

    expect((await cli(['keys', 'rename', 'heygen', 'Work', 'Office'])).stdout).toContain('Renamed the HeyGen key “Work” to “Office”.');
    expect((await cli(['keys', 'list'])).stdout).toMatch(/HeyGen\s+Default  id [0-9a-f]{8}\n\s+Office   id [0-9a-f]{8}  default\n/);
    const test = await cli(['keys', 'test', 'heygen', '--name', 'office', '--base-url', server.baseUrl]);
    expect(test).toMatchObject({ code: 0, stdout: 'The HeyGen key works. (Tested the saved key “Office”.)\n' });

    expect((await cli(['keys', 'delete', 'heygen', '--name', 'office'])).stdout).toBe('Deleted the HeyGen key “Office” from the Secret Service.\nThe default HeyGen key is now “Default”.\n');
    const gone = await cli(['upload', png, '--provider', 'heygen', '--key', 'Office', '--base-url', server.baseUrl, '--json']);
    expect(gone.code).toBe(1);
    expect(json(gone.stdout)).toMatchObject({ ok: false, error: { code: 'KEY_REMOVED', message: 'The HeyGen key “Office” chosen for default.png is no longer saved. Choose another key for it, or add the “Office” key again in Settings.' } });
    expect((await cli(['keys', 'default', 'heygen', 'Office'])).code).toBe(1);
  });

  it('deletes an upload at memories.ai with the key that made it, whatever key the environment holds', async () => {
    await cli(['keys', 'set', 'memories'], {}, `${MEM_DEFAULT}\n`);
    await cli(['keys', 'set', 'memories', '--name', 'Client'], {}, `${MEM_CLIENT}\n`);
    const mp4 = await writeMediaFile(dir, 'mp4', { name: 'client-video.mp4', size: 30_000 });
    const upload = await cli(['upload', mp4, '--provider', 'memories', '--key', 'Client', '--base-url', server.baseUrl, '--json']);
    const assetId = String(json(upload.stdout).assetId);
    const deleted = await cli(['delete', assetId, '--provider', 'memories', '--yes', '--base-url', server.baseUrl], { MEMORIES_API_KEY: MEM_DEFAULT });
    expect(deleted).toMatchObject({ code: 0, stdout: `Deleted client-video.mp4 (asset ID ${assetId}) from memories.ai.\n` });
    expect(server.ofKind('delete', 'memories').map((r) => r.key)).toEqual([MEM_CLIENT]);

    // Once that key is gone, a delete says so and sends nothing with another key.
    const again = await cli(['upload', mp4, '--provider', 'memories', '--key', 'Client', '--base-url', server.baseUrl, '--json']);
    await cli(['keys', 'delete', 'memories', '--name', 'Client']);
    const refused = await cli(['delete', String(json(again.stdout).assetId), '--provider', 'memories', '--yes', '--base-url', server.baseUrl]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^client-video\.mp4 was made with the memories\.ai key “Client”, which is no longer saved/);
    expect(server.ofKind('delete', 'memories')).toHaveLength(1);
  });

  it('never printed a key in any process of these tests', () => {
    expect(issuedKeys.length).toBeGreaterThan(0);
    expect(scanForKeys()).toEqual([]);
  });
});
