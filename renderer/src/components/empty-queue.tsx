import { PROVIDERS, type ProviderId } from '../../../shared/providers.ts';
import { addFilesWithDialog } from '../add-files.ts';
import { changeSettings } from '../change-settings.ts';
import { useAppStore } from '../store/app-store.ts';
import { selectHasKey } from '../store/queue-selectors.ts';
import { UploadIcon } from './icons.tsx';
import { MissingKeyLine } from './missing-key-banner.tsx';
import { ProviderSelect } from './provider-select.tsx';

/** The first thing a person sees: the whole window is the place to drop files. */
export function EmptyQueue({ provider }: { readonly provider: ProviderId }) {
  const hasKey = useAppStore((s) => selectHasKey(s, provider));
  const setDefault = (next: ProviderId) =>
    void changeSettings({ defaultProvider: next });

  return (
    <div className="empty-queue">
      <div className="drop-target">
        <span className="drop-icon">
          <UploadIcon size={44} />
        </span>
        <h2 className="drop-title">Drop images, videos or audio files here</h2>
        <p className="drop-sub">Folders work too: the media files inside them are added.</p>
        <button type="button" className="button primary large" onClick={() => void addFilesWithDialog()}>
          Choose files…
        </button>
        <div className="drop-provider">
          <label className="field-label" htmlFor="empty-default-provider">Send them to</label>
          <ProviderSelect id="empty-default-provider" value={provider} onChange={setDefault} ariaLabel="Send new files to" />
        </div>
        <p className="drop-note">{PROVIDERS[provider].retentionNote}</p>
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
