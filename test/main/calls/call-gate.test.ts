// @vitest-environment node
// The one gate in front of every call from the window: a forged sender or a malformed argument
// is refused with a plain sentence and never reaches the core. Run against the real handlers
// over a real queue, settings file and (in-memory) key store, so "never reaches the core" is
// checked by the core's own state.

import { mkdir } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HistoryStore } from '../../../electron/core/history/history-store.ts';
import { createCallGate, FAILED_UNEXPECTEDLY, isTrustedCaller, REFUSED_MALFORMED, REFUSED_SENDER, REFUSED_UNKNOWN, type CallGate, type CallerFrame } from '../../../electron/main/calls/call-gate.ts';
import { createHandlers } from '../../../electron/main/calls/call-handlers.ts';
import type { HandlerDeps } from '../../../electron/main/calls/call-ports.ts';
import { writeMediaFile } from '../../fixtures/media-files.ts';
import { UserFacingError } from '../../../shared/user-facing-error.ts';
import { UploadError } from '../../../electron/core/errors/upload-error.ts';
import { APP_PAGE, gateUnderTest, valueOf, WINDOW, type GateUnderTest } from './gate-under-test.ts';

const SECRET = 'sk-very-secret-key-0123456789';

let app: GateUnderTest;
let gate: CallGate;
let dir: string;
let log: string[];

beforeEach(async () => {
  app = await gateUnderTest();
  ({ gate, dir, log } = app);
});

afterEach(async () => {
  await app.close();
});

/** Ids for `paths` as the preload gets them for a drop. */
async function dropped(...paths: string[]): Promise<string[]> {
  return valueOf<string[]>(await gate('files:register-drop', WINDOW, [{ paths }]));
}

describe('a call from the app window', () => {
  it('reaches the core and answers its result', async () => {
    const song = await writeMediaFile(dir, 'mp3');
    const reply = await gate('queue:add', WINDOW, [{ files: await dropped(song), provider: 'assemblyai' }]);
    expect(reply.ok).toBe(true);
    expect(app.queue.snapshot().items.map((i) => i.path)).toEqual([song]);
  });

  it('answers the queue’s head: its first items in order, and how many there are', async () => {
    const songs = await Promise.all([1, 2, 3].map((n) => writeMediaFile(dir, 'mp3', { name: `head-${n}.mp3` })));
    await gate('queue:add', WINDOW, [{ files: await dropped(...songs), provider: 'assemblyai' }]);
    const head = valueOf<{ items: { path: string }[]; total: number }>(await gate('queue:head', WINDOW, [{ count: 2 }]));
    expect(head.items.map((i) => i.path)).toEqual(app.queue.snapshot().items.slice(0, 2).map((i) => i.path));
    expect(head.total).toBe(3);
    expect((await gate('queue:head', WINDOW, [{ count: 0 }])).ok).toBe(false);
  });

  it('accepts the page with a query or fragment, and calls without an argument', async () => {
    expect((await gate('queue:get', { ...WINDOW, url: `${APP_PAGE}#/history` }, [])).ok).toBe(true);
    expect((await gate('queue:get', { ...WINDOW, url: `${APP_PAGE}?tab=1` }, [undefined])).ok).toBe(true);
  });
});

