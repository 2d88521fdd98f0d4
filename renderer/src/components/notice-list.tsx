import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/app-store.ts';
import type { Notice } from '../store/ui-slice.ts';
import { CloseIcon } from './icons.tsx';

// Long enough to read two lines twice; hovering or focusing the toast holds it open.
export const INFO_TOAST_MS = 7000;

/**
 * Messages about something the person did (files not added, a call main refused, an export
 * saved), in a strip under the open tab: never over the list (at 800×560 a notice over it hid
 * one and a half of its three rows), and they stay on whatever tab is open. A notice of several
 * lines shows its title with "Show details", so it takes one line's room. Info closes itself;
 * warnings and errors wait to be dismissed.
 */
export function NoticeList() {
  const notices = useAppStore((s) => s.notices);
  if (notices.length === 0) return null;
  return (
    <div className="toasts">
      {notices.map((notice) => <Toast key={notice.id} notice={notice} />)}
    </div>
  );
}

function Toast({ notice }: { notice: Notice }) {
  const { t } = useTranslation('queue');
  const dismiss = useAppStore((s) => s.dismissNotice);
  const [held, setHeld] = useState(false);
  // One line is said at once; more wait behind "Show details" (the title says what happened),
  // except for an error, whose lines say how to recover.
  const folds = notice.tone !== 'error' && notice.lines.length > 1;
  const [open, setOpen] = useState(false);
  const linesId = useId();

  useEffect(() => {
    if (notice.tone !== 'info' || held) return undefined;
    const timer = window.setTimeout(() => dismiss(notice.id), INFO_TOAST_MS);
    return () => window.clearTimeout(timer);
  }, [notice, held, dismiss]);

  return (
    <div className="banner toast" data-tone={notice.tone} role={notice.tone === 'error' ? 'alert' : 'status'}
      onMouseEnter={() => setHeld(true)} onMouseLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)} onBlur={() => setHeld(false)}>
      <div className="banner-text">
        <p className="notice-title">
          {notice.title}
          {folds && (
            <button type="button" className="link-button notice-toggle" aria-expanded={open} aria-controls={open ? linesId : undefined}
              onClick={() => setOpen(!open)}>
              {open ? t('notice.hideDetails') : t('notice.showDetails')}
            </button>
          )}
        </p>
        {(!folds || open) && (
          <div id={linesId} className="notice-lines">
            {notice.lines.map((line, index) => (
              <p key={index} className="notice-line">{line}</p>
            ))}
          </div>
        )}
      </div>
      {notice.action !== undefined && (
        <button type="button" className="button small" onClick={() => {
          notice.action?.run();
          dismiss(notice.id);
        }}>
          {notice.action.label}
        </button>
      )}
      <button type="button" className="icon-button" aria-label={t('notice.dismiss', { title: notice.title })} onClick={() => dismiss(notice.id)}>
        <CloseIcon />
      </button>
    </div>
  );
}
