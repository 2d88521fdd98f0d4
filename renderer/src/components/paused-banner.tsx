import { useTranslation } from 'react-i18next';
import { askMain } from '../ask-main.ts';
import { queueT } from '../queue-numbers.ts';
import { useAppStore } from '../store/app-store.ts';
import { uploader } from '../uploader-api.ts';

/**
 * Uploads are paused (from the tray's menu or More → Pause uploads): say so above the list, or
 * the waiting rows look stuck, and offer the way back.
 */
export function PausedBanner() {
  const { t } = useTranslation('queue');
  const paused = useAppStore((s) => s.paused);
  if (!paused) return null;
  return (
    <div className="banner" data-tone="info" role="status">
      <div className="banner-text">
        <p>
          <strong>{t('paused.title')}</strong> {t('paused.text')}
        </p>
      </div>
      <button type="button" className="button small" onClick={() => setPaused(false)}>
        {t('toolbar.resume')}
      </button>
    </div>
  );
}

export function setPaused(paused: boolean): void {
  const t = queueT();
  void askMain(paused ? t('paused.pauseFailed') : t('paused.resumeFailed'), () => uploader()['queue:set-paused']({ paused }));
}
