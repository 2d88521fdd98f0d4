// What the app says about updating itself: one quiet line for Settings (the same words the
// menu's "Check for updates…" answers with), chosen from where the update machine stands.
// Failures are sorted into what a person can understand (offline, the server, a download that
// did not match, no permission to write) from the codes electron-updater and Node give; none
// of them is ever more than this line.

import type { UpdateView } from '../../../shared/update-types.ts';
import type { UpdateKind } from './install-kind.ts';

/** Why a check, a download or an install did not work, in the person's terms. */
export type UpdateProblem = 'offline' | 'server' | 'checksum' | 'publisher' | 'no-write' | 'other';

/** A version the update server offers. */
export interface FoundVersion {
  readonly version: string;
  /** Plain text (release-notes.ts). */
  readonly notes?: string;
}

/** Where the update machine stands (update-machine.ts). */
export type UpdatePhase =
  | { readonly name: 'idle' }
  | { readonly name: 'checking' }
  | { readonly name: 'current' }
  | { readonly name: 'downloading'; readonly found: FoundVersion; readonly percent: number }
  /** Downloaded and verified; `offered` once no upload runs. */
  | { readonly name: 'downloaded'; readonly found: FoundVersion; readonly offered: boolean }
  /** A copy that cannot install: the new version exists. */
  | { readonly name: 'available'; readonly found: FoundVersion }
  | { readonly name: 'failed'; readonly problem: UpdateProblem; readonly version?: string };

// Node's and Chromium's words for "the network is not there" (net::ERR_… reach electron-updater
// through Electron's net module as the error's message).
const OFFLINE_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN', 'EPIPE', 'ECONNABORTED']);
const OFFLINE_NET = /net::ERR_(INTERNET_DISCONNECTED|NAME_NOT_RESOLVED|NAME_RESOLUTION_FAILED|CONNECTION_(REFUSED|RESET|CLOSED|TIMED_OUT|FAILED|ABORTED)|NETWORK_CHANGED|ADDRESS_UNREACHABLE|TIMED_OUT|PROXY_CONNECTION_FAILED|NETWORK_ACCESS_DENIED)/;
const NO_WRITE_CODES = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EBUSY']);

/** Sorts an error from electron-updater (its own codes, HttpError's statusCode, Node's codes). */
export function updateProblem(error: unknown): UpdateProblem {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const message = error instanceof Error ? error.message : String(error);
  // builder-util-runtime's DigestTransform (the SHA-512 of a download), and NsisUpdater's check
  // of the installer's publisher (Get-AuthenticodeSignature against app-update.yml's publisherName).
  if (code === 'ERR_CHECKSUM_MISMATCH') return 'checksum';
  if (code === 'ERR_UPDATER_INVALID_SIGNATURE') return 'publisher';
  if (NO_WRITE_CODES.has(code)) return 'no-write';
  if (OFFLINE_CODES.has(code) || OFFLINE_NET.test(message)) return 'offline';
  // An answer that was not the update files: a 404 for latest.yml, a 5xx, a feed that does not parse.
  if ((typeof error === 'object' && error !== null && 'statusCode' in error) || code.startsWith('ERR_UPDATER_') || code === 'HTTP_ERROR_404') return 'server';
  return 'other';
}

const APP = 'Media Uploader';

function problemLine(problem: UpdateProblem, version: string | undefined): string {
  const it = version === undefined ? 'The update' : `Version ${version}`;
  switch (problem) {
    case 'offline':
      return `${APP} could not reach its update server (is this computer offline?). It will try again later.`;
    case 'server':
      return `The update server did not answer as expected. ${APP} will try again later.`;
    case 'checksum':
      return `${it} did not match its checksum, so it was thrown away unused. ${APP} will try again later.`;
    case 'publisher':
      return `${it} was not signed by ${APP}’s publisher, so it was thrown away unused.`;
    case 'no-write':
      return `${it} could not be saved or installed: ${APP} may not write where it is installed, or the disk is full. Download the new version yourself.`;
    case 'other':
      return `${APP} could not check for updates this time. It will try again later.`;
  }
}

/** What the window shows where no updater runs (a run from source, the end-to-end harness). */
export const FROM_SOURCE_LINE = `This copy runs from source, so it does not update itself: get the new version with git and run npm start.`;

function nothingLine(why: Extract<UpdateKind, { can: 'nothing' }>['why']): string {
  switch (why) {
    case 'from-source':
      return FROM_SOURCE_LINE;
    case 'no-address':
      return `This build has no update address, so it does not look for updates. Download new versions where you got this one.`;
    case 'unsupported':
      return `This copy cannot update itself (only the AppImage, the Windows installer’s copy and a signed Mac app can). Download new versions where you got this one.`;
  }
}

function availableLine(kind: UpdateKind, version: string): string {
  if (kind.can === 'tell' && kind.why === 'unsigned-mac') {
    return `Version ${version} is available. This copy is not signed with an Apple Developer ID, so macOS would refuse an update it installed itself: download the new version and replace the app.`;
  }
  return `Version ${version} is available. Update ${APP} with your package manager or software centre.`;
}

export interface ViewFacts {
  readonly kind: UpdateKind;
  readonly phase: UpdatePhase;
  /** The setting "Check for updates automatically". */
  readonly automatic: boolean;
  /** This copy's version. */
  readonly current: string;
}

/** The view the window and the tray show (shared/update-types.ts). */
export function updateView({ kind, phase, automatic, current }: ViewFacts): UpdateView {
  if (kind.can === 'nothing') return { line: nothingLine(kind.why), canCheck: false };
  const notesOf = (found: FoundVersion): Pick<UpdateView, 'notes' | 'notesVersion'> => (found.notes === undefined ? {} : { notes: found.notes, notesVersion: found.version });
  switch (phase.name) {
    case 'idle':
      return {
        line: automatic ? `${APP} ${current} looks for updates by itself.` : `${APP} ${current}. Automatic update checks are off.`,
        canCheck: true,
      };
    case 'checking':
      return { line: 'Looking for a new version…', canCheck: false };
    case 'current':
      return { line: `${APP} ${current} is the newest version.`, canCheck: true };
    case 'downloading':
      return { line: `Downloading version ${phase.found.version}… ${Math.floor(phase.percent)}%`, canCheck: false, ...notesOf(phase.found) };
    case 'downloaded':
      return phase.offered
        ? { line: `Version ${phase.found.version} is ready. Restart ${APP} to update.`, canCheck: false, ready: { version: phase.found.version }, ...notesOf(phase.found) }
        : { line: `Version ${phase.found.version} is downloaded. It will be offered once the uploads have finished.`, canCheck: false, ...notesOf(phase.found) };
    case 'available':
      return { line: availableLine(kind, phase.found.version), canCheck: true, ...notesOf(phase.found) };
    case 'failed':
      return { line: problemLine(phase.problem, phase.version), canCheck: true };
  }
}
