// How this copy of the app can be updated, decided from facts the glue reads (app-updates.ts),
// so every branch is tested without the platform it is about:
//
// - A run from source (not packaged) never looks: `npm start` is updated with git.
// - A build without an update address never looks. electron-builder writes the update source
//   into resources/app-update.yml at packaging (from package.json's build.publish); a build made
//   with publishing off has no such file, and the `generic` address a fresh checkout carries is a
//   placeholder under `.invalid`, a name that never resolves (RFC 2606), until a maintainer sets
//   theirs. Other providers (GitHub releases) name their place without an address of ours.
// - Linux: the AppImage replaces itself. AppImage's runtime sets APPIMAGE to the file's path
//   (electron-updater's AppImageUpdater needs it, and refuses without it). That comes first:
//   electron-builder writes resources/package-type ("deb") into the folder the AppImage is made
//   from too (app-builder-lib's FpmTarget), so that file alone would call an AppImage a deb. A
//   deb, rpm or pacman install belongs to the system's package manager, which needs root: the
//   app only says that a new version exists. Anything else (a tar.gz, a snap) cannot update itself.
// - Windows: the NSIS installer, per user (package.json: nsis.perMachine false), so an update
//   needs no administrator.
// - macOS: Squirrel.Mac (Electron's autoUpdater, under electron-updater's MacUpdater) installs an
//   update only when the new app's code signature satisfies the running app's designated
//   requirement, which for a Developer ID names the team. An ad-hoc signature (package.json's
//   mac.identity "-", what a build without Apple's certificates gets) names no team, so no later
//   build can satisfy it: such a copy says so plainly and points to the download instead.

import { isLoopbackHost } from '../../core/sending/endpoint-url.ts';

/** Linux package formats electron-builder marks in resources/package-type. */
export const PACKAGE_MANAGED = ['deb', 'rpm', 'pacman'] as const;
export type PackageType = (typeof PACKAGE_MANAGED)[number];

export type UpdateKind =
  /** Downloads and installs itself: the AppImage, the Windows installer's copy, a Developer-ID-signed Mac app. */
  | { readonly can: 'install'; readonly how: 'appimage' | 'nsis' | 'mac' }
  /** Looks, and says where to get the new version: the package manager, or the download for an ad-hoc-signed Mac app. */
  | { readonly can: 'tell'; readonly why: 'package-manager'; readonly packageType: PackageType }
  | { readonly can: 'tell'; readonly why: 'unsigned-mac' }
  /** Never looks. */
  | { readonly can: 'nothing'; readonly why: 'from-source' | 'no-address' | 'unsupported' };

/** What the glue reads about this copy. */
export interface CopyFacts {
  readonly platform: NodeJS.Platform;
  /** app.isPackaged. */
  readonly packaged: boolean;
  /** The update source in resources/app-update.yml; undefined when the file is missing or names none. */
  readonly feed: Feed | undefined;
  /** process.env.APPIMAGE, set by the AppImage runtime (Linux). */
  readonly appImage: string | undefined;
  /** resources/package-type, trimmed (Linux). */
  readonly packageType: string | undefined;
  /** What `codesign --display --verbose=2` says about the app bundle (macOS), undefined when it could not say. */
  readonly macSignature: string | undefined;
}

export function updateKind(facts: CopyFacts): UpdateKind {
  if (!facts.packaged) return { can: 'nothing', why: 'from-source' };
  const feed = facts.feed;
  if (feed === undefined || (feed.provider === 'generic' && !isUpdateAddress(feed.url))) return { can: 'nothing', why: 'no-address' };
  switch (facts.platform) {
    case 'linux': {
      if (facts.appImage !== undefined && facts.appImage !== '') return { can: 'install', how: 'appimage' };
      const type = PACKAGE_MANAGED.find((known) => known === facts.packageType);
      return type === undefined ? { can: 'nothing', why: 'unsupported' } : { can: 'tell', why: 'package-manager', packageType: type };
    }
    case 'win32':
      return { can: 'install', how: 'nsis' };
    case 'darwin':
      return isDeveloperIdSigned(facts.macSignature) ? { can: 'install', how: 'mac' } : { can: 'tell', why: 'unsigned-mac' };
    default:
      return { can: 'nothing', why: 'unsupported' };
  }
}

/**
 * An https address that is not the placeholder. Plain http only to this computer (a test's
 * server): the SHA-512 the app checks comes from the same server as the file, so over plain
 * http anyone on the way could swap both.
 */
export function isUpdateAddress(url: string | undefined): boolean {
  if (url === undefined) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && isLoopbackHost(parsed.hostname))) return false;
  const host = parsed.hostname.replace(/\.$/, '').toLowerCase();
  return host !== 'invalid' && !host.endsWith('.invalid');
}

/**
 * Whether codesign's description is of a Developer ID signature: an `Authority=Developer ID
 * Application: …` line (the leaf certificate of the chain) and a Team ID, and not ad hoc
 * (`Signature=adhoc`, `TeamIdentifier=not set`, codesign's words for an identity of "-").
 */
export function isDeveloperIdSigned(description: string | undefined): boolean {
  if (description === undefined) return false;
  const lines = description.split(/\r?\n/).map((line) => line.trim());
  if (lines.includes('Signature=adhoc')) return false;
  const team = lines.find((line) => line.startsWith('TeamIdentifier='))?.slice('TeamIdentifier='.length);
  return lines.some((line) => line.startsWith('Authority=Developer ID Application:')) && team !== undefined && /^[A-Z0-9]{10}$/.test(team);
}

/** Where updates come from: electron-builder's publish provider, and for `generic` its folder's address. */
export interface Feed {
  readonly provider: string;
  readonly url?: string;
}

/** The update source in app-update.yml as electron-builder writes it (a flat YAML map), or undefined. */
export function feedOf(appUpdateYml: string): Feed | undefined {
  const field = (name: string): string | undefined => {
    const match = new RegExp(`^${name}:[ \\t]*(.+?)[ \\t]*$`, 'm').exec(appUpdateYml);
    if (match?.[1] === undefined) return undefined;
    const quoted = /^(['"])(.*)\1$/.exec(match[1]);
    return quoted?.[2] ?? match[1];
  };
  const provider = field('provider');
  if (provider === undefined) return undefined;
  const url = field('url');
  return url === undefined ? { provider } : { provider, url };
}
