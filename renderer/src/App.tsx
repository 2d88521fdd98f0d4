// The window: a header with three tabs, notices, the open tab's panel, and a drop overlay.
//
// Names the end-to-end tests (and screen readers) find things by:
//   tabs (role tab):           "Queue", "History", "Settings"
//   header button:             "Add files…"
//   queue toolbar:             combobox "Send new files to"; buttons "Upload all", "Clear finished",
//                              "Copy all links" (shows "Copied" for 2 s), "Retry all N failed" /
//                              "Retry the failed file", "Send the N files not started yet to <Provider>"
//   first launch (no key):     heading "Where should your files go?", radios named by provider,
//                              "Continue with <Provider>", then "Paste your <Provider> API key"
//                              (a key card), "Back", "Skip for now"
//   empty queue:               button "Add files…" (the header has one too), combobox
//                              "Send new files to"
//   the queue:                 role list "Upload queue"; each row role listitem named by the file
//                              name, with data-status = idle|waiting|uploading|done|failed|cancelled
//   inside a row (for beach.mp4): combobox "Provider for beach.mp4"; progressbar
//                              "Upload progress for beach.mp4"; buttons "Upload beach.mp4",
//                              "Cancel upload of beach.mp4", "Retry beach.mp4",
//                              "Remove beach.mp4 from the list", "Copy link for beach.mp4",
//                              "Copy asset ID for beach.mp4", "Open link for beach.mp4",
//                              "Details for beach.mp4" (aria-expanded); a problem or error
//                              sentence is visible text in the row; copy buttons read "Copied"
//                              for 2 s (their accessible name stays the same)
//   missing key:               button "Add the <Provider> key in Settings" (banner); provider
//                              options read "<Provider> (no key yet)"
//   history:                   searchbox "Search history"; buttons "Export CSV", "Export JSON",
//                              "Clear history" then dialog "Clear the whole history?" with
//                              "Clear all" / "Keep history"; list "Upload history" of
//                              listitems named by file name, with "Copy link for …",
//                              "Copy asset ID for …", "Open link for …", "Remove … from history"
//   settings:                  textbox (password) "<Provider> API key"; buttons "Show <Provider> key",
//                              "Save <Provider> key", "Test <Provider> key", "Remove <Provider> key";
//                              each card's status text has data-testid "key-status-<providerId>",
//                              the test answer "key-test-<providerId>"; combobox "Default provider",
//                              spinbutton "Uploads at once", combobox "AssemblyAI region"
//   live region:               data-testid "announcer" (aria-live polite)

import { AppHeader, panelId, tabId } from './components/app-header.tsx';
import { DropOverlay } from './components/drop-overlay.tsx';
import { HistoryView } from './components/history-view.tsx';
import { LiveRegion } from './components/live-region.tsx';
import { NoticeList } from './components/notice-list.tsx';
import { QueueView } from './components/queue-view.tsx';
import { SettingsView } from './components/settings-view.tsx';
import { useFileDrop } from './components/use-file-drop.ts';
import { useAppStore } from './store/app-store.ts';

export function App() {
  const tab = useAppStore((s) => s.tab);
  const dragging = useFileDrop();
  return (
    <div className="app" data-dragging={dragging ? 'true' : undefined}>
      <AppHeader />
      {/* One main landmark, holding the open tab's panel (a role on <main> itself would hide the landmark). */}
      <main className="panel">
        <div className="panel-body" role="tabpanel" id={panelId(tab)} aria-labelledby={tabId(tab)}>
          {tab === 'queue' && <QueueView />}
          {tab === 'history' && <HistoryView />}
          {tab === 'settings' && <SettingsView />}
        </div>
      </main>
      <NoticeList />
      {dragging && <DropOverlay />}
      <LiveRegion />
    </div>
  );
}