describe('a forged sender', () => {
  const forged: [string, CallerFrame | undefined][] = [
    ['no frame (destroyed or unknown)', undefined],
    ['a frame without a URL', { url: undefined, isAppWindowMainFrame: true }],
    ['a sub-frame or another window showing the app page', { url: APP_PAGE, isAppWindowMainFrame: false }],
    ['a web page in the window', { url: 'https://evil.example/index.html', isAppWindowMainFrame: true }],
    ['another app:// host', { url: 'app://elsewhere/index.html', isAppWindowMainFrame: true }],
    ['another page of the app', { url: 'app://media-uploader/other.html', isAppWindowMainFrame: true }],
    ['a file:// page', { url: 'file:///tmp/index.html', isAppWindowMainFrame: true }],
    ['a URL with credentials', { url: 'app://user:pw@media-uploader/index.html', isAppWindowMainFrame: true }],
    ['an unparsable URL', { url: 'not a url', isAppWindowMainFrame: true }],
  ];

  it.each(forged)('is refused: %s', async (_label, caller) => {
    const song = await writeMediaFile(dir, 'mp3');
    const reply = await gate('queue:add', caller, [{ files: await dropped(song) }]);
    expect(reply).toEqual({ ok: false, code: 'CALL_REFUSED', error: REFUSED_SENDER });
    expect(app.queue.snapshot().items).toHaveLength(0);
  });

  it.each(forged)('cannot register dropped files either: %s', async (_label, caller) => {
    const song = await writeMediaFile(dir, 'mp3');
    expect(await gate('files:register-drop', caller, [{ paths: [song] }])).toEqual({ ok: false, code: 'CALL_REFUSED', error: REFUSED_SENDER });
  });

  it('cannot store a key, and the refusal note does not contain it', async () => {
    const reply = await gate('keys:set', { url: 'https://evil.example/', isAppWindowMainFrame: true }, [{ provider: 'heygen', key: SECRET }]);
    expect(reply.ok).toBe(false);
    expect(await app.keys.get('heygen')).toBeUndefined();
    expect(log.join('\n')).not.toContain(SECRET);
  });
});

describe('a malformed call', () => {
  const malformed: [string, string, unknown[]][] = [
    ['paths where file ids go', 'queue:add', [{ paths: ['/etc/passwd'] }]],
    ['file ids that are not a list', 'queue:add', [{ files: 'a' }]],
    ['an empty file list', 'queue:add', [{ files: [] }]],
    ['an unknown provider', 'queue:add', [{ files: ['a'], provider: 'dropbox' }]],
    ['an extra field', 'queue:add', [{ files: ['a'], shell: 'rm -rf /' }]],
    ['a drop with no paths', 'files:register-drop', [{ paths: [] }]],
    ['a drop of a path that is not text', 'files:register-drop', [{ paths: [42] }]],
    ['two arguments', 'queue:cancel', [{ id: 'a' }, { id: 'b' }]],
    ['an argument to a call that takes none', 'queue:clear-finished', [{ all: true }]],
    ['a number for an id', 'queue:remove', [{ id: 42 }]],
    ['a history page size over the limit', 'history:list', [{ limit: 1_000_000 }]],
    ['a concurrency of 0', 'settings:set', [{ concurrency: 0 }]],
    ['no argument where one is needed', 'keys:delete', []],
  ];

  it.each(malformed)('is refused: %s', async (_label, name, args) => {
    const reply = await gate(name, WINDOW, args);
    expect(reply).toEqual({ ok: false, code: 'CALL_REFUSED', error: REFUSED_MALFORMED });
    expect(app.queue.snapshot().items).toHaveLength(0);
  });

  it('never logs the value, even of a key sent with an extra field', async () => {
    const reply = await gate('keys:set', WINDOW, [{ provider: 'heygen', key: SECRET, also: SECRET }]);
    expect(reply).toEqual({ ok: false, code: 'CALL_REFUSED', error: REFUSED_MALFORMED });
    expect(await app.keys.get('heygen')).toBeUndefined();
    expect(log.join('\n')).toContain('keys:set');
    expect(log.join('\n')).not.toContain(SECRET);
  });

  it.each(['queue:nuke', '__proto__', 'constructor', 'toString', 'hasOwnProperty'])('is refused for the unknown channel %s', async (name) => {
    expect(await gate(name, WINDOW, [])).toEqual({ ok: false, code: 'CALL_REFUSED', error: REFUSED_UNKNOWN });
  });
});

