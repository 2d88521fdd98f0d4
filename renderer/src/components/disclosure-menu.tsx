import { useRef, type ReactNode } from 'react';

/**
 * A button that shows a few more actions under it: a native <details>, so Enter and Space open
 * it without script; Escape, a choice, or the focus leaving closes it.
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
        if ((event.target as HTMLElement).closest('button') !== null) close(false);
      }}>
        {children}
      </div>
    </details>
  );
}
