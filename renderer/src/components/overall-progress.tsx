import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { formatPercent, formatRate, formatSize, formatTime } from '../queue-numbers.ts';
import { useAppStore } from '../store/app-store.ts';
import { selectOverallProgress } from '../store/queue-selectors.ts';
import { selectGroupMembers } from '../store/file-rows.ts';
import { ProgressBar } from './progress-bar.tsx';

/** The whole batch at a glance, while anything is on its way. */
export function OverallProgressBar() {
  const { t } = useTranslation('queue');
  const overall = useAppStore(useShallow(selectOverallProgress));
  // Files sent to several services count an upload per service.
  const uploads = useAppStore((s) => selectGroupMembers(s).size > 0);
  if (!overall.active) return null;
  const percent = Math.floor(overall.fraction * 100);
  const parts = [
    t(uploads ? 'overall.uploads' : 'overall.files', { done: overall.finishedFiles, total: overall.files }),
    formatPercent(t, percent),
    t('overall.bytes', { sent: formatSize(t, overall.sentBytes), total: formatSize(t, overall.totalBytes) }),
  ];
  if (overall.bytesPerSecond > 0) parts.push(formatRate(t, overall.bytesPerSecond));
  if (overall.etaSeconds !== undefined) parts.push(t('overall.aboutLeft', { time: formatTime(t, overall.etaSeconds) }));
  return (
    <div className="overall">
      <ProgressBar fraction={overall.fraction} label={t('overall.label')} />
      <p className="overall-line">{parts.join(' · ')}</p>
    </div>
  );
}
