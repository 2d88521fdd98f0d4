import { useTranslation } from 'react-i18next';
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
        <h2 id="keys-heading" className="section-title">API keys</h2>
        <p className="section-intro">
          An <strong>API key</strong> is like a password that lets this app upload to your account with a service. Each
          service shows yours on its website: copy it there and paste it here once. The app checks it with the service as
          you save it.
        </p>
        <p className="section-intro">
          Keys are kept in <strong>{store}</strong>{store === passwordStoreWords(t, undefined) ? ' (the Keychain on a Mac, Credential Manager on Windows, the keyring on Linux)' : ''},
          never in a plain file. This window never shows a saved key again.
        </p>
        {anyStatus && !anyStatus.persistent && (
          <div className="banner" data-tone="warning">
            <WarningIcon />
            <div className="banner-text">
              <p>
                This computer has no password store the app can keep keys in, so keys are forgotten when the computer restarts.
                You will need to paste them again after a restart.
              </p>
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
