// The first launch: no key saved for any service yet. Three short steps instead of a form a
// newcomer cannot read: pick a service, paste its key (what a key is, where to find it), then
// drop files. Once a key is saved the queue's own drop target takes over (step three).

import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROVIDER_IDS, PROVIDERS, type ProviderId } from '../../../shared/providers.ts';
import { changeSettings } from '../change-settings.ts';
import { takesWords } from '../provider-words.ts';
import { useAppStore } from '../store/app-store.ts';
import { KeyCard } from './key-card.tsx';
import { providerSummary } from '../../../shared/provider-words.ts';

interface Props {
  readonly provider: ProviderId;
  /** "Skip for now": the empty queue shows its drop target without a key. */
  readonly onSkip: () => void;
}

export function GuidedStart({ provider, onSkip }: Props) {
  const [step, setStep] = useState<1 | 2>(1);
  const headingId = useId();
  const { t } = useTranslation();
  return (
    <section className="guided-start" aria-labelledby={headingId}>
      <div className="guided-card">
        <p className="guided-step">{t('start:guide.step', { step, steps: 3 })}</p>
        {step === 1 ? (
          <PickService headingId={headingId} provider={provider} onNext={() => setStep(2)} />
        ) : (
          <PasteKey headingId={headingId} provider={provider} onBack={() => setStep(1)} />
        )}
        <button type="button" className="link-button guided-skip" onClick={onSkip}>{t('start:guide.skip')}</button>
      </div>
    </section>
  );
}

function PickService({ headingId, provider: saved, onNext }: { headingId: string; provider: ProviderId; onNext: () => void }) {
  const { t } = useTranslation();
  // Shown at once; the default provider is saved in main on the way.
  const [provider, setProvider] = useState(saved);
  const choose = (id: ProviderId) => {
    setProvider(id);
    void changeSettings({ defaultProvider: id });
  };
  return (
    <>
      <h2 id={headingId} className="guided-title">{t('start:guide.pickTitle')}</h2>
      <p className="guided-text">{t('start:guide.pickText')}</p>
      <fieldset className="service-choices">
        <legend className="visually-hidden">{t('start:guide.service')}</legend>
        {PROVIDER_IDS.map((id) => (
          <label key={id} className="service-choice" data-checked={id === provider ? 'true' : undefined}>
            <input type="radio" name="guided-service" value={id} checked={id === provider}
              onChange={() => choose(id)} />
            <span className="service-text">
              <span className="service-name">{PROVIDERS[id].name}</span>
              <span className="service-summary">{providerSummary(t, PROVIDERS[id])} {t('start:guide.takes', { takes: takesWords(id) })}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="guided-actions">
        <button type="button" className="button primary" onClick={onNext}>{t('start:guide.continueWith', { service: PROVIDERS[provider].name })}</button>
      </div>
    </>
  );
}

function PasteKey({ headingId, provider, onBack }: { headingId: string; provider: ProviderId; onBack: () => void }) {
  const name = PROVIDERS[provider].name;
  const clearKeyFocus = useAppStore((s) => s.clearKeyFocus);
  const announce = useAppStore((s) => s.announce);
  const { t } = useTranslation();
  // The key field takes the focus, as "Add the key" does in the queue.
  useEffect(() => {
    useAppStore.setState({ keyFocus: provider });
    return clearKeyFocus;
  }, [provider, clearKeyFocus]);
  return (
    <>
      <h2 id={headingId} className="guided-title">{t('start:guide.keyTitle', { service: name })}</h2>
      <p className="guided-text">{t('start:guide.keyText', { service: name })}</p>
      {/* The card goes as the key is saved, and its own status line with it: the window says it instead. */}
      <KeyCard provider={provider} onSaved={announce} />
      <div className="guided-actions">
        <button type="button" className="button" onClick={onBack}>{t('start:guide.back')}</button>
      </div>
    </>
  );
}
