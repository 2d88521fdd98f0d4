import { useAppStore } from '../store/app-store.ts';
import { addFilesWithDialog } from '../add-files.ts';
import { EmptyQueue } from './empty-queue.tsx';
import { MissingKeyBanner } from './missing-key-banner.tsx';
import { QueueList } from './queue-list.tsx';
import { QueueToolbar } from './queue-toolbar.tsx';
import { UploadIcon } from './icons.tsx';

export function QueueView() {
  const loaded = useAppStore((s) => s.queueLoaded);
  const empty = useAppStore((s) => s.queueIds.length === 0);
  if (!loaded) return <p className="loading">Loading the upload list…</p>;
  if (empty) return <EmptyQueue />;
  return (
    <div className="queue-view">
      <QueueToolbar />
      <MissingKeyBanner />
      <QueueList />
      <div className="drop-strip">
        <UploadIcon size={18} />
        <span>Drop more files or folders anywhere in this window, or</span>
        <button type="button" className="link-button" onClick={() => void addFilesWithDialog()}>
          choose files
        </button>
      </div>
    </div>
  );
}
