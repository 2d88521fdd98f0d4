// Which copies update themselves, which only say a new version exists, and which never look
// (electron/main/update/install-kind.ts), decided from the facts the glue reads.

import { describe, expect, it } from 'vitest';
import { feedOf, isDeveloperIdSigned, isUpdateAddress, updateKind, type CopyFacts } from '../../../electron/main/update/install-kind.ts';

const FEED = 'https://updates.example.com/media-uploader/';
const base: CopyFacts = { platform: 'linux', packaged: true, feed: { provider: 'generic', url: FEED }, appImage: undefined, packageType: undefined, macSignature: undefined };

// codesign --display --verbose=2 on a Developer ID build and on an ad-hoc one (identity "-"), as
// macOS 14 prints them (to standard error).
const DEVELOPER_ID = `Executable=/Applications/Media Uploader.app/Contents/MacOS/Media Uploader
Identifier=com.media-uploader.desktop
Format=app bundle with Mach-O thin (arm64)
CodeDirectory v=20500 size=1234 flags=0x10000(runtime) hashes=27+7 location=embedded
Signature size=9046
Authority=Developer ID Application: Example Maker (AB12CD34EF)
Authority=Developer ID Certification Authority
Authority=Apple Root CA
Timestamp=20 Nov 2026 at 10:00:00
Info.plist entries=30
TeamIdentifier=AB12CD34EF
Runtime Version=14.0.0
Sealed Resources version=2 rules=13 files=120
Internal requirements count=1 size=220`;
const AD_HOC = `Executable=/Applications/Media Uploader.app/Contents/MacOS/Media Uploader
Identifier=com.media-uploader.desktop
Format=app bundle with Mach-O thin (arm64)
CodeDirectory v=20400 size=1234 flags=0x10002(adhoc,runtime) hashes=27+7 location=embedded
Signature=adhoc
Info.plist entries=30
TeamIdentifier=not set
Runtime Version=14.0.0
Sealed Resources version=2 rules=13 files=120
Internal requirements count=0 size=12`;

describe('how this copy can update', () => {
  it('a run from source, or a build without an update address, never looks', () => {
    expect(updateKind({ ...base, packaged: false, appImage: '/x.AppImage' })).toEqual({ can: 'nothing', why: 'from-source' });
    expect(updateKind({ ...base, feed: undefined, appImage: '/x.AppImage' })).toEqual({ can: 'nothing', why: 'no-address' });
    // The placeholder a fresh checkout carries (package.json build.publish.url), and a generic feed without an address.
    expect(updateKind({ ...base, feed: { provider: 'generic', url: 'https://updates.media-uploader.invalid/' }, appImage: '/x.AppImage' })).toEqual({ can: 'nothing', why: 'no-address' });
    expect(updateKind({ ...base, feed: { provider: 'generic' }, appImage: '/x.AppImage' })).toEqual({ can: 'nothing', why: 'no-address' });
  });

  it('GitHub releases need no address of ours: electron-updater finds the latest release itself', () => {
    expect(updateKind({ ...base, feed: { provider: 'github' }, appImage: '/x.AppImage' })).toEqual({ can: 'install', how: 'appimage' });
  });

  it('Linux: the AppImage updates in place, even where package-type says deb; a deb, rpm or pacman install is the package manager’s', () => {
    expect(updateKind({ ...base, appImage: '/home/me/Media-Uploader.AppImage' })).toEqual({ can: 'install', how: 'appimage' });
    expect(updateKind({ ...base, appImage: '/home/me/Media-Uploader.AppImage', packageType: 'deb' })).toEqual({ can: 'install', how: 'appimage' });
    for (const packageType of ['deb', 'rpm', 'pacman'] as const) {
      expect(updateKind({ ...base, packageType })).toEqual({ can: 'tell', why: 'package-manager', packageType });
    }
    expect(updateKind({ ...base, appImage: '' })).toEqual({ can: 'nothing', why: 'unsupported' });
    expect(updateKind({ ...base, packageType: 'snap' })).toEqual({ can: 'nothing', why: 'unsupported' });
  });

  it('Windows: the per-user installer’s copy installs updates', () => {
    expect(updateKind({ ...base, platform: 'win32' })).toEqual({ can: 'install', how: 'nsis' });
  });

  it('macOS: only a Developer ID signature installs; an ad-hoc or unreadable one only tells', () => {
    expect(updateKind({ ...base, platform: 'darwin', macSignature: DEVELOPER_ID })).toEqual({ can: 'install', how: 'mac' });
    expect(updateKind({ ...base, platform: 'darwin', macSignature: AD_HOC })).toEqual({ can: 'tell', why: 'unsigned-mac' });
    expect(updateKind({ ...base, platform: 'darwin', macSignature: undefined })).toEqual({ can: 'tell', why: 'unsigned-mac' });
  });

  it('reads a Developer ID from codesign’s words, never from an ad-hoc or a development signature', () => {
    expect(isDeveloperIdSigned(DEVELOPER_ID)).toBe(true);
    expect(isDeveloperIdSigned(DEVELOPER_ID.replace('\n', '\r\n'))).toBe(true);
    expect(isDeveloperIdSigned(AD_HOC)).toBe(false);
    // An "Apple Development" certificate signs for this Mac only; Gatekeeper refuses it elsewhere.
    expect(isDeveloperIdSigned(DEVELOPER_ID.replace('Developer ID Application: Example Maker', 'Apple Development: me@example.com'))).toBe(false);
    expect(isDeveloperIdSigned(DEVELOPER_ID.replace('TeamIdentifier=AB12CD34EF', 'TeamIdentifier=not set'))).toBe(false);
    expect(isDeveloperIdSigned(`${DEVELOPER_ID}\nSignature=adhoc`)).toBe(false);
  });
});

describe('the update address', () => {
  it('is https, or http only to this computer, and never the .invalid placeholder', () => {
    expect(isUpdateAddress(FEED)).toBe(true);
    expect(isUpdateAddress('http://127.0.0.1:8123/')).toBe(true);
    expect(isUpdateAddress('http://updates.example.com/')).toBe(false);
    expect(isUpdateAddress('https://updates.media-uploader.invalid/')).toBe(false);
    expect(isUpdateAddress('https://INVALID./')).toBe(false);
    expect(isUpdateAddress('file:///tmp/feed/')).toBe(false);
    expect(isUpdateAddress('not a url')).toBe(false);
    expect(isUpdateAddress(undefined)).toBe(false);
  });

  it('is read from app-update.yml as electron-builder writes it', () => {
    expect(feedOf(`provider: generic\nurl: ${FEED}\nupdaterCacheDirName: media-uploader-updater\n`)).toEqual({ provider: 'generic', url: FEED });
    expect(feedOf(`provider: generic\nurl: '${FEED}'\n`)).toEqual({ provider: 'generic', url: FEED });
    expect(feedOf(`provider: generic\r\nurl: "${FEED}"\r\n`)).toEqual({ provider: 'generic', url: FEED });
    expect(feedOf('owner: someone\nrepo: media-uploader\nprovider: github\n')).toEqual({ provider: 'github' });
    expect(feedOf('updaterCacheDirName: media-uploader-updater\n')).toBeUndefined();
  });
});
