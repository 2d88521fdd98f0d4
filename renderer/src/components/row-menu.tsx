import { useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A row's "More" button and the actions it holds: a disclosure (the button says whether it is
 * open; Tab goes on into the actions) shown as a popover. The browser's top layer keeps the
 * actions above the other rows and unclipped by the virtual list's scrolling box; Escape or a
 * click elsewhere closes it and gives the focus back to the button, as does choosing an action.
 * It sits under the button, or above it where the window has no room below (styles: row-menu).
 */
export function RowMenu({ label, children }: { label: string; children: ReactNode }) {
  // useId's characters are not all allowed in an id selector or a CSS name.
  const { t } = useTranslation('queue');
  const menuId = `row-menu-${useId().replace(/[^\w-]/g, '')}`;
  const anchor = `--${menuId}`;
  const ref = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button small row-more" aria-label={label} aria-expanded={open}
        popoverTarget={menuId} style={{ anchorName: anchor }}>
        {t('more')}
      </button>
      <div ref={ref} id={menuId} popover="auto" role="group" aria-label={label} className="row-menu" style={{ positionAnchor: anchor }}
        onToggle={(event) => setOpen(event.newState === 'open')}
        onClick={(event) => {
          if ((event.target as HTMLElement).closest('button') !== null) ref.current?.hidePopover();
        }}>
        {children}
      </div>
    </>
  );
}
