// What the window and the tray learn about updating the app itself (electron/main/update/):
// main's own sentence for the one quiet line in Settings, and the offer once a new version is
// downloaded, verified and nothing is uploading. The window never decides any of it.

export interface UpdateView {
  /** The one quiet line in Settings: up to date, downloading, ready, or why not. */
  readonly line: string;
  /** Whether "Check for updates" can do anything now: not while checking or downloading, not in a copy that never checks. */
  readonly canCheck: boolean;
  /** A version downloaded and verified, offered while nothing uploads: "Version X is ready — Restart to update". */
  readonly ready?: { readonly version: string };
  /** The found version's release notes, as plain text of bounded length, when it has any. */
  readonly notes?: string;
  /** The version the notes are about. */
  readonly notesVersion?: string;
}
