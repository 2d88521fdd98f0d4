import { afterEach, describe, expect, it } from 'vitest';
import { createMainLanguage, mainT, useMainLanguage } from '../../../electron/main/settings/main-language.ts';

afterEach(() => useMainLanguage(undefined));

describe('main language', () => {
  it('follows the system when the setting is system or absent', () => {
    expect(createMainLanguage({ setting: 'system', systemLanguages: () => ['de-DE', 'en-US'] }).language).toBe('de');
    expect(createMainLanguage({ setting: undefined, systemLanguages: () => ['ja-JP'] }).language).toBe('ja');
    expect(createMainLanguage({ setting: 'system' }).language).toBe('en');
  });

  it('takes a chosen language over the system one', () => {
    expect(createMainLanguage({ setting: 'fr', systemLanguages: () => ['de-DE'] }).language).toBe('fr');
  });

  it('translates in its language, and changes when settings change', () => {
    const main = createMainLanguage({ setting: 'system', systemLanguages: () => ['de-DE'] });
    const seen: string[] = [];
    const stop = main.onChange((language) => seen.push(language));
    expect(main.t('errors:CANCELLED')).toBe('Der Upload wurde abgebrochen.');
    expect(main.follow('ja')).toBe(true);
    expect(main.language).toBe('ja');
    expect(main.t('errors:CANCELLED')).toBe('アップロードはキャンセルされました。');
    expect(main.follow('ja')).toBe(false);
    expect(main.follow('system')).toBe(true);
    stop();
    main.follow('en');
    expect(seen).toEqual(['ja', 'de']);
    expect(main.t('errors:CANCELLED')).toBe('The upload was cancelled.');
  });

  it('is English for main’s modules until the app sets it', () => {
    expect(mainT()('errors:CANCELLED')).toBe('The upload was cancelled.');
    useMainLanguage(createMainLanguage({ setting: 'es' }));
    expect(mainT()('errors:CANCELLED')).toBe('Se canceló la subida.');
  });
});
