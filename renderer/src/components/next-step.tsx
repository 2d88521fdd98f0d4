import { useTranslation } from 'react-i18next';
import { useRef, useState } from 'react';
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
  const [open, setOpen] = useState(false);
  const step = useNextStep({ provider, url, assetId, kind, usedKey });
  if (step === undefined) return null;
  return (
    <>
      <button type="button" className="button small quiet" aria-label={`Use it next: ${name}`} aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Use it next
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
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  useModalDialog(ref);
  const titleId = `next-step-${name}`;
  return (
    <dialog ref={ref} className="dialog next-step" aria-labelledby={titleId} onCancel={(event) => {
      event.preventDefault();
      onClose();
    }}>
      <h2 id={titleId} className="dialog-title">{step.purpose} with {providerName}</h2>
      <div className="dialog-body">
        {step.keyName === undefined
          ? <p>Paste this into a terminal. It reads your key from <code>{step.keyEnvVar}</code>: set that first. Replace the words in &lt;angle brackets&gt;.</p>
          : <p>Paste this into a terminal. {keyVariableSentence(t, step)} Replace the words in &lt;angle brackets&gt;.</p>}
        {step.keyGone === true && (
          <p className="next-step-warning" role="note">
            The “{step.keyName}” key that made this upload is no longer saved in this app (it was removed or replaced). Only that key can use the upload: without it, upload the file again.
          </p>
        )}
        <pre className="mono next-step-code" aria-label="Command">{step.curl}</pre>
        <p>The request's body on its own:</p>
        <pre className="mono next-step-code" aria-label="Body">{step.body}</pre>
        {step.then !== undefined && <p>{step.then}</p>}
      </div>
      <div className="dialog-actions">
        <CopyButton text={step.body} label="Copy body" ariaLabel={`Copy the request body for ${name}`} copiedMessage="The request body was copied." className="button" />
        <CopyButton text={step.curl} label="Copy command" ariaLabel={`Copy the command for ${name}`} copiedMessage="The command was copied." className="button" />
        <button type="button" className="button primary" autoFocus onClick={onClose}>Close</button>
      </div>
    </dialog>
  );
}
