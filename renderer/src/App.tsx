// The window: a header with three tabs, notices, the open tab's panel, and a drop overlay.
//
// Names the end-to-end tests (and screen readers) find things by are listed in test/e2e/README.md
// ("Accessible names the tests use"); keep the two together.

import { AppHeader, panelId, tabId } from './components/app-header.tsx';
import { DropOverlay } from './components/drop-overlay.tsx';
import { HistoryView } from './components/history-view.tsx';
import { LiveRegion } from './components/live-region.tsx';
import { NoticeList } from './components/notice-list.tsx';
import { QueueView } from './components/queue-view.tsx';
import { SettingsView } from './components/settings-view.tsx';
import { UpdateBar } from './components/update-bar.tsx';
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
      <UpdateBar />
      <NoticeList />
      {dragging && <DropOverlay />}
      <LiveRegion />
    </div>
  );
}
