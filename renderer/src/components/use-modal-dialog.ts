// A native modal <dialog> opened as its component mounts, and the keyboard focus given back as
// it goes: to the control that opened it, or, when that control is gone or can no longer be
// pressed (the "Clear history" of a history just cleared), to the nearest one that can, so the
// next Tab never starts again at the top of the window.

import { useLayoutEffect, type RefObject } from 'react';

const FOCUSABLE = 'button, select, input, textarea, a[href], summary, [tabindex]:not([tabindex="-1"])';

export function useModalDialog(ref: RefObject<HTMLDialogElement | null>): void {
  // Layout effect: its cleanup runs while the dialog is still in the page, before React removes it.
  useLayoutEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
      // After React's commit, when the opener's own state (disabled, removed) is up to date.
      requestAnimationFrame(() => giveFocusBack(opener));
    };
  }, [ref]);
}

function canTakeFocus(el: HTMLElement): boolean {
  if (!el.isConnected || el.closest('[inert], dialog:not([open])') !== null) return false;
  if ((el as HTMLButtonElement).disabled === true || el.getAttribute('aria-disabled') === 'true') return false;
  return el.checkVisibility();
}

function giveFocusBack(opener: HTMLElement | null): void {
  if (opener === null) return;
  // The person has already moved on (clicked elsewhere): leave their focus be. (Chromium gives a
  // closed dialog's focus back to its opener itself, where it can.)
  const active = document.activeElement;
  if (active !== null && active !== document.body && active !== opener) return;
  if (canTakeFocus(opener)) {
    opener.focus();
    moveOnIfItGoesUnavailable(opener);
    return;
  }
  // A control inside a closed menu: the menu's own button.
  const summary = opener.closest('details')?.querySelector('summary');
  if (summary instanceof HTMLElement && canTakeFocus(summary)) {
    summary.focus();
    return;
  }
  if (opener.isConnected) focusNearest(opener);
}

/**
 * What the dialog confirmed may make its opener unavailable a moment later (the history cleared,
 * main's answer arrived): then the focus moves on to the nearest control, until the person moves
 * it themselves.
 */
function moveOnIfItGoesUnavailable(opener: HTMLElement): void {
  const observer = new MutationObserver(() => {
    if (canTakeFocus(opener)) return;
    stop();
    if (document.activeElement === opener || document.activeElement === document.body) focusNearest(opener);
  });
  const stop = () => {
    observer.disconnect();
    document.removeEventListener('focusin', stop);
  };
  observer.observe(opener, { attributes: true, attributeFilter: ['disabled', 'aria-disabled', 'hidden'] });
  document.addEventListener('focusin', stop);
}

/** The control before `el`, else the one after it. */
function focusNearest(opener: HTMLElement): void {
  const all = Array.from(document.querySelectorAll<HTMLElement>(FOCUSABLE));
  const at = all.indexOf(opener);
  const before = all.slice(0, at).reverse().find(canTakeFocus);
  (before ?? all.slice(at + 1).find(canTakeFocus))?.focus();
}
