// "Send to" with several services (shared/provider-groups.ts). One service chosen looks as it
// always did: the native select, whose last option, "Several services…", opens a small panel of
// checkboxes. Several chosen, the select gives way to a button naming them ("AssemblyAI +
// memories.ai"), which opens the same panel. The panel floats in the browser's top layer by its
// opener (as a row's More menu does), so the virtual list's scrolling box cannot clip it; Escape,
// a click elsewhere or Done closes it and gives the focus back to the opener.

import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { providerNames } from '../../../shared/provider-groups.ts';
import { providerRefusal, type FileFacts } from '../../../shared/provider-rules.ts';
import { PROVIDERS, PROVIDER_IDS, type ProviderId } from '../../../shared/providers.ts';
import { useAppStore } from '../store/app-store.ts';
import { selectHasKey } from '../store/queue-selectors.ts';
import { ProviderSelect } from './provider-select.tsx';

interface Props {
  /** The services chosen, in the order chosen: the first is the primary. */
  readonly chosen: readonly ProviderId[];
  /** The whole new choice, in order: unchanged ones first, a newly ticked one last. */
  readonly onChange: (providers: ProviderId[]) => void;
  /** The accessible name of the select or button, e.g. "Service for beach.mp4", "Send new files to". */
  readonly ariaLabel: string;
  /** What the panel is called, e.g. "Send beach.mp4 to". */
  readonly title: string;
  readonly id?: string | undefined;
  readonly className?: string;
  /** A row's file: services that would refuse it are marked and cannot be ticked. */
  readonly file?: FileFacts | undefined;
  /** Services whose upload ran or runs: ticked, and not to be unticked, with why ("uploaded"). */
  readonly fixed?: ReadonlyMap<ProviderId, string> | undefined;
  /** With one service chosen: which of its keys, where it has several ("HeyGen — Work"). */
  readonly keyName?: string | undefined;
  /** With one service chosen, a choice in its menu (a service, or one of its keys); onChange([provider]) without it. */
  readonly onChangeOne?: ((provider: ProviderId, keyName?: string) => void) | undefined;
  /**
   * A row's file (its first item's id): ticking a second service makes the row a file with a line
   * per service (file-group-row.tsx), a new element, and the panel opens again there.
   */
  readonly reopenKey?: string | undefined;
  /** What the button says when several are chosen; their names by default ("AssemblyAI + memories.ai"). */
  readonly buttonText?: string | undefined;
}

// The panel a tick closed by drawing its row anew (its file went from one service to several, or
// back): opened again by the new row, on the box last ticked, if that row comes within a moment.
const REOPEN_MS = 3000;
let reopen: { readonly key: string; readonly provider: ProviderId; readonly at: number } | undefined;

export function ProviderChoice({ chosen, onChange, ariaLabel, title, id, className = 'select', file, fixed, reopenKey, buttonText, keyName, onChangeOne }: Props) {
  const { t } = useTranslation('queue');
  const panelId = `provider-choices-${useId().replace(/[^\w-]/g, '')}`;
  const anchor = `--${panelId}`;
  const opener = useRef<HTMLElement | null>(null);
  const panel = useRef<HTMLDivElement>(null);
  const open = () => {
    const element = panel.current;
    if (element === null || element.matches(':popover-open')) return;
    element.showPopover();
    element.querySelector<HTMLInputElement>('input:not(:disabled)')?.focus();
  };
  useEffect(() => {
    const last = reopen;
    if (reopenKey === undefined || last?.key !== reopenKey || Date.now() - last.at > REOPEN_MS) return;
    reopen = undefined;
    panel.current?.showPopover();
    panel.current?.querySelector<HTMLInputElement>(`input[data-provider="${last.provider}"]`)?.focus();
  }, [reopenKey]);
  const change = (providers: ProviderId[], ticked: ProviderId) => {
    if (reopenKey !== undefined) reopen = { key: reopenKey, provider: ticked, at: Date.now() };
    onChange(providers);
  };
  const [only] = chosen;
  return (
    <>
      {chosen.length === 1 && only !== undefined ? (
        <span ref={opener} className="provider-choice-anchor" style={{ anchorName: anchor }}>
          <ProviderSelect {...(id !== undefined && { id })} value={only} keyName={keyName} onChange={(provider, key) => (onChangeOne === undefined ? onChange([provider]) : onChangeOne(provider, key))} ariaLabel={ariaLabel} className={className} {...(file !== undefined && { file })} onSeveral={open} />
        </span>
      ) : (
        <button ref={(element) => void (opener.current = element)} id={id} type="button" className="button small provider-choice-button"
          aria-label={`${ariaLabel}: ${buttonText === undefined ? providerNames(chosen) : `${buttonText} (${providerNames(chosen)})`}`} aria-haspopup="true"
          style={{ anchorName: anchor }} onClick={open}>
          <span className="provider-choice-names">{buttonText ?? providerNames(chosen)}</span>
        </button>
      )}
      <div ref={panel} id={panelId} popover="auto" role="group" aria-label={title} className="row-menu provider-choices" style={{ positionAnchor: anchor }}
        onToggle={(event) => {
          // Closed with the focus inside (Escape, Done): back to what opened it, not the top of the window.
          if (event.newState !== 'closed') return;
          if (reopen?.key === reopenKey) reopen = undefined;
          if (panel.current?.contains(document.activeElement) === true || document.activeElement === document.body) {
            (opener.current?.querySelector('select') ?? opener.current)?.focus();
          }
        }}>
        <p className="provider-choices-title">{title}</p>
        <Checkboxes chosen={chosen} onChange={change} file={file} fixed={fixed} />
        <p className="provider-choices-note">{t('choices.eachOwnUpload')}</p>
        <button type="button" className="button small" onClick={() => panel.current?.hidePopover()}>{t('choices.done')}</button>
      </div>
    </>
  );
}

function Checkboxes({ chosen, onChange, file, fixed }: Pick<Props, 'chosen' | 'file' | 'fixed'> & { onChange: (providers: ProviderId[], ticked: ProviderId) => void }) {
  const { t } = useTranslation('queue');
  const missing = useAppStore(useShallow((s) => PROVIDER_IDS.filter((p) => !selectHasKey(s, p))));
  return (
    <>
      {PROVIDER_IDS.map((provider) => {
        const ticked = chosen.includes(provider);
        const refuses = file !== undefined && providerRefusal(PROVIDERS[provider], file) !== undefined;
        const why = fixed?.get(provider);
        // One stays ticked: a file goes somewhere. One refusing the file is not offered (as in the select).
        const disabled = why !== undefined || (ticked && chosen.length === 1) || (refuses && !ticked);
        const notes = [why, refuses && !ticked ? t('choices.wontTake') : undefined, missing.includes(provider) ? t('choices.noKey') : undefined].filter((n) => n !== undefined);
        return (
          <label key={provider} className="provider-choice" data-disabled={disabled ? 'true' : undefined}>
            <input type="checkbox" checked={ticked} disabled={disabled} data-provider={provider}
              onChange={() => onChange(ticked ? chosen.filter((p) => p !== provider) : [...chosen, provider], provider)} />
            <span>{PROVIDERS[provider].name}</span>
            {notes.length > 0 && <span className="provider-choice-note">{notes.join(t('separator'))}</span>}
          </label>
        );
      })}
    </>
  );
}
