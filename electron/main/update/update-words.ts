// What the app says about updating itself: one quiet line for Settings (the same words the
// menu's "Check for updates…" answers with), chosen from where the update machine stands, in
// main's language (the desktop namespace's `update` words).
// Failures are sorted into what a person can understand (offline, the server, a download that
// did not match, no permission to write) from the codes electron-updater and Node give; none
// of them is ever more than this line.

import { englishT } from '../../../shared/i18n/english.ts';
import type { Translate } from '../../../shared/i18n/translator.ts';
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

/** `t`: main's translator (settings/main-language.ts); English without it. */
function problemLine(t: Translate, problem: UpdateProblem, version: string | undefined): string {
  // With a version ("Version 1.2.0 did not match…") or without ("The update did not match…").
  const form = (without: string, withVersion: string): string => (version === undefined ? without : withVersion);
  switch (problem) {
    case 'offline':
      return t('desktop:update.offline');
    case 'server':
      return t('desktop:update.server');
    case 'checksum':
      return t(form('desktop:update.checksum', 'desktop:update.checksumVersion'), { version });
    case 'publisher':
      return t(form('desktop:update.publisher', 'desktop:update.publisherVersion'), { version });
    case 'no-write':
      return t(form('desktop:update.noWrite', 'desktop:update.noWriteVersion'), { version });
    case 'other':
      return t('desktop:update.other');
  }
}


function nothingLine(t: Translate, why: Extract<UpdateKind, { can: 'nothing' }>['why']): string {
  switch (why) {
    case 'from-source':
      return t('desktop:update.fromSource');
    case 'no-address':
      return t('desktop:update.noAddress');
    case 'unsupported':
      return t('desktop:update.unsupported');
  }
}

function availableLine(t: Translate, kind: UpdateKind, version: string): string {
  if (kind.can === 'tell' && kind.why === 'unsigned-mac') return t('desktop:update.availableUnsignedMac', { version });
  return t('desktop:update.available', { version });
}

export interface ViewFacts {
  readonly kind: UpdateKind;
  readonly phase: UpdatePhase;
  /** The setting "Check for updates automatically". */
  readonly automatic: boolean;
  /** This copy's version. */
  readonly current: string;
}

/** The view the window and the tray show (shared/update-types.ts), its line in `t`'s language (English without it). */
export function updateView({ kind, phase, automatic, current }: ViewFacts, t: Translate = englishT()): UpdateView {
  if (kind.can === 'nothing') return { line: nothingLine(t, kind.why), canCheck: false };
  const notesOf = (found: FoundVersion): Pick<UpdateView, 'notes' | 'notesVersion'> => (found.notes === undefined ? {} : { notes: found.notes, notesVersion: found.version });
  switch (phase.name) {
    case 'idle':
      return {
        line: t(automatic ? 'desktop:update.idleAutomatic' : 'desktop:update.idleManual', { current }),
        canCheck: true,
      };
    case 'checking':
      return { line: t('desktop:update.checking'), canCheck: false };
    case 'current':
      return { line: t('desktop:update.current', { current }), canCheck: true };
    case 'downloading':
      return { line: t('desktop:update.downloading', { version: phase.found.version, percent: Math.floor(phase.percent) }), canCheck: false, ...notesOf(phase.found) };
    case 'downloaded':
      return phase.offered
        ? { line: t('desktop:update.ready', { version: phase.found.version }), canCheck: false, ready: { version: phase.found.version }, ...notesOf(phase.found) }
        : { line: t('desktop:update.downloaded', { version: phase.found.version }), canCheck: false, ...notesOf(phase.found) };
    case 'available':
      return { line: availableLine(t, kind, phase.found.version), canCheck: true, ...notesOf(phase.found) };
    case 'failed':
      return { line: problemLine(t, phase.problem, phase.version), canCheck: true };
  }
}
