import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, LANGUAGES, PSEUDO_LANGUAGE, isLanguage, type Language, type LanguageSetting } from '../../../shared/i18n/languages.ts';
import { changeSettings } from '../change-settings.ts';
import { useSystemLanguage } from '../i18n.ts';
import { useAppStore } from '../store/app-store.ts';
import { ConcurrencyField } from './concurrency-field.tsx';
import { ProviderSelect } from './provider-select.tsx';
import { sendNewFilesTo } from '../send-new-files-to.ts';
import { ProxyField } from './proxy-field.tsx';

export function GeneralSettings() {
  const settings = useAppStore((s) => s.settings);
  const change = (patch: Parameters<typeof changeSettings>[0]) => void changeSettings(patch);
  const { t } = useTranslation();
  const system = useSystemLanguage();
  if (settings === undefined) return <p className="loading">{t('settings:loading')}</p>;
  // The pseudo-language is for checking layouts: listed only where it is already chosen.
  const languages: readonly Language[] = settings.language === PSEUDO_LANGUAGE ? [...LANGUAGES, PSEUDO_LANGUAGE] : LANGUAGES;

  return (
    <section className="settings-section" aria-labelledby="uploads-heading">
      <h2 id="uploads-heading" className="section-title">{t('settings:general.heading')}</h2>
      <div className="settings-grid">
        <label className="field-label" htmlFor="settings-language">{t('settings:general.language')}</label>
        <div>
          <select id="settings-language" className="select" value={settings.language}
            onChange={(event) => {
              const value = event.target.value;
              const language: LanguageSetting = isLanguage(value) ? value : 'system';
              change({ language });
            }}>
            <option value="system">{t('settings:general.systemLanguage', { language: LANGUAGE_NAMES[system] })}</option>
            {languages.map((language) => <option key={language} value={language} lang={language}>{LANGUAGE_NAMES[language]}</option>)}
          </select>
        </div>

        <label className="field-label" htmlFor="settings-default-provider">{t('settings:general.defaultService')}</label>
        <div>
          <ProviderSelect id="settings-default-provider" value={settings.defaultProvider} ariaLabel={t('settings:general.defaultService')}
            onChange={(provider, keyName) => void sendNewFilesTo(provider, keyName)} />
          <p className="field-hint">{t('settings:general.defaultServiceHint')}</p>
        </div>

        <label className="field-label" htmlFor="settings-concurrency">{t('settings:general.concurrency')}</label>
        <ConcurrencyField id="settings-concurrency" saved={settings.concurrency} />

        <label className="field-label" htmlFor="settings-window-closes">{t('settings:general.windowCloses')}</label>
        <div>
          <select id="settings-window-closes" className="select" value={settings.whenWindowCloses}
            onChange={(event) => change({ whenWindowCloses: event.target.value === 'quit' ? 'quit' : 'tray' })}>
            <option value="tray">{t('settings:general.keepInTray')}</option>
            <option value="quit">{t('settings:general.quit')}</option>
          </select>
          <p className="field-hint">{t('settings:general.windowClosesHint')}</p>
        </div>

        <label className="field-label" htmlFor="settings-upload-when-added">{t('settings:general.whenAdded')}</label>
        <div>
          <label className="check-field">
            <input id="settings-upload-when-added" type="checkbox" checked={settings.uploadWhenAdded}
              onChange={(event) => change({ uploadWhenAdded: event.target.checked })} />
            {t('settings:general.uploadAtOnce')}
          </label>
          <p className="field-hint">{t('settings:general.uploadAtOnceHint')}</p>
        </div>

        <label className="field-label" htmlFor="settings-copy-link">{t('settings:general.whenOneFinishes')}</label>
        <div>
          <label className="check-field">
            <input id="settings-copy-link" type="checkbox" checked={settings.copyLinkWhenDone}
              onChange={(event) => change({ copyLinkWhenDone: event.target.checked })} />
            {t('settings:general.copyLink')}
          </label>
          <p className="field-hint">{t('settings:general.copyLinkHint')}</p>
        </div>

        <label className="field-label" htmlFor="settings-remove-location">{t('settings:general.location')}</label>
        <div>
          <label className="check-field">
            <input id="settings-remove-location" type="checkbox" checked={!settings.keepLocation}
              onChange={(event) => change({ keepLocation: !event.target.checked })} />
            {t('settings:general.removeLocation')}
          </label>
          <p className="field-hint">{t('settings:general.removeLocationHint')}</p>
        </div>

        <label className="field-label" htmlFor="settings-open-at-login">{t('settings:general.atLogin')}</label>
        <div>
          <label className="check-field">
            <input id="settings-open-at-login" type="checkbox" checked={settings.openAtLogin}
              onChange={(event) => change({ openAtLogin: event.target.checked })} />
            {t('settings:general.openAtLogin')}
          </label>
          <p className="field-hint">{t('settings:general.openAtLoginHint')}</p>
        </div>

        <label className="field-label" htmlFor="settings-proxy">{t('settings:general.proxy')}</label>
        <ProxyField id="settings-proxy" saved={settings.proxy} />

      </div>
    </section>
  );
}
