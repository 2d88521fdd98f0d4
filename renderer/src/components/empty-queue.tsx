import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { PROVIDER_IDS, PROVIDERS, type ProviderId } from '../../../shared/providers.ts';
import { addFilesWithDialog } from '../add-files.ts';
import { dropWords } from '../provider-words.ts';
import { useAppStore } from '../store/app-store.ts';
import { selectHasKey } from '../store/queue-selectors.ts';
import { GuidedStart } from './guided-start.tsx';
import { UploadIcon } from './icons.tsx';
import { MissingKeyLine } from './missing-key-banner.tsx';
import { NewFilesChoice } from './new-files-choice.tsx';
import { retentionWords } from '../../../shared/provider-words.ts';

/**
 * The first thing a person sees. With no key saved for any service, a guided start; then the
 * whole window is the place to drop files.
 */
export function EmptyQueue({ provider }: { readonly provider: ProviderId }) {
  const { t } = useTranslation('queue');
  const hasKey = useAppStore((s) => selectHasKey(s, provider));
  // No key that could work yet: none saved, or only ones the service did not accept (the guide's
  // key step then stays, showing why, instead of moving on to files that could not upload).
  const noKeyAtAll = useAppStore((s) => s.keys !== undefined && PROVIDER_IDS.every((p) => s.keys?.[p]?.hasKey !== true || s.keys[p]?.check.state === 'rejected'));
  const skipped = useAppStore((s) => s.guideSkipped);
  const skipGuide = useAppStore((s) => s.skipGuide);
  // Remembered while this screen stays: after the guide's key is saved, this is its third step.
  const guided = useRef(false);
  const showGuide = noKeyAtAll && !skipped;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const wasGuide = useRef(false);
  useEffect(() => {
    if (showGuide) {
      wasGuide.current = true;
      return;
    }
    if (!wasGuide.current) return;
    wasGuide.current = false;
    // The guide's card went, and the focus in it (a key saved, or "Skip for now"): the next
    // step's heading takes it, so the next Tab reaches "Add files…", not the top of the window.
    headingRef.current?.focus();
  }, [showGuide]);

  if (showGuide) {
    guided.current = true;
    return <GuidedStart provider={provider} onSkip={skipGuide} />;
  }

  return (
    <div className="empty-queue">
      <div className="drop-target">
        {guided.current && hasKey && <p className="guided-step">{t('empty.step3')}</p>}
        <span className="drop-icon">
          <UploadIcon size={44} />
        </span>
        <h2 ref={headingRef} tabIndex={-1} className="drop-title">{dropWords(provider, t)}</h2>
        <p className="drop-sub">{t('empty.dropFolder')}</p>
        <button type="button" className="button primary large" onClick={() => void addFilesWithDialog()}>
          {t('empty.addFiles')}
        </button>
        <div className="drop-provider">
          <label className="field-label" htmlFor="empty-default-provider">{t('empty.sendThemTo')}</label>
          <NewFilesChoice id="empty-default-provider" defaultProvider={provider} />
        </div>
        <p className="drop-note">{retentionWords(t, PROVIDERS[provider])}</p>
        {!hasKey && (
          <div className="banner" data-tone="warning">
            <div className="banner-text">
              <MissingKeyLine provider={provider} />
            </div>
          </div>
        )}
      </div>
    </div>
  );
}
