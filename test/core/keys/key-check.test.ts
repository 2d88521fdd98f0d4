import { englishT } from '../../../shared/i18n/english.ts';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { checkKey, rejectedSentence } from '../../../electron/core/keys/key-check.ts';
import { ProviderPacer } from '../../../electron/core/sending/provider-pacer.ts';
import { errorSentence } from '../../../shared/error-codes.ts';
import { PROVIDER_IDS, PROVIDERS } from '../../../shared/providers.ts';
import { htmlPage, providerError, startProviderServer, TEST_KEYS, type ProviderServer } from '../../fixtures/provider-server.ts';

const name = (p: (typeof PROVIDER_IDS)[number]): { provider: string } => ({ provider: PROVIDERS[p].name });

describe('checkKey against the loopback providers', () => {
  let server: ProviderServer;
  let downUrl: string;
  beforeAll(async () => {
    server = await startProviderServer();
    const gone = await startProviderServer();
    downUrl = gone.baseUrl;
    await gone.close();
  });
  afterEach(() => server.reset());
  afterAll(() => server.close());

  describe.each(PROVIDER_IDS)('%s', (provider) => {
    it('a good key works, through the documented key-check request', async () => {
      const result = await checkKey(provider, TEST_KEYS[provider], { baseUrl: server.baseUrl });
      expect(result).toMatchObject({ ok: true, message: `The ${PROVIDERS[provider].name} key works.` });
      const [request] = server.requests;
      expect(request).toMatchObject({ provider, kind: 'key-check', method: 'GET' });
      expect(`${request?.path}${request?.query}`).toBe(PROVIDERS[provider].keyCheck.path);
    });

    it('a wrong key is reported as rejected, without the key in the sentence', async () => {
      const wrong = `wrong-${provider}-key-98765`;
      const result = await checkKey(provider, wrong, { baseUrl: server.baseUrl });
      expect(result).toMatchObject({ ok: false, code: 'KEY_REJECTED', message: rejectedSentence(PROVIDERS[provider].name, PROVIDERS[provider].keyRejectedNote) });
      expect(result.message).not.toContain(wrong);
      expect(server.requests).toHaveLength(1);
    });

    it('a server that is down is a network problem', async () => {
      const result = await checkKey(provider, TEST_KEYS[provider], { baseUrl: downUrl });
      expect(result).toMatchObject({ ok: false, code: 'NETWORK', message: errorSentence(englishT(), 'NETWORK', name(provider)) });
    });

    it('a server error is the provider’s problem, not the key’s', async () => {
      server.script({ kind: 'key-check', reply: provider === 'heygen' ? htmlPage(502) : providerError(provider, 503) });
      const result = await checkKey(provider, TEST_KEYS[provider], { baseUrl: server.baseUrl });
      expect(result).toMatchObject({ ok: false, code: 'PROVIDER_ERROR', message: errorSentence(englishT(), 'PROVIDER_ERROR', name(provider)) });
    });
  });

  it('an empty key is "no key yet" and sends nothing', async () => {
    expect(await checkKey('wavespeed', '  ', { baseUrl: server.baseUrl })).toMatchObject({ ok: false, code: 'KEY_MISSING', message: errorSentence(englishT(), 'KEY_MISSING', name('wavespeed')) });
    expect(server.requests).toHaveLength(0);
  });

  it('HeyGen key codes count as a rejected key whatever the status', async () => {
    server.script({ kind: 'key-check', reply: { status: 400, body: { data: null, error: { code: 400112, message: 'Unauthorized' } } } });
    const result = await checkKey('heygen', TEST_KEYS.heygen, { baseUrl: server.baseUrl });
    expect(result).toMatchObject({ ok: false, code: 'KEY_REJECTED', message: rejectedSentence('HeyGen') });
  });

  it('memories.ai: 403 is a rejected key; any other non-server-error answer means the key passed', async () => {
    server.script({ kind: 'key-check', reply: providerError('memories', 403) });
    expect((await checkKey('memories', TEST_KEYS.memories, { baseUrl: server.baseUrl })).ok).toBe(false);
    server.script({ kind: 'key-check', reply: providerError('memories', 400, 'Invalid asset') });
    expect((await checkKey('memories', TEST_KEYS.memories, { baseUrl: server.baseUrl })).ok).toBe(true);
  });

  it('rate limiting says to wait, not that the key is bad', async () => {
    server.script({ kind: 'key-check', reply: providerError('assemblyai', 429, undefined, { 'retry-after': '30' }) });
    const result = await checkKey('assemblyai', TEST_KEYS.assemblyai, { baseUrl: server.baseUrl });
    expect(result).toMatchObject({ ok: false, code: 'RATE_LIMITED', message: errorSentence(englishT(), 'RATE_LIMITED', name('assemblyai')) });
  });

  it('a server that never answers times out instead of hanging', async () => {
    server.script({ kind: 'key-check', stallAfterBytes: 0 });
    const result = await checkKey('wavespeed', TEST_KEYS.wavespeed, { baseUrl: server.baseUrl, timeoutMs: 300 });
    expect(result).toMatchObject({ ok: false, code: 'TIMEOUT', message: errorSentence(englishT(), 'TIMEOUT', name('wavespeed')) });
  });

  it('WaveSpeedAI: a refused key may only be waiting for the account’s first top-up, and the sentence says so', async () => {
    const result = await checkKey('wavespeed', 'ws-before-top-up-0000', { baseUrl: server.baseUrl });
    expect(result).toMatchObject({ ok: false, code: 'KEY_REJECTED' });
    expect(result.message).toBe('WaveSpeedAI did not accept this key. Check that you copied all of it, or create a new key on the WaveSpeedAI website. WaveSpeedAI accepts a key only after the account’s first top-up: add credit on wavespeed.ai if you have not yet.');
  });

  it('AssemblyAI: a refused key may belong to an account in the other region, and the sentence says which to choose', async () => {
    const result = await checkKey('assemblyai', 'aai-eu-account-key-0000', { baseUrl: server.baseUrl });
    expect(result).toMatchObject({ ok: false, code: 'KEY_REJECTED' });
    expect(result.message).toContain('If your AssemblyAI account is in the EU, choose European Union as the AssemblyAI region');
  });

  it('HeyGen: asks GET /v3/users/me, and its v3 401 is a rejected key', async () => {
    expect((await checkKey('heygen', TEST_KEYS.heygen, { baseUrl: server.baseUrl })).ok).toBe(true);
    expect(server.requests.at(-1)).toMatchObject({ method: 'GET', path: '/v3/users/me' });
    expect(await checkKey('heygen', 'hg-wrong-key-0000', { baseUrl: server.baseUrl })).toMatchObject({ ok: false, code: 'KEY_REJECTED' });
  });

  it('memories.ai: a key check keeps its one request a second like every other request', async () => {
    const pacer = new ProviderPacer();
    const grants: number[] = [];
    pacer.onGrant = (_provider, at) => grants.push(at);
    await Promise.all([1, 2].map(() => checkKey('memories', TEST_KEYS.memories, { baseUrl: server.baseUrl, pacer })));
    expect(server.requests).toHaveLength(2);
    expect((grants[1] ?? 0) - (grants[0] ?? 0)).toBeGreaterThanOrEqual(1000);
  });

  it('the caller can cancel', async () => {
    server.script({ kind: 'key-check', stallAfterBytes: 0 });
    const controller = new AbortController();
    const pending = checkKey('heygen', TEST_KEYS.heygen, { baseUrl: server.baseUrl, signal: controller.signal });
    await server.waitFor((r) => r.bodyEnd === 'stalled');
    controller.abort();
    expect(await pending).toMatchObject({ ok: false, code: 'CANCELLED', message: 'The key test was cancelled.' });
  });
});
