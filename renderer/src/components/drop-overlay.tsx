import { PROVIDERS } from '../../../shared/providers.ts';
import { useAppStore } from '../store/app-store.ts';
import { UploadIcon } from './icons.tsx';

/** Shown while files are dragged over the window: the whole window is the target. */
export function DropOverlay() {
  const provider = useAppStore((s) => s.settings?.defaultProvider);
  return (
    <div className="drop-overlay" aria-hidden="true">
      <div className="drop-overlay-card">
        <UploadIcon size={48} />
        <p className="drop-title">Drop to add to the queue</p>
        {provider !== undefined && <p className="drop-sub">They will go to {PROVIDERS[provider].name}. You can change that for each file.</p>}
      </div>
    </div>
  );
}
