import { useRef, type ReactNode } from 'react';

/**
 * A button that shows a few more actions under it: a native <details>, so Enter and Space open
 * it without script; Escape, a choice, or the focus leaving closes it. Escape and a choice give
 * the focus back to the menu's button.
 */
export function DisclosureMenu({ label, children, summary }: {
  label: string;
  children: ReactNode;
  /** An icon button instead of a text one: `label` is then its accessible name, `title` its tooltip. */
  summary?: { readonly icon: ReactNode; readonly title: string };
}) {
  const ref = useRef<HTMLDetailsElement>(null);
  const close = (focusSummary: boolean) => {
    ref.current?.removeAttribute('open');
    if (focusSummary) ref.current?.querySelector('summary')?.focus();
  };
  return (
    <details ref={ref} className="more-menu"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && ref.current?.open === true) {
          event.preventDefault();
          close(true);
        }
      }}
      onBlur={(event) => {
        if (!ref.current?.contains(event.relatedTarget as Node | null)) close(false);
      }}>
      {summary === undefined ? <summary className="button">{label}</summary> : (
        <summary className="icon-button" aria-label={label} title={summary.title}>{summary.icon}</summary>
      )}
      <div className="more-items" onClick={(event) => {
        // Back to the menu's button: the chosen item hides with the menu and would take the
        // focus with it, to the top of the window.
        if ((event.target as HTMLElement).closest('button') !== null) close(true);
      }}>
        {children}
      </div>
    </details>
  );
}
