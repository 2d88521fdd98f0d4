import { useRef, type ReactNode } from 'react';

/**
 * A button that shows a few more actions under it: a native <details>, so Enter and Space open
 * it without script; Escape, a choice, or the focus leaving closes it. Escape and a choice give
 * the focus back to the menu's button.
 */
export function DisclosureMenu({ label, children }: { label: string; children: ReactNode }) {
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
      <summary className="button">{label}</summary>
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
