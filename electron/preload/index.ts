// The preload of the one window. It runs sandboxed, so it is bundled to a single CommonJS
// file whose only `require` is 'electron' (see electron.vite.config.ts).
//
// For the window (renderer/): `window.uploader` is typed `UploaderApi` from
// shared/ipc-contract.ts; `window.uploaderFiles.register(files)` turns dropped `File`s into ids
// for `uploader['queue:add']({ files })` (Electron 32+ removed `File.path`, and the window never
// holds a path main would read).

import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { exposeUploader } from './uploader-bridge.ts';

exposeUploader({ contextBridge, ipcRenderer, webUtils });
