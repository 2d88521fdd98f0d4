import { askMain } from '../ask-main.ts';
import { useAppStore } from '../store/app-store.ts';
import { uploader } from '../uploader-api.ts';

/**
 * Uploads are paused (from the tray's menu or More → Pause uploads): say so above the list, or
 * the waiting rows look stuck, and offer the way back.
 */
export function PausedBanner() {
  const paused = useAppStore((s) => s.paused);
  if (!paused) return null;
  return (
    <div className="banner" data-tone="info" role="status">
      <div className="banner-text">
        <p>
          <strong>Uploads are paused.</strong> Files already uploading finish; waiting files start when you resume.
        </p>
      </div>
      <button type="button" className="button small" onClick={() => setPaused(false)}>
        Resume uploads
      </button>
    </div>
  );
}

export function setPaused(paused: boolean): void {
  void askMain(paused ? 'The uploads could not be paused.' : 'The uploads could not be resumed.', () => uploader()['queue:set-paused']({ paused }));
}
