import { useAppStore } from '../store/app-store.ts';
import { CloseIcon } from './icons.tsx';

/** Messages about something the person did: files not added, a call main refused. */
export function NoticeList() {
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((notice) => (
        <div key={notice.id} className="banner notice" data-tone={notice.tone} role={notice.tone === 'error' ? 'alert' : 'status'}>
          <div className="banner-text">
            <p className="notice-title">{notice.title}</p>
            {notice.lines.map((line, index) => (
              <p key={index} className="notice-line">{line}</p>
            ))}
          </div>
          <button type="button" className="icon-button" aria-label={`Dismiss: ${notice.title}`} onClick={() => dismiss(notice.id)}>
            <CloseIcon />
          </button>
        </div>
      ))}
    </div>
  );
}
