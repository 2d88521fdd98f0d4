import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/app-store.ts';
import { CheckIcon } from './icons.tsx';

// Long enough to notice, short enough that the next copy is not confusing.
const CONFIRM_MS = 2000;

interface Props {
  /** What to copy; a function when making it costs something (all of a queue's links), called on the click. */
  readonly text: string | (() => string);
  /** Visible words, e.g. "Copy link". */
  readonly label: string;
  /** The accessible name, naming the file, e.g. "Copy link for beach.mp4". */
  readonly ariaLabel: string;
  /** What the live region says after copying, e.g. "Link for beach.mp4 copied". */
  readonly copiedMessage?: string;
  readonly className?: string;
}

export function CopyButton({ text, label, ariaLabel, copiedMessage, className = 'button small' }: Props) {
  const { t } = useTranslation('queue');
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    if (state === 'idle') return undefined;
    const timer = window.setTimeout(() => setState('idle'), CONFIRM_MS);
    return () => window.clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(typeof text === 'function' ? text() : text);
      setState('copied');
      useAppStore.getState().announce(copiedMessage ?? t('copy.copiedSaid'));
    } catch {
      setState('failed');
      useAppStore.getState().announce(t('copy.failedSaid'));
    }
  };

  return (
    <button type="button" className={`${className} copy-button`} data-state={state} aria-label={ariaLabel} onClick={() => void copy()}>
      {state === 'copied' ? (
        <>
          <CheckIcon /> {t('copy.copied')}
        </>
      ) : state === 'failed' ? (
        t('copy.failed')
      ) : (
        label
      )}
    </button>
  );
}
