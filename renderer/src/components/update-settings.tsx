import { changeSettings } from '../change-settings.ts';
import { useAppStore } from '../store/app-store.ts';
import { checkForUpdates, restartToUpdate } from '../update-actions.ts';

/** Settings → Updates: the setting, the one quiet line main keeps, the release notes, and the two buttons. */
export function UpdateSettings() {
  const automatic = useAppStore((s) => s.settings?.checkForUpdates);
  const update = useAppStore((s) => s.update);
  if (automatic === undefined || update === undefined) return null;
  return (
    <section className="settings-section" aria-labelledby="updates-heading">
      <h2 id="updates-heading" className="section-title">Updates</h2>
      <div className="settings-grid">
        <label className="field-label" htmlFor="settings-check-updates">New versions</label>
        <div>
          <label className="check-field">
            <input id="settings-check-updates" type="checkbox" checked={automatic}
              onChange={(event) => void changeSettings({ checkForUpdates: event.target.checked })} />
            Check for updates automatically
          </label>
          <p className="field-hint">
            A minute after it starts and every four hours. A new version downloads in the background and installs only
            when you restart Media Uploader, never during an upload.
          </p>
        </div>

        <span className="field-label">This version</span>
        <div className="update-status">
          <p className="update-line">{update.line}</p>
          {update.notes !== undefined && (
            <details className="update-notes">
              <summary>What’s new in version {update.notesVersion}</summary>
              <p>{update.notes}</p>
            </details>
          )}
          <div className="update-actions">
            {update.ready !== undefined
              ? <button type="button" className="button small primary" onClick={restartToUpdate}>Restart to update</button>
              : <button type="button" className="button small" disabled={!update.canCheck} onClick={() => void checkForUpdates()}>Check for updates</button>}
          </div>
        </div>
      </div>
    </section>
  );
}
