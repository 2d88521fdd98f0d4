// The few pictures the window uses, drawn inline so the CSP needs no image source. Each is
// decoration: the button or text beside it carries the meaning for screen readers.

import type { ReactNode } from 'react';
import type { MediaKind } from '../../../shared/media-formats.ts';

function Svg({ children, size = 20 }: { children: ReactNode; size?: number | undefined }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.8"
      strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

export function UploadIcon({ size }: { size?: number }) {
  return <Svg size={size}><path d="M12 16V4" /><path d="m6 10 6-6 6 6" /><path d="M4 16v3a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1v-3" /></Svg>;
}

export function CloseIcon() {
  return <Svg size={16}><path d="M6 6l12 12M18 6 6 18" /></Svg>;
}

/** "</>": what is for developers (a request for a terminal), as code editors and sites mark it. */
export function CodeIcon() {
  return <Svg size={18}><path d="m8 7-5 5 5 5" /><path d="m16 7 5 5-5 5" /></Svg>;
}

export function CheckIcon() {
  return <Svg size={16}><path d="m5 12 5 5 9-10" /></Svg>;
}

export function WarningIcon() {
  return <Svg size={18}><path d="M12 3 2 20h20L12 3Z" /><path d="M12 10v4M12 17h.01" /></Svg>;
}

export function KindIcon({ kind }: { kind: MediaKind | undefined }) {
  if (kind === 'image') return <Svg><rect x="3" y="4" width="18" height="16" rx="2" /><circle cx="9" cy="10" r="2" /><path d="m21 17-5-5-9 8" /></Svg>;
  if (kind === 'video') return <Svg><rect x="3" y="5" width="13" height="14" rx="2" /><path d="m16 10 5-3v10l-5-3" /></Svg>;
  if (kind === 'audio') return <Svg><path d="M9 18V5l11-2v13" /><circle cx="6" cy="18" r="3" /><circle cx="17" cy="16" r="3" /></Svg>;
  return <Svg><path d="M14 3H6a1 1 0 0 0-1 1v16a1 1 0 0 0 1 1h12a1 1 0 0 0 1-1V8l-5-5Z" /><path d="M14 3v5h5" /></Svg>;
}

export function OpenIcon() {
  return <Svg size={16}><path d="M14 4h6v6" /><path d="M20 4 11 13" /><path d="M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5" /></Svg>;
}

export function FolderIcon() {
  return <Svg size={16}><path d="M3 7a2 2 0 0 1 2-2h4l2 2h8a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2Z" /></Svg>;
}

export function TrashIcon() {
  return <Svg size={16}><path d="M4 7h16" /><path d="M9 7V4h6v3" /><path d="M6 7l1 13h10l1-13" /></Svg>;
}
