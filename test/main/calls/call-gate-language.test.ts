// @vitest-environment node
// A sentence for a person crosses the gate in main's language (electron/main/settings/main-language.ts):
// made again from its key and values, or from an upload's code and values; English stays as it was.

import { afterEach, describe, expect, it } from 'vitest';
import { UploadError } from '../../../electron/core/errors/upload-error.ts';
import { createCallGate } from '../../../electron/main/calls/call-gate.ts';
import { createHandlers } from '../../../electron/main/calls/call-handlers.ts';
import type { HandlerDeps } from '../../../electron/main/calls/call-ports.ts';
import { createMainLanguage, useMainLanguage } from '../../../electron/main/settings/main-language.ts';
import { userFacing } from '../../../shared/i18n/error-words.ts';
import { APP_PAGE, WINDOW } from './gate-under-test.ts';

afterEach(() => useMainLanguage(undefined));

function gateThrowing(thrown: unknown) {
  const handlers = { ...createHandlers({} as HandlerDeps), 'queue:get': async () => { throw thrown; } };
  return createCallGate(handlers, { appPage: APP_PAGE, log: () => undefined });
}

describe('the gate speaks main’s language', () => {
  it('says the app’s own sentences and upload failures in it, and follows a change of language', async () => {
    const language = createMainLanguage({ setting: 'system', systemLanguages: () => ['de-DE'] });
    useMainLanguage(language);
    expect(await gateThrowing(userFacing('HISTORY_UNAVAILABLE', { key: 'errors:history.entryGone' }))('queue:get', WINDOW, []))
      .toEqual({ ok: false, code: 'HISTORY_UNAVAILABLE', error: 'Dieser Upload ist nicht mehr im Verlauf.' });
    language.follow('ja');
    expect(await gateThrowing(UploadError.of('NETWORK', 'HeyGen'))('queue:get', WINDOW, []))
      .toEqual({ ok: false, code: 'NETWORK', error: 'HeyGen に接続できませんでした。インターネット接続を確認してから「再試行」を押してください。' });
    expect(await gateThrowing(new Error('boom'))('queue:get', WINDOW, [])).toMatchObject({ ok: false, code: 'APP_FAILED', error: 'アプリ内で問題が発生しました。もう一度お試しください。何度も起きる場合は、アプリを再起動してください。' });
    expect(await gateThrowing(undefined)('no:such-call', WINDOW, [])).toMatchObject({ code: 'CALL_REFUSED', error: 'アプリが認識できない要求です。アプリを再起動してもう一度お試しください。' });
  });

  it('is English until the app sets a language', async () => {
    expect(await gateThrowing(userFacing('LINK_REFUSED', { key: 'errors:calls.linkNotWeb' }))('queue:get', WINDOW, []))
      .toEqual({ ok: false, code: 'LINK_REFUSED', error: 'Only web links that start with https:// can be opened.' });
  });
});
