import { Trans, useTranslation } from 'react-i18next';
import { PROVIDER_IDS } from '../../../shared/providers.ts';
import { passwordStoreWords } from '../../../shared/words.ts';
import { useAppStore } from '../store/app-store.ts';
import { GeneralSettings } from './general-settings.tsx';
import { UpdateSettings } from './update-settings.tsx';
import { KeyCard } from './key-card.tsx';
import { WarningIcon } from './icons.tsx';

export function SettingsView() {
  const { t } = useTranslation();
  const anyStatus = useAppStore((s) => PROVIDER_IDS.map((p) => s.keys?.[p]).find((k) => k !== undefined));
  // The store's technical name ("Secret Service") is for the command line: a person reads this (shared/words.ts).
  const store = passwordStoreWords(t, anyStatus?.backend);
  return (
    <div className="settings-view">
      <section className="settings-section" aria-labelledby="keys-heading">
        <h2 id="keys-heading" className="section-title">{t('settings:keys.heading')}</h2>
        <p className="section-intro">
          <Trans t={t} i18nKey="settings:keys.intro" components={{ strong: <strong /> }} />
        </p>
        <p className="section-intro">
          <Trans t={t} i18nKey={store === passwordStoreWords(t, undefined) ? 'settings:keys.keptInPasswordStore' : 'settings:keys.keptIn'} values={{ store }}
            components={{ strong: <strong /> }} />
        </p>
        {anyStatus && !anyStatus.persistent && (
          <div className="banner" data-tone="warning">
            <WarningIcon />
            <div className="banner-text">
              <p>{t('settings:keys.notPersistent')}</p>
            </div>
          </div>
        )}
        <div className="key-cards">
          {PROVIDER_IDS.map((provider) => (
            <KeyCard key={provider} provider={provider} />
          ))}
        </div>
      </section>
      <GeneralSettings />
      <UpdateSettings />
    </div>
  );
}
