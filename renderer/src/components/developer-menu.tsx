import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROVIDERS } from '../../../shared/providers.ts';
import { DisclosureMenu } from './disclosure-menu.tsx';
import { CodeIcon } from './icons.tsx';
import { NextStepDialog, useNextStep, type NextStepProps } from './next-step.tsx';

/**
 * A finished row's "For developers" menu: "Use it next", the provider's next request as a curl
 * command. It is a tool for people who use a terminal, so it waits behind a small "</>" button
 * instead of standing beside Copy link on every row; absent where the provider has no request
 * for this kind of file.
 */
export function DeveloperMenu({ name, provider, url, assetId, kind, usedKey }: NextStepProps) {
  const { t } = useTranslation('queue');
  const [open, setOpen] = useState(false);
  const wrapper = useRef<HTMLSpanElement>(null);
  const purposeId = useId();
  // Picked by the kind of file sent: no image-to-video request for a WAV.
  const step = useNextStep({ provider, url, assetId, kind, usedKey });
  // Back to where the person was once the dialog has gone: the menu's button, not the top of
  // the window (the dialog would give focus back to its item, hidden in the closed menu).
  const wasOpen = useRef(false);
  useEffect(() => {
    if (wasOpen.current && !open) wrapper.current?.querySelector('summary')?.focus();
    wasOpen.current = open;
  }, [open]);
  if (step === undefined) return null;
  return (
    <span ref={wrapper} className="developer-menu">
      <DisclosureMenu label={t('next.forDevelopersFor', { name })} summary={{ icon: <CodeIcon />, title: t('next.forDevelopers') }}>
        <button type="button" className="menu-item" aria-label={t('next.useItNextFor', { name })} aria-describedby={purposeId} aria-haspopup="dialog" onClick={() => setOpen(true)}>
          {t('next.useItNext')}
          <span className="menu-item-note" id={purposeId}>{t('next.purposeNote', { purpose: step.purpose })}</span>
        </button>
      </DisclosureMenu>
      {/* Outside the menu: a closed <details> hides what it holds, and the menu closes as the dialog opens. */}
      {open && <NextStepDialog name={name} providerName={PROVIDERS[provider].name} step={step} onClose={() => setOpen(false)} />}
    </span>
  );
}
