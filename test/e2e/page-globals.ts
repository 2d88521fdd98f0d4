// What the preload puts on `window`, for tests that call it from page.evaluate. The window's
// own declaration is in renderer/src/uploader-api.ts (another TypeScript project).

import type { UploaderApi } from '../../shared/ipc-contract.ts';
import type { UploaderFilesApi } from '../../shared/ipc-channels.ts';

declare global {
  interface Window {
    readonly uploader: UploaderApi;
    readonly uploaderFiles: UploaderFilesApi;
  }
}
