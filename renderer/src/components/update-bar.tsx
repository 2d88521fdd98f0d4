import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { restartToUpdate } from '../update-actions.ts';
import { useAppStore } from '../store/app-store.ts';

/**
 * A new version is downloaded, verified, and nothing is uploading: one quiet line under the
 * open tab, in every tab, until the person restarts or puts it off for this window. Settings
 * keeps the same offer and the release notes.
 */
export function UpdateBar() {
  const version = useAppStore((s) => s.update?.ready?.version);
  const [later, setLater] = useState<string | undefined>(undefined);
  const { t } = useTranslation();
  if (version === undefined || later === version) return null;
  return (
    <div className="banner update-bar" data-tone="info" role="status">
      <p className="banner-text">{t('start:update.ready', { version })}</p>
      <button type="button" className="button small primary" onClick={restartToUpdate}>{t('start:update.restart')}</button>
      <button type="button" className="button small" onClick={() => setLater(version)}>{t('start:update.later')}</button>
    </div>
  );
}
