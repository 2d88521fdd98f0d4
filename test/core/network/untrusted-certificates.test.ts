// Issue 23: a host whose certificate nothing on this computer trusts (a company's inspecting
// proxy whose root is not installed, a self-signed server) is CERTIFICATE_UNTRUSTED, with a
// sentence that names the host and sends the person to IT, for uploads and key tests alike; and
// it is not retried, since trying again changes nothing. The hosts are https fronts on loopback
// (certificates made for this run) before the loopback provider server.

import { englishT } from '../../../shared/i18n/english.ts';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkKey } from '../../../electron/core/keys/key-check.ts';
import { connectionFailure } from '../../../electron/core/network/network-errors.ts';
import { uploadFile } from '../../../electron/core/sending/upload-file.ts';
import { errorSentence } from '../../../shared/error-codes.ts';
import { PROVIDER_IDS, PROVIDERS } from '../../../shared/providers.ts';
import { writeMediaFile } from '../../fixtures/media-files.ts';
import { uploadFailure, useLoopback } from '../../fixtures/loopback-setup.ts';
import { TEST_KEYS } from '../../fixtures/provider-server.ts';
import { makeThrowawayCa } from '../../fixtures/throwaway-ca.ts';
import { startTlsFront, type TlsFront } from '../../fixtures/tls-front.ts';

const FAST = { attempts: 3, baseDelayMs: 1, maxDelayMs: 5 };

describe('a certificate nothing trusts', () => {
  const loop = useLoopback();
  let mp4: string;
  let companyFront: TlsFront;
  let selfSignedFront: TlsFront;
  beforeAll(async () => {
    mp4 = await writeMediaFile(loop.dir, 'mp4', { size: 100_000 });
    const backend = Number(new URL(loop.server.baseUrl).port);
    // Signed by a company's root that is in no store of this process.
    companyFront = await startTlsFront(backend, await makeThrowawayCa(loop.dir));
    // A server that signed its own certificate.
    await promisify(execFile)('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-days', '1',
      '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', join(loop.dir, 'self.key'), '-out', join(loop.dir, 'self.pem')]);
    selfSignedFront = await startTlsFront(backend, { key: await readFile(join(loop.dir, 'self.key')), cert: await readFile(join(loop.dir, 'self.pem')) });
  });
  afterAll(async () => {
    await companyFront?.close();
    await selfSignedFront?.close();
  });

  describe.each(PROVIDER_IDS)('%s', (provider) => {
    it('an upload fails once with the certificate sentence, naming the host; nothing is sent', async () => {
      const before = companyFront.connections();
      const error = await uploadFailure(uploadFile({ path: mp4, provider, key: TEST_KEYS[provider], baseUrl: companyFront.origin, retry: FAST }));
      expect(error.code).toBe('CERTIFICATE_UNTRUSTED');
      expect(error.message).toBe(errorSentence(englishT(), 'CERTIFICATE_UNTRUSTED', { provider: PROVIDERS[provider].name, extra: '127.0.0.1' }));
      expect(error.detail).toBe('UNABLE_TO_VERIFY_LEAF_SIGNATURE');
      expect(companyFront.connections() - before).toBe(1);
      expect(loop.server.uploads()).toHaveLength(0);
    });

    it('a key test says the same, not "check your internet connection"', async () => {
      const result = await checkKey(provider, TEST_KEYS[provider], { baseUrl: companyFront.origin });
      expect(result).toMatchObject({ ok: false, code: 'CERTIFICATE_UNTRUSTED', message: errorSentence(englishT(), 'CERTIFICATE_UNTRUSTED', { provider: PROVIDERS[provider].name, extra: '127.0.0.1' }) });
    });
  });

  it('a self-signed certificate is the same error', async () => {
    const error = await uploadFailure(uploadFile({ path: mp4, provider: 'assemblyai', key: TEST_KEYS.assemblyai, baseUrl: selfSignedFront.origin, retry: FAST }));
    expect(error).toMatchObject({ code: 'CERTIFICATE_UNTRUSTED', detail: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
    expect(selfSignedFront.connections()).toBe(1);
  });

  it('the sentence says what a person does, and where', () => {
    expect(errorSentence(englishT(), 'CERTIFICATE_UNTRUSTED', { provider: 'AssemblyAI', extra: 'api.assemblyai.com' })).toBe(
      'Could not check that this computer is talking to the real AssemblyAI (api.assemblyai.com): the connection\'s certificate is not trusted. '
      + 'If your company inspects internet traffic, ask IT to install its certificate on this computer, then restart the uploader and try again.',
    );
  });
});

describe('which failures are about certificates', () => {
  it.each([
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'SELF_SIGNED_CERT_IN_CHAIN', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'CERT_HAS_EXPIRED',
    'ERR_TLS_CERT_ALTNAME_INVALID', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'CERT_NOT_YET_VALID',
  ])('%s, as undici wraps it, is CERTIFICATE_UNTRUSTED', (code) => {
    const socketError = Object.assign(new Error('certificate'), { code });
    expect(connectionFailure(new Error('fetch failed', { cause: socketError }))).toBe('CERTIFICATE_UNTRUSTED');
  });

  it.each([['ECONNREFUSED', 'NETWORK'], ['ECONNRESET', 'NETWORK'], ['UND_ERR_CONNECT_TIMEOUT', 'TIMEOUT']] as const)('%s stays %s', (code, kind) => {
    expect(connectionFailure(Object.assign(new Error('x'), { code }))).toBe(kind);
  });
});
