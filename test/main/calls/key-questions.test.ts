// @vitest-environment node
// Replacing or removing a saved key asks the person in a native dialog first (answered here by
// the test), so a compromised window cannot swap in a key of its own; a first key needs no
// question; "Keep the saved key" leaves it untouched and says so. Through the real gate.

import { afterEach, describe, expect, it } from 'vitest';
import type { KeySetResult } from '../../../shared/ipc-contract.ts';
import type { KeyStatus } from '../../../shared/settings-types.ts';
import { gateUnderTest, valueOf, WINDOW, type GateUnderTest } from './gate-under-test.ts';

const SAVED = 'saved-key-0123456789abcdef';
const NEW = 'new-key-0123456789abcdefgh';

let app: GateUnderTest;
afterEach(async () => {
  await app.close();
});

const setKey = async (key: string) => valueOf<KeySetResult>(await app.gate('keys:set', WINDOW, [{ provider: 'heygen', key }]));

describe('saving a key', () => {
  it('asks in main before storing even the first key, showing its last four characters', async () => {
    app = await gateUnderTest();
    expect(await setKey(NEW)).toMatchObject({ saved: true, status: { provider: 'heygen', hasKey: true } });
    expect(app.keyQuestions).toEqual([['save', 'HeyGen', NEW.slice(-4)]]);
    expect(await app.keys.get('heygen')).toBe(NEW);
  });

  it('stores nothing when the person says Don’t save to a first key they did not paste', async () => {
    app = await gateUnderTest();
    app.keyAnswer = 'keep';
    expect(await setKey(NEW)).toEqual({ saved: false, outcome: 'kept', status: expect.objectContaining({ hasKey: false }) });
    expect(await app.keys.get('heygen')).toBeUndefined();
  });

  it('asks before replacing a saved key, and replaces it when the person agrees', async () => {
    app = await gateUnderTest({ keys: { heygen: SAVED } });
    expect(await setKey(NEW)).toMatchObject({ saved: true });
    expect(app.keyQuestions).toEqual([['replace', 'HeyGen', NEW.slice(-4)]]);
    expect(await app.keys.get('heygen')).toBe(NEW);
  });

  it('keeps the saved key when the person says so, and tells the window', async () => {
    app = await gateUnderTest({ keys: { heygen: SAVED } });
    app.keyAnswer = 'keep';
    expect(await setKey(NEW)).toEqual({ saved: false, outcome: 'kept', status: expect.objectContaining({ provider: 'heygen', hasKey: true }) });
    expect(app.keyQuestions).toEqual([['replace', 'HeyGen', NEW.slice(-4)]]);
    expect(await app.keys.get('heygen')).toBe(SAVED);
  });

  it('refuses a key with a line break in it before asking to replace the saved one', async () => {
    app = await gateUnderTest({ keys: { heygen: SAVED } });
    const reply = await app.gate('keys:set', WINDOW, [{ provider: 'heygen', key: 'new-key-0123\n456789abcdef' }]);
    expect(reply).toMatchObject({ ok: false, code: 'KEY_REJECTED' });
    expect(JSON.stringify(reply)).toContain('characters a key cannot have');
    expect(app.keyQuestions).toEqual([]);
    expect(await app.keys.get('heygen')).toBe(SAVED);
  });

  it('asks the second of two quick saves as a replacement: they cannot both count as a first key', async () => {
    app = await gateUnderTest();
    const [first, second] = await Promise.all([setKey(SAVED), setKey(NEW)]);
    expect([first.saved, second.saved]).toEqual([true, true]);
    expect(app.keyQuestions).toEqual([['save', 'HeyGen', SAVED.slice(-4)], ['replace', 'HeyGen', NEW.slice(-4)]]);
    expect(await app.keys.get('heygen')).toBe(NEW);
  });
});

describe('a key the provider turns down, or that cannot be checked', () => {
  it('stores nothing for a rejected key, replaces nothing, and asks nothing', async () => {
    app = await gateUnderTest({ keys: { heygen: SAVED } });
    app.keyCheckAnswer = { ok: false, code: 'KEY_REJECTED', message: 'HeyGen did not accept this key.' };
    expect(await setKey(NEW)).toEqual({ saved: false, outcome: 'rejected', message: 'HeyGen did not accept this key.', status: expect.objectContaining({ hasKey: true }) });
    expect(app.keyQuestions).toEqual([]);
    expect(await app.keys.get('heygen')).toBe(SAVED);
  });

  it('stores nothing when the provider cannot be reached, until the person says "Save anyway"', async () => {
    app = await gateUnderTest();
    app.keyCheckAnswer = { ok: false, code: 'NETWORK', message: 'Could not reach HeyGen.' };
    expect(await setKey(NEW)).toMatchObject({ saved: false, outcome: 'unchecked', message: 'Could not reach HeyGen.', status: { hasKey: false } });
    expect(await app.keys.get('heygen')).toBeUndefined();
    const anyway = valueOf<KeySetResult>(await app.gate('keys:set', WINDOW, [{ provider: 'heygen', key: NEW, evenIfUnchecked: true }]));
    expect(anyway).toMatchObject({ saved: true, outcome: 'saved', status: { hasKey: true, check: { state: 'unchecked' } } });
    expect(await app.keys.get('heygen')).toBe(NEW);
    // "Save anyway" does not wait for another check that would most likely fail the same way.
    expect(app.keyChecksMade()).toBe(1);
  });

  it('remembers the verdict of the check it saved a key on, without checking twice', async () => {
    app = await gateUnderTest();
    expect(await setKey(NEW)).toMatchObject({ saved: true, status: { check: { state: 'working', message: 'fine' } } });
    expect(app.keyChecksMade()).toBe(1);
  });
});

describe('removing a key', () => {
  const remove = async () => valueOf<KeyStatus>(await app.gate('keys:delete', WINDOW, [{ provider: 'heygen' }]));

  it('asks first, so removing and then saving cannot replace a key without a question', async () => {
    app = await gateUnderTest({ keys: { heygen: SAVED } });
    app.keyAnswer = 'keep';
    expect(await remove()).toMatchObject({ hasKey: true });
    expect(await setKey(NEW)).toMatchObject({ saved: false });
    expect(app.keyQuestions).toEqual([['remove', 'HeyGen'], ['replace', 'HeyGen', NEW.slice(-4)]]);
    expect(await app.keys.get('heygen')).toBe(SAVED);
  });

  it('removes it when the person agrees, and asks nothing when there is none', async () => {
    app = await gateUnderTest({ keys: { heygen: SAVED } });
    expect(await remove()).toMatchObject({ hasKey: false });
    expect(await remove()).toMatchObject({ hasKey: false });
    expect(app.keyQuestions).toEqual([['remove', 'HeyGen']]);
    expect(await app.keys.get('heygen')).toBeUndefined();
  });
});
