// The preload of the one window. It runs sandboxed, so it is bundled to a single CommonJS
// file whose only `require` is 'electron' (see electron.vite.config.ts).
//
// For the window (renderer/): `window.uploader` is typed `UploaderApi` from
// shared/ipc-contract.ts; `window.uploaderFiles.pathsFor(files)` turns dropped `File`s into
// paths for `uploader['queue:add']({ paths })` (Electron 32+ removed `File.path`).

import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { exposeUploader } from './uploader-bridge.ts';

exposeUploader({ contextBridge, ipcRenderer, webUtils });
