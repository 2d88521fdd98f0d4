// After "Add files…" (or a paste) the keyboard focus goes to the first new file's row, the thing
// the person wants next, instead of staying on a button that may be gone (the empty queue's own
// "Add files…" goes as the list appears) and sending the next Tab back to the top of the window.

import { useEffect } from 'react';
import { useAppStore } from '../store/app-store.ts';

// The row is drawn a frame or two after the list scrolls to it (the list is virtualised).
const FRAMES_TO_WAIT = 10;
const FOCUSABLE = 'button:not([disabled]), select:not([disabled]), input:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

/** Focuses the requested row's first control once it is in the list (`ids`: the rows shown, in order). */
export function useFocusRequestedRow(ids: readonly string[], scrollToIndex: (index: number) => void, listOf: () => HTMLElement | null): void {
  const wanted = useAppStore((s) => s.focusItem);
  const known = useAppStore((s) => (wanted === undefined ? false : s.queue?.queueById.has(wanted) === true));
  useEffect(() => {
    if (wanted === undefined) return;
    const index = ids.indexOf(wanted);
    if (index < 0) {
      // In the list but not shown (a filter hides it): nothing to focus. Not there yet: wait for it.
      if (known) useAppStore.setState({ focusItem: undefined });
      return;
    }
    // Taken at once, so a later change of the list does not focus it again.
    useAppStore.setState({ focusItem: undefined });
    scrollToIndex(index);
    let frame = 0;
    requestAnimationFrame(function tryFocus() {
      const row = listOf()?.querySelector<HTMLElement>(`[role="listitem"][aria-posinset="${index + 1}"]`);
      const control = row?.querySelector<HTMLElement>(FOCUSABLE);
      if (control != null) control.focus();
      else if (++frame < FRAMES_TO_WAIT) requestAnimationFrame(tryFocus);
    });
  }, [wanted, known, ids, scrollToIndex, listOf]);
}
