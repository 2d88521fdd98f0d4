// @vitest-environment node
// The installer configuration (package.json "build") as electron-builder itself judges it, and
// the promises it must keep: fuses set, resources in build/, an icon big enough to convert.
// `npm run dist` cannot run here (it downloads Electron), so this is the check that can.

import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../e2e/app-build.ts';
import { APP_DATA_FOLDER_NAME } from '../../electron/core/files/data-dir.ts';
import { MEDIA_EXTENSIONS, MEDIA_FORMATS } from '../../shared/media-formats.ts';
import { LANGUAGES } from '../../shared/i18n/languages.ts';
import { adHocLaunchProblems, BUILDER_DEFAULT_ENTITLEMENTS, type MacSigning } from './packaging-mac-signing.ts';
import { feedOf, updateKind } from '../../electron/main/update/install-kind.ts';

const require = createRequire(join(PROJECT_ROOT, 'package.json'));
interface FileAssociation {
  readonly ext: string | readonly string[];
  readonly name?: string;
  readonly role?: string;
  readonly rank?: string;
}
interface BuildConfig {
  readonly fileAssociations?: readonly FileAssociation[];
  readonly directories: { readonly buildResources: string };
  readonly files: readonly string[];
  readonly electronFuses: Record<string, boolean>;
  readonly mac: MacSigning & {
    readonly target: readonly string[];
    readonly entitlements: string;
    readonly fileAssociations?: readonly FileAssociation[];
    readonly extraResources?: readonly { readonly from: string; readonly to: string }[];
  };
  readonly win: { readonly target: readonly string[]; readonly fileAssociations?: readonly FileAssociation[]; readonly verifyUpdateCodeSignature?: boolean };
  readonly nsis: { readonly include?: string; readonly oneClick?: boolean; readonly perMachine?: boolean; readonly selectPerMachineByDefault?: boolean };
  readonly publish: { readonly provider: string; readonly url: string } | readonly unknown[] | null;
  readonly linux: {
    readonly target: readonly string[];
    readonly icon?: string;
    readonly mimeTypes?: readonly string[];
    readonly desktop?: { readonly entry?: Readonly<Record<string, string>> };
  };
  readonly productName: string;
}
const pkg = JSON.parse(await readFile(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { productName: string; main: string; build: BuildConfig };

async function validate(config: unknown): Promise<void> {
  const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as { validateConfiguration(c: unknown, l: unknown): Promise<void> };
  const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
  await validateConfiguration(config, new DebugLogger(false));
}

/** A file's text by the path package.json names, app-builder-lib's default by its own name. */
function readBuildFile(path: string): string | undefined {
  const absolute = path === BUILDER_DEFAULT_ENTITLEMENTS ? require.resolve(path) : join(PROJECT_ROOT, path);
  try {
    return readFileSync(absolute, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The lines of `!macro name` … `!macroend` in an NSIS script. */
function macroLines(script: string, name: string): string[] {
  const body = new RegExp(`^!macro ${name}\\s*$([\\s\\S]*?)^!macroend`, 'm').exec(script)?.[1];
  if (body === undefined) throw new Error(`no !macro ${name}`);
  return body.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith(';'));
}

/** Each line with the LogicLib conditions (`${if} …`) it runs under. */
function underConditions(lines: readonly string[]): { line: string; conditions: string[] }[] {
  const open: string[] = [];
  return lines.map((line) => {
    if (/^\$\{endif\}/i.test(line)) open.pop();
    const at = { line, conditions: [...open] };
    if (/^\$\{if\}/i.test(line)) open.push(line);
    return at;
  });
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

  it('Linux: the icon set electron-builder takes from build/icons is the app icon, not the menu-bar templates beside it', async () => {
    // app-builder-lib's iconConverter (collectIconsFromDir) keeps only files named like 512x512.png.
    const { convertIcon } = require('app-builder-lib/out/util/iconConverter.js') as {
      convertIcon(o: { sources: string[]; fallbackSources: string[]; roots: string[]; format: 'set'; outDir: string }): Promise<{ icons: { file: string; size: number }[] }>;
    };
    expect(pkg.build.linux.icon).toBe('build/icons');
    // Roots as PlatformPackager.resolveIcon gives them; a folder of PNGs is read, nothing is written.
    const roots = [join(PROJECT_ROOT, pkg.build.directories.buildResources), PROJECT_ROOT];
    const { icons } = await convertIcon({ sources: [pkg.build.linux.icon ?? ''], fallbackSources: [], roots, format: 'set', outDir: join(tmpdir(), 'icon-set-unused') });
    expect(icons.map(({ file, size }) => [relative(PROJECT_ROOT, file), size])).toEqual([['build/icons/512x512.png', 512]]);
  });

  it('signs macOS builds at least ad hoc, since Apple Silicon kills an unsigned app at launch', () => {
    // electron-builder applies no ad-hoc signature by itself when no identity is found; "-" asks
    // for one (electron.build, Code Signing for macOS). A release with a Developer ID overrides it.
    expect(pkg.build.mac.identity).toBe('-');
  });

  describe('macOS: an ad-hoc signature under the hardened runtime keeps library validation off (packaging-mac-signing.ts)', () => {
    it('package.json: the app and its helpers may load Electron Framework and the .node addons', () => {
      expect(pkg.build.mac.hardenedRuntime).toBe(true);
      expect(adHocLaunchProblems(pkg.build.mac, pkg.build.directories.buildResources, readBuildFile)).toEqual([]);
    });

    // The config before issue 20: the build that macOS killed at launch.
    const brokenMac = { hardenedRuntime: true, identity: '-', entitlements: 'build/entitlements.mac.plist', entitlementsInherit: 'build/entitlements.mac.plist' } satisfies MacSigning;
    const jitOnly = `<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0">
  <dict>
    <!-- V8 compiles JavaScript at run time; the hardened runtime refuses that without this. -->
    <key>com.apple.security.cs.allow-jit</key>
    <true/>
  </dict>
</plist>`;
    const withLibraryValidationOff = jitOnly.replace('</dict>', '<key>com.apple.security.cs.disable-library-validation</key>\n    <true/>\n  </dict>');
    const files = (entries: Record<string, string>) => (path: string) => entries[path];

    it('fails the config that was killed at launch, for the app and for its helpers', () => {
      const problems = adHocLaunchProblems(brokenMac, 'build', files({ 'build/entitlements.mac.plist': jitOnly }));
      expect(problems).toHaveLength(2);
      expect(problems[0]).toMatch(/^mac\.entitlements: build\/entitlements\.mac\.plist lacks com\.apple\.security\.cs\.disable-library-validation/);
      expect(problems[1]).toMatch(/^mac\.entitlementsInherit: /);
      // null signs nothing in electron-builder, and no later signature has a Team ID either.
      expect(adHocLaunchProblems({ ...brokenMac, identity: null }, 'build', files({ 'build/entitlements.mac.plist': jitOnly }))).toHaveLength(2);
    });

    it('passes it with the entitlement, and reads each file the config names', () => {
      expect(adHocLaunchProblems(brokenMac, 'build', files({ 'build/entitlements.mac.plist': withLibraryValidationOff }))).toEqual([]);
      const split = { ...brokenMac, entitlementsInherit: 'build/entitlements.mac.inherit.plist' };
      expect(adHocLaunchProblems(split, 'build', files({ 'build/entitlements.mac.plist': withLibraryValidationOff, 'build/entitlements.mac.inherit.plist': jitOnly }))).toEqual([
        expect.stringMatching(/^mac\.entitlementsInherit: build\/entitlements\.mac\.inherit\.plist lacks/),
      ]);
      expect(adHocLaunchProblems(split, 'build', files({ 'build/entitlements.mac.plist': withLibraryValidationOff }))).toEqual(['mac.entitlementsInherit: build/entitlements.mac.inherit.plist does not exist']);
      // Granted false, or only named in a comment, is not granted.
      const commented = jitOnly.replace('<!--', '<!-- <key>com.apple.security.cs.disable-library-validation</key><true/>');
      const isFalse = withLibraryValidationOff.replace(/(disable-library-validation<\/key>\s*)<true\/>/, '$1<false/>');
      for (const text of [commented, isFalse]) expect(adHocLaunchProblems(brokenMac, 'build', files({ 'build/entitlements.mac.plist': text }))).toHaveLength(2);
    });

    it('asks nothing of a Developer ID signature or of a build without the hardened runtime', () => {
      const read = files({ 'build/entitlements.mac.plist': jitOnly });
      expect(adHocLaunchProblems({ ...brokenMac, identity: 'Developer ID Application: Example (TEAM123456)' }, 'build', read)).toEqual([]);
      // No identity: electron-builder signs with a Developer ID from the keychain, or not at all.
      const { hardenedRuntime, entitlements, entitlementsInherit } = brokenMac;
      expect(adHocLaunchProblems({ hardenedRuntime, entitlements, entitlementsInherit }, 'build', read)).toEqual([]);
      expect(adHocLaunchProblems({ ...brokenMac, hardenedRuntime: false }, 'build', read)).toEqual([]);
    });

    it('falls back where electron-builder does: build resources, then its own template, which has the entitlement', () => {
      const unnamed: MacSigning = { identity: '-' }; // hardenedRuntime unset: on, for a non-MAS build
      const template = readBuildFile(BUILDER_DEFAULT_ENTITLEMENTS) ?? '';
      expect(template).toContain('com.apple.security.cs.disable-library-validation');
      // build/entitlements.mac.plist is the app's; the helpers get the template (no .inherit.plist).
      expect(adHocLaunchProblems(unnamed, 'build', files({ 'build/entitlements.mac.plist': jitOnly, [BUILDER_DEFAULT_ENTITLEMENTS]: template }))).toEqual([
        expect.stringMatching(/^mac\.entitlements: build\/entitlements\.mac\.plist lacks/),
      ]);
      expect(adHocLaunchProblems(unnamed, 'build', files({ [BUILDER_DEFAULT_ENTITLEMENTS]: template }))).toEqual([]);
      expect(adHocLaunchProblems(unnamed, 'build', readBuildFile)).toEqual([]);
    });
  });

  describe('updates (electron/main/update/)', () => {
    it('publishes to one generic https folder, named once, that electron-builder writes into app-update.yml as the app reads it', () => {
      const publish = pkg.build.publish;
      expect(publish).not.toBeNull();
      expect(Array.isArray(publish)).toBe(false);
      const { provider, url } = publish as { provider: string; url: string };
      expect(provider).toBe('generic');
      expect(new URL(url).protocol).toBe('https:');
      // electron-updater joins latest-linux.yml onto the address: a folder, with its slash.
      expect(url.endsWith('/')).toBe(true);
      // The address in one place: no platform, target or extra publish entry of its own.
      for (const section of ['mac', 'win', 'linux', 'nsis', 'dmg'] as const) {
        expect((pkg.build as unknown as Record<string, Record<string, unknown> | undefined>)[section]?.['publish'], section).toBeUndefined();
      }
      // app-update.yml is electron-builder's serialization (PublishManager.getAppUpdatePublishConfiguration).
      const { serializeToYaml } = require('builder-util') as { serializeToYaml(value: unknown): string };
      const yml = serializeToYaml({ ...(publish as object), updaterCacheDirName: 'media-uploader-updater' });
      expect(feedOf(yml)).toEqual({ provider: 'generic', url });
      expect(feedOf(serializeToYaml({ provider: 'generic', url: 'https://example.com/a b: c/#x/' }))).toEqual({ provider: 'generic', url: 'https://example.com/a b: c/#x/' });
    });

    it('the placeholder address until a maintainer sets theirs: the built app says it has none, rather than failing every four hours', () => {
      const { url } = pkg.build.publish as { url: string };
      const kind = updateKind({ platform: 'linux', packaged: true, feed: { provider: 'generic', url }, appImage: '/opt/Media-Uploader.AppImage', packageType: undefined, macSignature: undefined });
      // Either a real address (an AppImage installs from it) or the .invalid placeholder (never looks).
      if (new URL(url).hostname.endsWith('.invalid')) expect(kind).toEqual({ can: 'nothing', why: 'no-address' });
      else expect(kind).toEqual({ can: 'install', how: 'appimage' });
    });

    it('Windows: a per-user installer, so an update needs no administrator, and the new installer’s publisher is checked when signed', () => {
      expect(pkg.build.nsis.perMachine).toBe(false);
      expect(pkg.build.nsis.oneClick).toBe(false);
      // "Only for me" is the installer's first choice (app-builder-lib: INSTALL_MODE_PER_ALL_USERS_DEFAULT only when this is true).
      expect(pkg.build.nsis.selectPerMachineByDefault).not.toBe(true);
      // Left at electron-builder's default, which writes publisherName into app-update.yml for a signed build.
      expect(pkg.build.win.verifyUpdateCodeSignature).not.toBe(false);
    });

    it('builds the packages electron-updater updates from: the macOS zip (Squirrel.Mac) and the Linux AppImage', () => {
      expect(pkg.build.mac.target).toContain('zip');
      expect(pkg.build.linux.target).toContain('AppImage');
      expect(pkg.build.win.target).toEqual(['nsis']);
    });
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

    it('Windows: the file type’s name in the installer’s language, English for any other', async () => {
      const script = await readFile(join(PROJECT_ROOT, 'build/installer.nsh'), 'utf8');
      expect(script).toMatch(/!macro customInstall\s+!insertmacro mediaUploaderTypeName\s+WriteRegStr SHELL_CONTEXT "Software\\Classes\\\$\{MEDIA_UPLOADER_PROGID\}" "" "\$mediaUploaderTypeName"/);
      // ${U+XXXX} is NSIS's way to write a character (the file stays ASCII).
      const named = [...script.matchAll(/^\s*(?:\$\{(?:if|elseIf)\} \$LANGUAGE == (\d+)[^\n]*\n)?\s*StrCpy \$mediaUploaderTypeName "([^"]*)"/gm)]
        .map((m) => [m[1] ?? 'default', m[2]!.replace(/\$\{U\+([0-9A-F]+)\}/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))]);
      // The language ids electron-builder's installer gives $LANGUAGE (app-builder-lib util/langs.js lcid).
      expect(Object.fromEntries(named)).toEqual({
        default: 'Media file', 1031: 'Mediendatei', 1036: 'Fichier multimédia', 3082: 'Archivo multimedia',
        1046: 'Arquivo de mídia', 1041: 'メディア ファイル', 2052: '媒体文件',
      });
      expect(script).toMatch(/^[\x00-\x7f]*$/);
    });

    // Checked as text: makensis cannot run an installer here, and NSIS has no dry run of a
    // section. packaging-nsis-compile.test.ts compiles the file where makensis is installed.
    it('Windows: Send to only for a per-user install, and Explorer told of the changed associations', async () => {
      const script = await readFile(join(PROJECT_ROOT, 'build/installer.nsh'), 'utf8');
      const notify = /^System::Call 'shell32::SHChangeNotify\(i 0x08000000, i 0, i 0, i 0\)'$/;
      for (const macro of ['customInstall', 'customUnInstall']) {
        const lines = underConditions(macroLines(script, macro));
        // $SENDTO is always one account's folder (there is no all-users Send To), and a
        // per-machine install runs as the elevating account: "all" must not touch it.
        const sendTo = lines.filter(({ line }) => line.includes('$SENDTO'));
        expect(sendTo.length, macro).toBe(1);
        for (const { line, conditions } of sendTo) {
          expect(conditions, `${macro}: ${line}`).toEqual([expect.stringMatching(/^\$\{if\} \$installMode == "CurrentUser"$/i)]);
        }
        // SHCNE_ASSOCCHANGED with SHCNF_IDLIST, in either mode, after the last registry write.
        const notices = lines.flatMap(({ line, conditions }, index) => (notify.test(line) ? [{ index, conditions }] : []));
        expect(notices, macro).toHaveLength(1);
        expect(notices[0]?.conditions, macro).toEqual([]);
        const lastRegistry = lines.findLastIndex(({ line }) => /^(WriteReg|DeleteReg|!insertmacro mediaUploader)/.test(line));
        expect(notices[0]?.index, macro).toBeGreaterThan(lastRegistry);
      }
    });

    it('Linux: the desktop entry lists the MIME type of every format the app recognises', () => {
      const declared = new Set(pkg.build.linux.mimeTypes ?? []);
      for (const format of MEDIA_FORMATS.values()) expect(declared, format.mime).toContain(format.mime);
    });
  });

  // The names Open with shows are the app's brand (Windows' FriendlyAppName, the Send to shortcut,
  // Linux's Name, macOS's bundle name), the same in every language; what else the systems show
  // about the app is given in each language the app speaks.
  describe('in the app’s languages', () => {
    // Each system's name for the language (freedesktop's ll_CC, Apple's .lproj folders as Electron ships them).
    const SYSTEM_NAMES = LANGUAGES.filter((language) => language !== 'en').map((language) => language.replace('-', '_'));

    it('Linux: the desktop entry’s comment in each', () => {
      const entry = pkg.build.linux.desktop?.entry ?? {};
      expect(Object.keys(entry).sort()).toEqual(SYSTEM_NAMES.map((name) => `Comment[${name}]`).sort());
      for (const text of Object.values(entry)) expect(text).toMatch(/AssemblyAI, ?memories\.ai|AssemblyAI、memories\.ai/);
    });

    it('macOS: the document types’ names (Image, Video, Audio) in each, from InfoPlist.strings in its .lproj', async () => {
      const typeNames = (pkg.build.mac.fileAssociations ?? []).map((association) => association.name);
      const resources = pkg.build.mac.extraResources ?? [];
      expect(resources.map((resource) => resource.to).sort()).toEqual(SYSTEM_NAMES.map((name) => `${name}.lproj/InfoPlist.strings`).sort());
      for (const { from, to } of resources) {
        expect(from).toBe(`build/mac-locales/${to}`);
        const strings = await readFile(join(PROJECT_ROOT, from), 'utf8');
        // "Image" = "Bild"; — the English name, as Info.plist has it, is the key.
        const keys = [...strings.matchAll(/^"([^"]+)" = "[^"]+";$/gm)].map((match) => match[1]);
        expect(keys, from).toEqual(typeNames);
      }
    });
  });
});
