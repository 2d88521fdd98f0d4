import { useTranslation } from 'react-i18next';
import { PROVIDERS } from '../../../shared/providers.ts';
import { useAppStore } from '../store/app-store.ts';
import { UploadIcon } from './icons.tsx';

/** Shown while files are dragged over the window: the whole window is the target. */
export function DropOverlay() {
  const { t } = useTranslation('queue');
  const provider = useAppStore((s) => s.settings?.defaultProvider);
  return (
    <div className="drop-overlay" aria-hidden="true">
      <div className="drop-overlay-card">
        <UploadIcon size={48} />
        <p className="drop-title">{t('empty.dropToAdd')}</p>
        {provider !== undefined && <p className="drop-sub">{t('empty.theyWillGo', { service: PROVIDERS[provider].name })}</p>}
      </div>
    </div>
  );
}
