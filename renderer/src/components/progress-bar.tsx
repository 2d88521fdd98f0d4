interface Props {
  /** 0..1; undefined while the amount is not known yet (waiting). */
  readonly fraction: number | undefined;
  readonly label: string;
  readonly tone?: 'normal' | 'done' | 'failed';
}

export function ProgressBar({ fraction, label, tone = 'normal' }: Props) {
  const percent = fraction === undefined ? undefined : Math.round(Math.min(1, Math.max(0, fraction)) * 100);
  return (
    <div
      className="progress"
      data-tone={tone}
      data-indeterminate={percent === undefined ? 'true' : undefined}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
    >
      <div className="progress-fill" style={{ transform: `scaleX(${(percent ?? 100) / 100})` }} />
    </div>
  );
}
