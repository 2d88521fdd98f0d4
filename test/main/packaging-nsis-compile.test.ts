// @vitest-environment node
// build/installer.nsh compiled by makensis, inside a small script that stands in for
// electron-builder's installer.nsi: it declares what that one declares before calling our macros
// ($installMode in templates/nsis/multiUser.nsh, $appExe in installer.nsi, the
// APP_EXECUTABLE_FILENAME define) and inserts customInstall in a section and customUnInstall in
// the uninstaller's, as installSection.nsh and uninstaller.nsh do. This catches what reading the
// text cannot: an unknown command or plugin, a ${if} without its ${endIf}, a bad macro argument.
// It cannot run the installer (that needs Windows), so which branch runs is checked as text in
// packaging-config.test.ts. makensis is Debian's `nsis` (3.08 here); electron-builder 26.17
// downloads its own (nsis-bundle-3.12). Where makensis is not installed the test says it skipped.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../e2e/app-build.ts';

const hasMakensis = spawnSync('makensis', ['-VERSION']).error === undefined;
if (!hasMakensis) console.warn('packaging-nsis-compile: skipped, makensis is not installed (Debian: apt-get install nsis)');

const dir = mkdtempSync(join(tmpdir(), 'installer-nsh-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Compiles `include` as electron-builder would include it; makensis's exit status and output. */
function compile(include: string): { status: number | null; output: string } {
  const includePath = join(dir, 'installer.nsh');
  writeFileSync(includePath, include);
  const harness = `Unicode true
!define APP_EXECUTABLE_FILENAME "Media Uploader.exe"
Var installMode
Var appExe
Name "installer.nsh harness"
OutFile "${join(dir, 'harness.exe')}"
RequestExecutionLevel user
!include "${includePath}"
Section
  StrCpy $installMode CurrentUser
  StrCpy $appExe "$INSTDIR\\\${APP_EXECUTABLE_FILENAME}"
  !insertmacro customInstall
  WriteUninstaller "$INSTDIR\\uninstall.exe"
SectionEnd
Section "Uninstall"
  StrCpy $installMode all
  !insertmacro customUnInstall
SectionEnd
`;
  const script = join(dir, 'harness.nsi');
  writeFileSync(script, harness);
  // -WX: a warning (an unused variable, a label never jumped to) fails as an error would.
  const run = spawnSync('makensis', ['-WX', '-V2', script], { encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe.skipIf(!hasMakensis)('build/installer.nsh under makensis', () => {
  const include = readFileSync(join(PROJECT_ROOT, 'build/installer.nsh'), 'utf8');

  it('compiles into an installer and an uninstaller, warnings counted as errors', () => {
    const { status, output } = compile(include);
    expect(output, output).not.toMatch(/error/i);
    expect(status, output).toBe(0);
  });

  it('is a check that can fail: an unclosed ${if} or an unknown plugin is refused', () => {
    const unclosed = include.replace(/^\s*\$\{endIf\}\s*$/m, '');
    expect(unclosed).not.toBe(include);
    expect(compile(unclosed).status).not.toBe(0);
    const misspelt = include.replace("System::Call 'shell32", "Sytem::Call 'shell32");
    expect(misspelt).not.toBe(include);
    expect(compile(misspelt).output).toMatch(/Plugin not found/);
  });
});
