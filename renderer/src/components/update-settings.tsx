import { useTranslation } from 'react-i18next';
import { changeSettings } from '../change-settings.ts';
import { useAppStore } from '../store/app-store.ts';
import { checkForUpdates, restartToUpdate } from '../update-actions.ts';

/** Settings → Updates: the setting, the one quiet line main keeps, the release notes, and the two buttons. */
export function UpdateSettings() {
  const automatic = useAppStore((s) => s.settings?.checkForUpdates);
  const update = useAppStore((s) => s.update);
  const { t } = useTranslation();
  if (automatic === undefined || update === undefined) return null;
  return (
    <section className="settings-section" aria-labelledby="updates-heading">
      <h2 id="updates-heading" className="section-title">{t('settings:updates.heading')}</h2>
      <div className="settings-grid">
        <label className="field-label" htmlFor="settings-check-updates">{t('settings:updates.newVersions')}</label>
        <div>
          <label className="check-field">
            <input id="settings-check-updates" type="checkbox" checked={automatic}
              onChange={(event) => void changeSettings({ checkForUpdates: event.target.checked })} />
            {t('settings:updates.automatic')}
          </label>
          <p className="field-hint">{t('settings:updates.automaticHint')}</p>
        </div>

        <span className="field-label">{t('settings:updates.thisVersion')}</span>
        <div className="update-status">
          <p className="update-line">{update.line}</p>
          {update.notes !== undefined && (
            <details className="update-notes">
              <summary>{t('settings:updates.whatsNew', { version: update.notesVersion })}</summary>
              <p>{update.notes}</p>
            </details>
          )}
          <div className="update-actions">
            {update.ready !== undefined
              ? <button type="button" className="button small primary" onClick={restartToUpdate}>{t('settings:updates.restart')}</button>
              : <button type="button" className="button small" disabled={!update.canCheck} onClick={() => void checkForUpdates()}>{t('settings:updates.check')}</button>}
          </div>
        </div>
      </div>
    </section>
  );
}
