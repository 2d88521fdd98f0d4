import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { formatBytes, formatDuration, formatSpeed } from '../../../shared/format-units.ts';
import { useAppStore } from '../store/app-store.ts';
import { selectOverallProgress } from '../store/queue-selectors.ts';
import { selectGroupMembers } from '../store/file-rows.ts';
import { ProgressBar } from './progress-bar.tsx';

/** The whole batch at a glance, while anything is on its way. */
export function OverallProgressBar() {
  const { t } = useTranslation();
  const overall = useAppStore(useShallow(selectOverallProgress));
  // Files sent to several services count an upload per service.
  const uploads = useAppStore((s) => selectGroupMembers(s).size > 0);
  if (!overall.active) return null;
  const percent = Math.floor(overall.fraction * 100);
  const parts = [
    `${overall.finishedFiles.toLocaleString()} of ${overall.files.toLocaleString()} ${uploads ? 'uploads' : 'files'}`,
    `${percent}%`,
    `${formatBytes(t, overall.sentBytes)} of ${formatBytes(t, overall.totalBytes)}`,
  ];
  if (overall.bytesPerSecond > 0) parts.push(formatSpeed(t, overall.bytesPerSecond));
  if (overall.etaSeconds !== undefined) parts.push(`about ${formatDuration(t, overall.etaSeconds)} left`);
  return (
    <div className="overall">
      <ProgressBar fraction={overall.fraction} label="Overall upload progress" />
      <p className="overall-line">{parts.join(' · ')}</p>
    </div>
  );
}
