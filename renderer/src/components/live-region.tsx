import { useAppStore } from '../store/app-store.ts';

/** Screen readers hear finished uploads and copies here without the focus moving. */
export function LiveRegion() {
  const announcement = useAppStore((s) => s.announcement);
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="announcer">
      <span key={announcement.seq}>{announcement.text}</span>
    </div>
  );
}
