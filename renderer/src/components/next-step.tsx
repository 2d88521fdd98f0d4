import { useRef, useState } from 'react';
import type { MediaKind } from '../../../shared/media-formats.ts';
import { nextStep, type NextStep } from '../../../shared/next-call.ts';
import { PROVIDERS, type ProviderId } from '../../../shared/providers.ts';
import { useAppStore } from '../store/app-store.ts';
import { CopyButton } from './copy-button.tsx';
import { useModalDialog } from './use-modal-dialog.ts';

export interface NextStepProps {
  readonly name: string;
  readonly provider: ProviderId;
  readonly url: string | undefined;
  readonly assetId: string | undefined;
  /** Of what was sent: the request is picked by it. */
  readonly kind: MediaKind | undefined;
}

/**
 * "Use it next": a button that shows the provider's usual next request for this upload, as a
 * curl command and its JSON body to copy. The key is the provider's environment variable; the
 * window never has the key, so it cannot put it there.
 */
export function UseItNext({ name, provider, url, assetId, kind }: NextStepProps) {
  const [open, setOpen] = useState(false);
  const step = useNextStep({ provider, url, assetId, kind });
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
 * undefined where it has none (also History's "Use it next…" in its row menu).
 */
export function useNextStep({ provider, url, assetId, kind }: Omit<NextStepProps, 'name'>): NextStep | undefined {
  const region = useAppStore((s) => s.settings?.regions[provider]);
  return nextStep(PROVIDERS[provider], { ...(url !== undefined && { url }), ...(assetId !== undefined && { assetId }) }, region, kind);
}

export function NextStepDialog({ name, providerName, step, onClose }: {
  name: string; providerName: string; step: NonNullable<ReturnType<typeof nextStep>>; onClose: () => void;
}) {
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
        <p>Paste this into a terminal. It reads your key from <code>{step.keyEnvVar}</code>: set that first. Replace the words in &lt;angle brackets&gt;.</p>
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
