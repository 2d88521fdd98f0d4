import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addFilesWithDialog } from '../add-files.ts';
import { useAppStore } from '../store/app-store.ts';
import { selectFileCount } from '../store/file-rows.ts';
import type { Tab } from '../store/ui-slice.ts';
import { UploadIcon } from './icons.tsx';

const TABS: readonly { id: Tab; label: string }[] = [
  { id: 'queue', label: 'start:header.queue' },
  { id: 'history', label: 'start:header.history' },
  { id: 'settings', label: 'start:header.settings' },
];

export function tabId(tab: Tab): string {
  return `tab-${tab}`;
}

export function panelId(tab: Tab): string {
  return `panel-${tab}`;
}

export function AppHeader() {
  const current = useAppStore((s) => s.tab);
  const showTab = useAppStore((s) => s.showTab);
  // Files, as the list shows them: one sent to several services is one row.
  const queueCount = useAppStore(selectFileCount);
  const buttons = useRef<Record<string, HTMLButtonElement | null>>({});
  const { t } = useTranslation();

  // The tab pattern: arrows move between tabs, Tab moves on into the panel.
  const onKeyDown = (event: KeyboardEvent) => {
    const index = TABS.findIndex((t) => t.id === current);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    let next: Tab | undefined;
    if (step !== 0) next = TABS[(index + step + TABS.length) % TABS.length]?.id;
    else if (event.key === 'Home') next = TABS[0]?.id;
    else if (event.key === 'End') next = TABS[TABS.length - 1]?.id;
    if (next === undefined) return;
    event.preventDefault();
    showTab(next);
    buttons.current[next]?.focus();
  };

  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-mark"><UploadIcon size={18} /></span>
        <h1 className="brand-name">{t('start:header.appName')}</h1>
      </div>
      <div role="tablist" aria-label={t('start:header.sections')} className="tabs" onKeyDown={onKeyDown}>
        {TABS.map((tab) => (
          <button
            key={tab.id}
            ref={(el) => {
              buttons.current[tab.id] = el;
            }}
            type="button"
            role="tab"
            id={tabId(tab.id)}
            aria-selected={current === tab.id}
            aria-controls={panelId(tab.id)}
            tabIndex={current === tab.id ? 0 : -1}
            className="tab"
            onClick={() => showTab(tab.id)}
          >
            {t(tab.label)}
            {tab.id === 'queue' && queueCount > 0 && <span className="tab-badge" aria-hidden="true">{queueCount.toLocaleString()}</span>}
          </button>
        ))}
      </div>
      <button type="button" className="button primary" onClick={() => void addFilesWithDialog()}>
        {t('start:header.addFiles')}
      </button>
    </header>
  );
}
