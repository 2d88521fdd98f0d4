// @vitest-environment node
// The app:// protocol serves the built window and nothing else: every answer carries the CSP,
// and no path escapes the renderer folder.

import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/window/content-policy.ts';
import { rendererFile } from '../../../electron/main/window/renderer-files.ts';
import { makeTempDir, removeDir } from '../../fixtures/media-files.ts';

let dir: string;
let root: string;

beforeAll(async () => {
  dir = await makeTempDir('media-uploader-renderer-files-');
  root = join(dir, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>app</title>');
  await writeFile(join(root, 'assets', 'index-1.js'), 'console.log(1)');
  await writeFile(join(dir, 'secret.txt'), 'outside');
});
afterAll(async () => {
  await removeDir(dir);
});

describe('the window’s files', () => {
  it('are served with their type and the CSP', async () => {
    const page = await rendererFile(root, '/index.html');
    expect(page.status).toBe(200);
    expect(page.headers).toMatchObject({ 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CONTENT_SECURITY_POLICY });
    expect((await rendererFile(root, '/')).status).toBe(200);
    expect((await rendererFile(root, '/assets/index-1.js')).headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it.each(['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%E0%A4%A', '/assets', '/missing.js'])('refuse %s', async (path) => {
    const answer = await rendererFile(root, path);
    expect(answer.status).toBe(404);
    expect(String(answer.body)).not.toContain('outside');
  });

  it('has a policy that forbids inline and remote scripts', () => {
    const scripts = CONTENT_SECURITY_POLICY.split('; ').find((d) => d.startsWith('script-src'));
    expect(scripts).toBe("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
  });
});
