// @vitest-environment node
// Which language a person gets from what their computer prefers (shared/i18n/languages.ts).

import { describe, expect, it } from 'vitest';
import { effectiveLanguage, isLanguage, pickLanguage } from '../../shared/i18n/languages.ts';

describe('pickLanguage', () => {
  it('takes the first preference the app speaks, by language when the region has no catalogue of its own', () => {
    expect(pickLanguage(['de-AT', 'en-US'])).toBe('de');
    expect(pickLanguage(['sv-SE', 'fr-CA', 'en'])).toBe('fr');
    expect(pickLanguage(['pt-PT'])).toBe('pt-BR');
    expect(pickLanguage(['ja-JP'])).toBe('ja');
    expect(pickLanguage(['es-419'])).toBe('es');
  });

  it('reads LANG’s form as well as BCP 47', () => {
    expect(pickLanguage(['de_DE.UTF-8'])).toBe('de');
    expect(pickLanguage(['zh_CN.UTF-8'])).toBe('zh-CN');
    expect(pickLanguage(['ja_JP.eucJP@modifier'])).toBe('ja');
    expect(pickLanguage(['C', 'POSIX', 'C.UTF-8'])).toBe('en');
  });

  it('offers simplified Chinese for simplified Chinese only, going on to the next preference otherwise', () => {
    expect(pickLanguage(['zh-Hans-CN'])).toBe('zh-CN');
    expect(pickLanguage(['zh-SG'])).toBe('zh-CN');
    expect(pickLanguage(['zh-TW', 'ja'])).toBe('ja');
    expect(pickLanguage(['zh-Hant-HK'])).toBe('en');
  });

  it('falls back to English with nothing it speaks, or nothing at all', () => {
    expect(pickLanguage(['ko-KR', 'ru'])).toBe('en');
    expect(pickLanguage([])).toBe('en');
    expect(pickLanguage([''])).toBe('en');
  });

  it('follows the system for "system" and the choice otherwise', () => {
    expect(effectiveLanguage('system', 'ja')).toBe('ja');
    expect(effectiveLanguage(undefined, 'ja')).toBe('ja');
    expect(effectiveLanguage('de', 'ja')).toBe('de');
    expect(isLanguage('en-XA')).toBe(true);
    expect(isLanguage('ko')).toBe(false);
  });
});
