import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/app-store.ts';
import { addFilesWithDialog } from '../add-files.ts';
import { selectVisibleIds } from '../store/queue-selectors.ts';
import { selectFileRows } from '../store/file-rows.ts';
import { BatchSummary } from './batch-summary.tsx';
import { EmptyQueue } from './empty-queue.tsx';
import { MissingKeyBanner } from './missing-key-banner.tsx';
import { PausedBanner } from './paused-banner.tsx';
import { QueueList } from './queue-list.tsx';
import { QueueToolbar } from './queue-toolbar.tsx';
import { UploadIcon } from './icons.tsx';

export function QueueView() {
  const { t } = useTranslation('queue');
  const ids = useAppStore((s) => s.queue?.queueIds);
  const visible = useAppStore(selectVisibleIds);
  // A file sent to several services is one row, with a line per service (file-rows.ts).
  const rows = useAppStore(selectFileRows);
  const defaultProvider = useAppStore((s) => s.settings?.defaultProvider);
  // A filter whose rows all moved on (sent elsewhere, resumed, cleared) would show an empty
  // list: every file is shown again instead.
  const filter = useAppStore((s) => s.queueFilter);
  const emptied = filter !== 'all' && visible?.length === 0;
  useEffect(() => {
    if (emptied) useAppStore.getState().setQueueFilter('all');
  }, [emptied]);
  // Both come with the window's first answers; until then nothing is guessed.
  if (ids === undefined || defaultProvider === undefined) return <p className="loading">{t('empty.loading')}</p>;
  if (ids.length === 0) return <EmptyQueue provider={defaultProvider} />;
  return (
    <div className="queue-view">
      <QueueToolbar defaultProvider={defaultProvider} />
      <PausedBanner />
      <MissingKeyBanner />
      <BatchSummary />
      <QueueList ids={rows?.ids ?? ids} groups={rows?.groups} />
      <div className="drop-strip">
        <UploadIcon size={18} />
        <span>{t('empty.dropMore')}</span>
        <button type="button" className="link-button" onClick={() => void addFilesWithDialog()}>
          {t('empty.chooseFiles')}
        </button>
      </div>
    </div>
  );
}
