// Paste anywhere in the window adds what was copied (add-files.ts), except in a text field,
// where it pastes text as usual (an API key, a search).

import { addPastedFiles } from './add-files.ts';

function inTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target.closest('input, textarea, select') !== null);
}

export function listenForPaste(): () => void {
  const paste = (event: ClipboardEvent): void => {
    if (inTextField(event.target)) return;
    event.preventDefault();
    void addPastedFiles(Array.from(event.clipboardData?.files ?? []));
  };
  document.addEventListener('paste', paste);
  return () => document.removeEventListener('paste', paste);
}
