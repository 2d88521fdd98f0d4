// A failure travels as a code with the values its sentence was made from, and is said in the
// reader's language where it is shown; English reads exactly as the message kept beside it.

import { describe, expect, it } from 'vitest';
import { UploadError } from '../../electron/core/errors/upload-error.ts';
import { errorSentence, ERROR_CODES, type UploadErrorInfo } from '../../shared/error-codes.ts';
import { englishT } from '../../shared/i18n/english.ts';
import { entryErrorWords, errorWords, userFacing, userFacingWords } from '../../shared/i18n/error-words.ts';
import { createTranslator } from '../../shared/i18n/translator.ts';
import { providerRefusal } from '../../shared/provider-rules.ts';
import { PROVIDERS } from '../../shared/providers.ts';

const de = createTranslator('de').t;
const ja = createTranslator('ja').t;

describe('a failed upload said in the reader’s language', () => {
  it('is made again in German and Japanese from its code and values', () => {
    const info = UploadError.of('TOO_LARGE', 'HeyGen', { file: 'clip.mp4', size: 12_400_000, limit: 10_000_000 }).toInfo();
    expect(info.message).toBe('clip.mp4 is too large for HeyGen (12.4 MB; the limit is 10.0 MB). Choose a smaller file or another service.');
    expect(info.values).toEqual({ provider: 'HeyGen', file: 'clip.mp4', size: 12_400_000, limit: 10_000_000 });
    // Crossed to the window and kept in the history as plain data.
    const kept = JSON.parse(JSON.stringify(info)) as UploadErrorInfo;
    expect(errorWords(de, kept)).toBe('clip.mp4 ist zu groß für HeyGen (12,4 MB; die Grenze liegt bei 10,0 MB). Wählen Sie eine kleinere Datei oder einen anderen Dienst.');
    expect(errorWords(ja, kept)).toBe('clip.mp4 は HeyGen には大きすぎます（12.4 MB、上限は 10.0 MB）。小さいファイルか別のサービスを選んでください。');
    expect(errorWords(englishT(), kept)).toBe(info.message);
  });

  it('says a rejected key with its service’s note, and a refused format with what the service takes', () => {
    const rejected = UploadError.of('KEY_REJECTED', 'WaveSpeedAI', { providerId: 'wavespeed', note: 'keyRejected' }).toInfo();
    expect(rejected.message).toBe(`WaveSpeedAI rejected the API key. Open Settings and paste a new one. ${PROVIDERS.wavespeed.keyRejectedNote ?? ''}`);
    expect(errorWords(ja, rejected)).toBe('WaveSpeedAI が API キーを拒否しました。設定を開いて新しいキーを貼り付けてください。WaveSpeedAI では、アカウントに初めてチャージした後でないとキーが使えません。まだの場合は wavespeed.ai でクレジットを追加してください。');
    const refused = providerRefusal(PROVIDERS.heygen, { name: 'trip.mov', size: 5_000, formatId: 'mov' });
    expect(refused?.message).toBe('HeyGen does not accept QuickTime video files. It takes video only as MP4 or WebM: press Convert and upload to send it as MP4 video, or choose another service for this one.');
    expect(refused === undefined ? '' : errorWords(de, refused)).toBe('HeyGen nimmt keine Dateien vom Typ QuickTime-Video an. Angenommen werden Videos nur als MP4 oder WebM: Klicken Sie auf „Umwandeln und hochladen“, um sie als MP4-Video zu senden, oder wählen Sie für diese Datei einen anderen Dienst.');
  });

  it('says a time the provider asked to wait until on the reader’s clock', () => {
    const until = new Date(2030, 2, 12, 14, 30);
    const info = UploadError.of('RATE_LIMITED', 'HeyGen', { until: until.toISOString() }).toInfo();
    expect(errorWords(de, info)).toMatch(/^HeyGen bittet darum, bis .*14:30 keine weiteren Uploads/);
    expect(errorWords(ja, info)).toMatch(/^HeyGen から、.*14:30 まではアップロードを控えるよう/);
  });

  it('shows an entry kept before values were by its message, in any language', () => {
    const old: UploadErrorInfo = { code: 'NETWORK', message: 'Could not reach HeyGen. Check your internet connection, then press Retry.' };
    expect(errorWords(de, old)).toBe(old.message);
    expect(entryErrorWords(ja, { errorCode: 'NETWORK', errorMessage: old.message })).toBe(old.message);
    expect(entryErrorWords(ja, { errorCode: 'NETWORK', errorMessage: old.message, errorValues: { provider: 'HeyGen' } })).toBe('HeyGen に接続できませんでした。インターネット接続を確認してから「再試行」を押してください。');
    expect(entryErrorWords(de, {})).toBeUndefined();
  });

  it('reads in English exactly as each code’s sentence did, with and without a file', () => {
    for (const code of ERROR_CODES) {
      for (const values of [{ provider: 'HeyGen' }, { provider: 'HeyGen', file: 'a.mp4' }]) {
        const info = UploadError.of(code, values.provider, values).toInfo();
        expect(errorWords(englishT(), info)).toBe(errorSentence(englishT(), code, { ...values }));
        expect(errorWords(de, info)).not.toBe(info.message);
      }
    }
  });
});

describe('a sentence of the app’s own, thrown in main', () => {
  it('keeps English for logs and is said again in the language main reads', () => {
    const error = userFacing('HISTORY_UNAVAILABLE', { key: 'errors:history.diskFull', values: { dir: '/data' } });
    expect(error.message).toBe('The disk is full, so the upload history in /data could not be saved. Free some space and try again.');
    expect(userFacingWords(de, error)).toBe('Das Laufwerk ist voll, daher konnte der Upload-Verlauf in /data nicht gespeichert werden. Geben Sie Speicherplatz frei und versuchen Sie es erneut.');
    const nested = userFacing('KEYCHAIN_UNAVAILABLE', { key: 'errors:keychain.said', values: { sentence: { key: 'errors:keychain.locked' }, detail: 'prompt dismissed' } });
    expect(nested.message).toBe('Your computer’s password store is locked. Unlock it (for example by logging in again) and try again. (The password store said: prompt dismissed)');
    expect(userFacingWords(ja, nested)).toBe('コンピューターのパスワード保管庫がロックされています。ロックを解除して（たとえばログインし直して）もう一度お試しください。（パスワード保管庫のメッセージ: prompt dismissed）');
    expect(userFacingWords(ja, UploadError.of('CANCELLED', 'HeyGen'))).toBe('アップロードはキャンセルされました。');
  });
});
