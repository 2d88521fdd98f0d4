// The rule a macOS build config must keep so the app is not killed at launch: a signature without
// a Team ID, under the hardened runtime, needs library validation turned off in the entitlements
// of the app and of its helpers. packaging-config.test.ts runs it on package.json and on fixtures.
//
// Why: the hardened runtime turns on library validation, under which dyld maps only code signed
// with the process's own Team ID (Apple, "Hardened Runtime", Disable Library Validation
// Entitlement). An ad-hoc signature has none, so Electron Framework and every .node addon are
// refused and the app dies at launch ("mapping process and mapped file (non-platform) have
// different Team IDs"). app-builder-lib 26.17 only warns (out/mac/MacTargetHelper.js,
// findSigningIdentity: "ad-hoc signing with hardenedRuntime enabled requires the
// com.apple.security.cs.disable-library-validation entitlement"), and warns even when the
// entitlement is there (electron-builder issue #10027), so the warning cannot tell a broken
// build from a good one; this rule reads the files.

/** The part of package.json build.mac that decides signing (app-builder-lib's MacConfiguration). */
export interface MacSigning {
  readonly identity?: string | null;
  readonly hardenedRuntime?: boolean;
  readonly entitlements?: string | null;
  readonly entitlementsInherit?: string | null;
}

export const DISABLE_LIBRARY_VALIDATION = 'com.apple.security.cs.disable-library-validation';
/** How the rule names app-builder-lib's own entitlements file when the config falls back to it. */
export const BUILDER_DEFAULT_ENTITLEMENTS = 'app-builder-lib/templates/entitlements.mac.plist';

/**
 * The entitlements files electron-builder signs with, in the order of
 * MacTargetHelper.getOptionsForFile: the app's `entitlements`, else
 * <buildResources>/entitlements.mac.plist, else its template; the helpers' and frameworks'
 * `entitlementsInherit`, else <buildResources>/entitlements.mac.inherit.plist, else the template.
 */
export function entitlementFiles(mac: MacSigning, buildResources: string, exists: (path: string) => boolean): { app: string; inherit: string } {
  const orDefault = (configured: string | null | undefined, name: string): string => {
    if (configured) return configured;
    const inResources = `${buildResources}/${name}`;
    return exists(inResources) ? inResources : BUILDER_DEFAULT_ENTITLEMENTS;
  };
  return { app: orDefault(mac.entitlements, 'entitlements.mac.plist'), inherit: orDefault(mac.entitlementsInherit, 'entitlements.mac.inherit.plist') };
}

/** Whether a plist's text grants `key` as <true/>, comments aside. */
export function grants(plist: string, key: string): boolean {
  const text = plist.replace(/<!--[\s\S]*?-->/g, '');
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`<key>\\s*${escaped}\\s*</key>\\s*<true\\s*/>`).test(text);
}

/**
 * What would kill the app at launch, one sentence each; none when the build is fine.
 * `read` gives a file's text by the path the config names (undefined: no such file).
 */
export function adHocLaunchProblems(mac: MacSigning, buildResources: string, read: (path: string) => string | undefined): string[] {
  // "-" asks electron-builder for an ad-hoc signature. null makes it sign nothing
  // (MacTargetHelper.handleNullIdentity), and whatever signs such a build afterwards has no Team
  // ID either, so the rule asks the same of it. Any other identity is a certificate's, with a
  // Team ID that Electron Framework and the addons are signed with too.
  const teamless = mac.identity === '-' || mac.identity === null;
  // The hardened runtime is on unless turned off (MacTargetHelper.isHardenedRuntimeEnabledForSigning, non-MAS).
  const hardened = mac.hardenedRuntime !== false;
  if (!teamless || !hardened) return [];
  const files = entitlementFiles(mac, buildResources, (path) => read(path) !== undefined);
  const problems: string[] = [];
  for (const [option, path] of [['entitlements', files.app], ['entitlementsInherit', files.inherit]] as const) {
    const text = read(path);
    if (text === undefined) problems.push(`mac.${option}: ${path} does not exist`);
    else if (!grants(text, DISABLE_LIBRARY_VALIDATION)) {
      problems.push(`mac.${option}: ${path} lacks ${DISABLE_LIBRARY_VALIDATION}, which an ad-hoc signature (identity ${JSON.stringify(mac.identity)}) under the hardened runtime needs`);
    }
  }
  return problems;
}
