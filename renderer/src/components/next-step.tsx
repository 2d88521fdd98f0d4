import { useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { MediaKind } from '../../../shared/media-formats.ts';
import { ENVIRONMENT_KEY_NAME, type UsedKey } from '../../../shared/key-names.ts';
import { keyVariableSentence, nextStep, type NextStep } from '../../../shared/next-call.ts';
import { PROVIDERS, type ProviderId } from '../../../shared/providers.ts';
import { useAppStore } from '../store/app-store.ts';
import { selectHasKeyChoice, selectKeyStillSaved } from '../store/key-selectors.ts';
import { CopyButton } from './copy-button.tsx';
import { useModalDialog } from './use-modal-dialog.ts';

export interface NextStepProps {
  readonly name: string;
  readonly provider: ProviderId;
  readonly url: string | undefined;
  readonly assetId: string | undefined;
  /** Of what was sent: the request is picked by it. */
  readonly kind: MediaKind | undefined;
  /** The key that made the upload, where it is recorded: the command must be run with that key. */
  readonly usedKey?: UsedKey | undefined;
}

/** The next request, and whether the key that made the upload is no longer saved in the app. */
export type ShownStep = NextStep & { readonly keyGone?: true };

/**
 * "Use it next": a button that shows the provider's usual next request for this upload, as a
 * curl command and its JSON body to copy. The key is the provider's environment variable; the
 * window never has the key, so it cannot put it there.
 */
export function UseItNext({ name, provider, url, assetId, kind, usedKey }: NextStepProps) {
  const { t } = useTranslation('queue');
  const [open, setOpen] = useState(false);
  const step = useNextStep({ provider, url, assetId, kind, usedKey });
  if (step === undefined) return null;
  return (
    <>
      <button type="button" className="button small quiet" aria-label={t('next.useItNextFor', { name })} aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('next.useItNext')}
      </button>
      {open && (
        <NextStepDialog name={name} providerName={PROVIDERS[provider].name} step={step} onClose={() => setOpen(false)} />
      )}
    </>
  );
}

/**
 * The provider's usual next request for this upload, picked by the kind of file sent, or
 * undefined where it has none (also History's "Use it next…" in its row menu). Where the service
 * has several keys, or the upload's key is gone, it names the key that made the upload: another
 * key may not reach it (AssemblyAI refuses another project's key).
 */
export function useNextStep({ provider, url, assetId, kind, usedKey }: Omit<NextStepProps, 'name'>): ShownStep | undefined {
  const { t } = useTranslation();
  const region = useAppStore((s) => s.settings?.regions[provider]);
  const choice = useAppStore((s) => selectHasKeyChoice(s, provider));
  const stillSaved = useAppStore((s) => selectKeyStillSaved(s, provider, usedKey?.id));
  const named = usedKey !== undefined && usedKey.name !== ENVIRONMENT_KEY_NAME && (choice || !stillSaved) ? usedKey.name : undefined;
  const step = nextStep(t, PROVIDERS[provider], { ...(url !== undefined && { url }), ...(assetId !== undefined && { assetId }) }, region, kind, named);
  return step === undefined || stillSaved ? step : { ...step, keyGone: true };
}

export function NextStepDialog({ name, providerName, step, onClose }: {
  name: string; providerName: string; step: ShownStep; onClose: () => void;
}) {
  const { t } = useTranslation('queue');
  const ref = useRef<HTMLDialogElement>(null);
  useModalDialog(ref);
  const titleId = `next-step-${name}`;
  return (
    <dialog ref={ref} className="dialog next-step" aria-labelledby={titleId} onCancel={(event) => {
      event.preventDefault();
      onClose();
    }}>
      <h2 id={titleId} className="dialog-title">{t('next.title', { purpose: step.purpose, service: providerName })}</h2>
      <div className="dialog-body">
        {step.keyName === undefined
          ? <p><Trans t={t} i18nKey="next.pasteReadsKey" values={{ variable: step.keyEnvVar }} components={{ code: <code /> }} /> {t('next.replaceWords')}</p>
          : <p>{t('next.paste')} {keyVariableSentence(t, step)} {t('next.replaceWords')}</p>}
        {step.keyGone === true && (
          <p className="next-step-warning" role="note">
            {t('next.keyGone', { key: step.keyName })}
          </p>
        )}
        <pre className="mono next-step-code" aria-label={t('next.command')} translate="no">{step.curl}</pre>
        <p>{t('next.bodyOnItsOwn')}</p>
        <pre className="mono next-step-code" aria-label={t('next.body')} translate="no">{step.body}</pre>
        {step.then !== undefined && <p>{step.then}</p>}
      </div>
      <div className="dialog-actions">
        <CopyButton text={step.body} label={t('next.copyBody')} ariaLabel={t('next.copyBodyFor', { name })} copiedMessage={t('next.bodyCopied')} className="button" />
        <CopyButton text={step.curl} label={t('next.copyCommand')} ariaLabel={t('next.copyCommandFor', { name })} copiedMessage={t('next.commandCopied')} className="button" />
        <button type="button" className="button primary" autoFocus onClick={onClose}>{t('next.close')}</button>
      </div>
    </dialog>
  );
}
