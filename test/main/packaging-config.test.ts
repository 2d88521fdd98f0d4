// @vitest-environment node
// The installer configuration (package.json "build") as electron-builder itself judges it, and
// the promises it must keep: fuses set, resources in build/, an icon big enough to convert.
// `npm run dist` cannot run here (it downloads Electron), so this is the check that can.

import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../e2e/app-build.ts';
import { APP_DATA_FOLDER_NAME } from '../../electron/core/data-dir.ts';
import { MEDIA_EXTENSIONS, MEDIA_FORMATS } from '../../shared/media-formats.ts';

const require = createRequire(join(PROJECT_ROOT, 'package.json'));
interface FileAssociation {
  readonly ext: string | readonly string[];
  readonly role?: string;
  readonly rank?: string;
}
interface BuildConfig {
  readonly fileAssociations?: readonly FileAssociation[];
  readonly directories: { readonly buildResources: string };
  readonly files: readonly string[];
  readonly electronFuses: Record<string, boolean>;
  readonly mac: { readonly target: readonly string[]; readonly entitlements: string; readonly identity?: string | null; readonly fileAssociations?: readonly FileAssociation[] };
  readonly win: { readonly target: readonly string[]; readonly fileAssociations?: readonly FileAssociation[] };
  readonly nsis: { readonly include?: string };
  readonly linux: { readonly target: readonly string[]; readonly mimeTypes?: readonly string[] };
  readonly productName: string;
}
const pkg = JSON.parse(await readFile(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { productName: string; main: string; build: BuildConfig };

async function validate(config: unknown): Promise<void> {
  const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as { validateConfiguration(c: unknown, l: unknown): Promise<void> };
  const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
  await validateConfiguration(config, new DebugLogger(false));
}

async function pngSize(path: string): Promise<{ width: number; height: number }> {
  const bytes = await readFile(path);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('packaging', () => {
  it('passes electron-builder’s own schema, which refuses a misspelt option', async () => {
    await validate(pkg.build);
    await expect(validate({ ...pkg.build, electronFuses: { ...pkg.build.electronFuses, runAsNodee: false } })).rejects.toThrow(/electronFuses/);
  });

  it('sets the fuses: no running as Node, app only from asar, cookies encrypted', () => {
    expect(pkg.build.electronFuses).toMatchObject({ runAsNode: false, onlyLoadAppFromAsar: true, enableCookieEncryption: true });
  });

  it('builds the installers each platform expects from resources in build/', async () => {
    expect(pkg.build.directories).toMatchObject({ buildResources: 'build' });
    expect(pkg.build.mac.target).toEqual(['dmg', 'zip']);
    expect(pkg.build.win.target).toEqual(['nsis']);
    expect(pkg.build.linux.target).toEqual(['AppImage', 'deb']);
    expect(await pngSize(join(PROJECT_ROOT, 'build/icon.png'))).toEqual({ width: 1024, height: 1024 });
    expect(await pngSize(join(PROJECT_ROOT, 'build/icons/512x512.png'))).toEqual({ width: 512, height: 512 });
    expect(await readFile(join(PROJECT_ROOT, pkg.build.mac.entitlements), 'utf8')).toContain('com.apple.security.cs.allow-jit');
  });

  it('signs macOS builds at least ad hoc, since Apple Silicon kills an unsigned app at launch', () => {
    // electron-builder applies no ad-hoc signature by itself when no identity is found; "-" asks
    // for one (electron.build, Code Signing for macOS). A release with a Developer ID overrides it.
    expect(pkg.build.mac.identity).toBe('-');
  });

  it('unpacks the shipped ffmpeg from the asar, where electron/core/convert/ffmpeg-binary.ts looks for it', () => {
    const unpack = (pkg.build as unknown as { asarUnpack: readonly string[] }).asarUnpack;
    const binary = (require('@ffmpeg-installer/ffmpeg') as { path: string }).path;
    // electron-builder matches asarUnpack against paths inside the app, as minimatch globs.
    const { minimatch } = require('minimatch') as { minimatch(path: string, glob: string): boolean };
    const inside = relative(PROJECT_ROOT, binary).split('\\').join('/');
    expect(unpack.some((glob) => minimatch(inside, glob))).toBe(true);
  });

  it('unpacks the native addons (keychain, fingerprints) from the asar: a .node file cannot be loaded from inside it', async () => {
    const unpack = (pkg.build as unknown as { asarUnpack: readonly string[] }).asarUnpack;
    const { minimatch } = require('minimatch') as { minimatch(path: string, glob: string): boolean };
    const addons: string[] = [];
    for (const scope of ['@napi-rs', '@node-rs']) {
      for (const dir of await readdir(join(PROJECT_ROOT, 'node_modules', scope))) {
        for (const file of await readdir(join(PROJECT_ROOT, 'node_modules', scope, dir))) {
          if (file.endsWith('.node')) addons.push(`node_modules/${scope}/${dir}/${file}`);
        }
      }
    }
    // This machine's platform packages at least: the keyring's and xxhash's.
    expect(addons.some((path) => path.includes('keyring'))).toBe(true);
    expect(addons.some((path) => path.includes('xxhash'))).toBe(true);
    for (const path of addons) expect(unpack.some((glob) => minimatch(path, glob)), path).toBe(true);
  });

  it('names the app as the data folder expects, so the app and the CLI share one history', () => {
    expect(pkg.productName).toBe(APP_DATA_FOLDER_NAME);
    expect(pkg.build.productName).toBe(APP_DATA_FOLDER_NAME);
    expect(pkg.main).toBe('out/main/index.js');
    expect(pkg.build.files).toContain('out/**');
  });

  describe('Open with Media Uploader, never as the default app', () => {
    it('macOS: offered for every media extension, as a viewer ranked Alternate', async () => {
      const associations = pkg.build.mac.fileAssociations ?? [];
      expect(associations.flatMap((a) => (typeof a.ext === 'string' ? [a.ext] : a.ext))).toEqual(MEDIA_EXTENSIONS);
      for (const association of associations) expect(association).toMatchObject({ role: 'Viewer', rank: 'Alternate' });
      // electron-builder's schema knows the values: a misspelt rank is refused.
      await expect(validate({ ...pkg.build, mac: { ...pkg.build.mac, fileAssociations: [{ ext: 'png', rnak: 'Alternate' }] } })).rejects.toThrow(/rnak/);
    });

    it('Windows: not through electron-builder’s associations, which would set each extension’s default', () => {
      expect(pkg.build.fileAssociations).toBeUndefined();
      expect(pkg.build.win.fileAssociations).toBeUndefined();
    });

    it('Windows: build/installer.nsh adds the app to Open with and Send to for the same extensions, and removes it', async () => {
      expect(pkg.build.nsis.include ?? 'build/installer.nsh').toBe('build/installer.nsh');
      const script = await readFile(join(PROJECT_ROOT, 'build/installer.nsh'), 'utf8');
      const listed = (macro: string) => [...script.matchAll(new RegExp(`!insertmacro ${macro} "([^"]+)"`, 'g'))].map((m) => m[1]);
      expect(listed('mediaUploaderOpenWith')).toEqual(MEDIA_EXTENSIONS);
      expect(listed('mediaUploaderForgetOpenWith')).toEqual(MEDIA_EXTENSIONS);
      // Only OpenWithProgids under an extension: never its default value (the "" name).
      const extensionWrites = script.split(/\r?\n/).filter((line) => /Software\\Classes\\\.\$\{EXT\}/.test(line));
      expect(extensionWrites.length).toBeGreaterThan(0);
      for (const line of extensionWrites) expect(line).toMatch(/OpenWithProgids/);
      expect(script).toMatch(/!macro customInstall[\s\S]*CreateShortCut "\$SENDTO\\Media Uploader\.lnk"/);
      expect(script).toMatch(/!macro customUnInstall[\s\S]*Delete "\$SENDTO\\Media Uploader\.lnk"/);
    });

    it('Linux: the desktop entry lists the MIME type of every format the app recognises', () => {
      const declared = new Set(pkg.build.linux.mimeTypes ?? []);
      for (const format of MEDIA_FORMATS.values()) expect(declared, format.mime).toContain(format.mime);
    });
  });
});
