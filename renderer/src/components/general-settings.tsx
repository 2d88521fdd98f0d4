import { changeSettings } from '../change-settings.ts';
import { useAppStore } from '../store/app-store.ts';
import { ConcurrencyField } from './concurrency-field.tsx';
import { ProviderSelect } from './provider-select.tsx';
import { sendNewFilesTo } from '../send-new-files-to.ts';
import { ProxyField } from './proxy-field.tsx';

export function GeneralSettings() {
  const settings = useAppStore((s) => s.settings);
  const change = (patch: Parameters<typeof changeSettings>[0]) => void changeSettings(patch);
  if (settings === undefined) return <p className="loading">Loading the settings…</p>;

  return (
    <section className="settings-section" aria-labelledby="uploads-heading">
      <h2 id="uploads-heading" className="section-title">Uploads</h2>
      <div className="settings-grid">
        <label className="field-label" htmlFor="settings-default-provider">Default service</label>
        <div>
          <ProviderSelect id="settings-default-provider" value={settings.defaultProvider} ariaLabel="Default service"
            onChange={(provider, keyName) => void sendNewFilesTo(provider, keyName)} />
          <p className="field-hint">New files go here. You can still change it for each file in the queue.</p>
        </div>

        <label className="field-label" htmlFor="settings-concurrency">Uploads at once</label>
        <ConcurrencyField id="settings-concurrency" saved={settings.concurrency} />

        <label className="field-label" htmlFor="settings-window-closes">Closing the window</label>
        <div>
          <select id="settings-window-closes" className="select" value={settings.whenWindowCloses}
            onChange={(event) => change({ whenWindowCloses: event.target.value === 'quit' ? 'quit' : 'tray' })}>
            <option value="tray">Keeps Media Uploader running in the tray</option>
            <option value="quit">Quits Media Uploader</option>
          </select>
          <p className="field-hint">
            In the tray (the menu bar on a Mac), uploads go on and the latest links are a click away. Quitting asks first
            while files upload.
          </p>
        </div>

        <label className="field-label" htmlFor="settings-upload-when-added">When files are added</label>
        <div>
          <label className="check-field">
            <input id="settings-upload-when-added" type="checkbox" checked={settings.uploadWhenAdded}
              onChange={(event) => change({ uploadWhenAdded: event.target.checked })} />
            Upload them at once
          </label>
          <p className="field-hint">Off, files wait in the list until you press Upload, so you can choose where each goes first.</p>
        </div>

        <label className="field-label" htmlFor="settings-copy-link">When one upload finishes</label>
        <div>
          <label className="check-field">
            <input id="settings-copy-link" type="checkbox" checked={settings.copyLinkWhenDone}
              onChange={(event) => change({ copyLinkWhenDone: event.target.checked })} />
            Copy its link automatically
          </label>
          <p className="field-hint">Only when a single file was uploaded, so a batch never overwrites what you copied.</p>
        </div>

        <label className="field-label" htmlFor="settings-remove-location">Location in photos and videos</label>
        <div>
          <label className="check-field">
            <input id="settings-remove-location" type="checkbox" checked={!settings.keepLocation}
              onChange={(event) => change({ keepLocation: !event.target.checked })} />
            Remove it before sending
          </label>
          <p className="field-hint">Where a photo or video was taken is left out of a copy that is sent instead. Your file stays as it is.</p>
        </div>

        <label className="field-label" htmlFor="settings-open-at-login">Start at login</label>
        <div>
          <label className="check-field">
            <input id="settings-open-at-login" type="checkbox" checked={settings.openAtLogin}
              onChange={(event) => change({ openAtLogin: event.target.checked })} />
            Start Media Uploader when I log in
          </label>
          <p className="field-hint">When closing the window keeps it in the tray, it starts there, without its window.</p>
        </div>

        <label className="field-label" htmlFor="settings-proxy">Proxy</label>
        <ProxyField id="settings-proxy" saved={settings.proxy} />

      </div>
    </section>
  );
}