describe('what a call answers', () => {
  it('keys:list tells whether a key exists, never the key', async () => {
    expect((await gate('keys:set', WINDOW, [{ provider: 'heygen', key: SECRET }])).ok).toBe(true);
    const reply = await gate('keys:list', WINDOW, []);
    expect(reply.ok).toBe(true);
    expect(JSON.stringify(reply)).not.toContain(SECRET);
    expect(reply.ok && (reply.value as { provider: string; hasKey: boolean }[]).find((k) => k.provider === 'heygen')?.hasKey).toBe(true);
  });

  it('turns a failure written for developers into a plain sentence', async () => {
    const failing = createCallGate({ ...createHandlersStub(), 'queue:get': async () => { throw Object.assign(new Error('EACCES: permission denied, open /x'), { code: 'EACCES' }); } }, { appPage: APP_PAGE, log: () => undefined });
    const reply = await failing('queue:get', WINDOW, []);
    expect(reply.ok).toBe(false);
    expect(reply.ok ? '' : reply.error).not.toMatch(/EACCES|\/x/);
    expect(reply.ok ? '' : reply.error).toMatch(/^Something went wrong inside the app\./);
  });

  it('passes a sentence a handler wrote for a person, with its code', async () => {
    const failing = gateThrowing(new UserFacingError('EXPORT_FAILED', 'The queue is busy. Try again.'));
    expect(await failing('queue:get', WINDOW, [])).toEqual({ ok: false, code: 'EXPORT_FAILED', error: 'The queue is busy. Try again.' });
    const upload = gateThrowing(UploadError.of('KEY_MISSING', 'HeyGen'));
    expect(await upload('queue:get', WINDOW, [])).toEqual({ ok: false, code: 'KEY_MISSING', error: 'There is no HeyGen API key yet. Open Settings and paste your HeyGen key.' });
  });

  // Only an error made as one for people crosses word for word: its prototype or the lack of a
  // `code` says nothing about who its words were written for.
  it.each([
    ['a bare Error', new Error("Cannot read properties of undefined (reading 'items')")],
    ['an Error with a code of its own', Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })],
    ['a TypeError', new TypeError('handler is not a function')],
    ['a subclass of Error', new (class ZodishError extends Error {})('Invalid input: expected string')],
    ['something that is not an Error', 'raw string thrown'],
  ])('never passes %s to the window word for word', async (_label, thrown) => {
    const lines: string[] = [];
    const reply = await gateThrowing(thrown, lines)('queue:get', WINDOW, []);
    expect(reply).toEqual({ ok: false, code: 'APP_FAILED', error: FAILED_UNEXPECTEDLY });
    expect(lines.join('\n')).toContain('queue:get failed unexpectedly');
  });

  it('answers a failing call through the real handlers with the history store’s own sentence and code', async () => {
    const history = await HistoryStore.open(dir);
    // A folder where the history file should be: the store cannot read it, as on a damaged disk.
    await mkdir(history.file);
    const broken = createCallGate(createHandlers({ history, emit: () => undefined } as unknown as HandlerDeps), { appPage: APP_PAGE, log: () => undefined });
    const reply = await broken('history:clear', WINDOW, []);
    await history.close();
    expect(reply).toMatchObject({ ok: false, code: 'HISTORY_UNAVAILABLE' });
    expect(reply.ok ? '' : reply.error).toMatch(/^The upload history in .* could not be read or saved \(EISDIR\)\. Check that the disk/);
  });
});

describe('isTrustedCaller', () => {
  it('compares scheme, host and path for a loopback page too', () => {
    const page = new URL('http://127.0.0.1:4000/index.html');
    expect(isTrustedCaller({ url: 'http://127.0.0.1:4000/index.html', isAppWindowMainFrame: true }, page)).toBe(true);
    expect(isTrustedCaller({ url: 'http://127.0.0.1:4001/index.html', isAppWindowMainFrame: true }, page)).toBe(false);
    expect(isTrustedCaller({ url: 'https://127.0.0.1:4000/index.html', isAppWindowMainFrame: true }, page)).toBe(false);
  });
});

/** A gate whose queue:get throws `thrown`; what it logs lands in `lines`. */
function gateThrowing(thrown: unknown, lines: string[] = []): CallGate {
  const handlers = { ...createHandlersStub(), 'queue:get': async () => { throw thrown; } };
  return createCallGate(handlers, { appPage: APP_PAGE, log: (line) => lines.push(line) });
}

function createHandlersStub(): ReturnType<typeof createHandlers> {
  // Only for the error-shaping tests: the handlers object with every call unused.
  return createHandlers({} as HandlerDeps);
}
