// The names of every call and event between window and main, with no schema library attached:
// the sandboxed preload imports these, and must stay a few kilobytes. shared/ipc-contract.ts
// gives each call its argument schema and result type, and fails to compile if the two lists
// ever disagree.

export const CALL_NAMES = [
  'queue:add',
  'queue:add-dialog',
  'queue:paste-image',
  'queue:get',
  'queue:head',
  'queue:set-provider',
  'queue:set-providers',
  'queue:set-primary',
  'queue:use-earlier',
  'queue:dismiss-earlier',
  'queue:convert',
  'queue:start',
  'queue:cancel',
  'queue:cancel-all',
  'queue:retry',
  'queue:remove',
  'queue:clear-finished',
  'queue:pause-state',
  'queue:set-paused',
  'queue:thumbnail',
  'history:list',
  'history:remove',
  'history:restore',
  'history:clear',
  'history:export',
  'history:retry',
  'history:delete-upload',
  'keys:list',
  'keys:set',
  'keys:delete',
  'keys:test',
  'keys:set-default',
  'settings:get',
  'settings:set',
  'settings:system-language',
  'proxy:forget-password',
  'shell:open-url',
  'shell:show-file',
  'update:get',
  'update:check',
  'update:restart',
] as const;

export type CallName = (typeof CALL_NAMES)[number];

/**
 * Calls only the preload makes, never part of `window.uploader`: the page (the main world)
 * cannot reach `ipcRenderer`, so these carry what only the isolated world can know. Main checks
 * their sender like every other call (call-gate.ts).
 * - `files:register-drop`: the paths behind dropped `File`s; main answers one opaque id each.
 */
export const PRELOAD_CALL_NAMES = ['files:register-drop'] as const;

export type PreloadCallName = (typeof PRELOAD_CALL_NAMES)[number];

export const EVENT_NAMES = ['queue:changed', 'queue:paused', 'history:changed', 'keys:changed', 'settings:changed', 'app:notice', 'update:changed'] as const;

export type EventName = (typeof EVENT_NAMES)[number];

/**
 * `window.uploaderFiles`: a sandboxed window's dropped `File` has no `.path`, and only the
 * preload can ask Electron for it. The window never holds the paths: the preload registers them
 * with main, and the window gets opaque ids to pass to `queue:add`, so a compromised page
 * cannot name a file the person did not drop. `File` is a DOM type, which shared code does not
 * know.
 *
 * Files cross contextBridge in a plain array: the bridge copies an array element by element and
 * passes each `File` as itself, but copies any other object, a `FileList` included, by its own
 * keys only, so a `FileList` would arrive without `length` (test/e2e/page-electron.ts).
 */
export interface UploaderFilesApi<F = unknown> {
  /**
   * One id for each dropped file or folder that is on disk, for `queue:add({ files })`; files
   * with no path (e.g. data dragged from a web page) are left out, so none may come back. Each
   * id is good for one `queue:add` within a minute.
   */
  register(files: readonly F[]): Promise<string[]>;
}
