// Native dialogs and the system browser, for the call handlers. The harness substitutes this
// one object in tests; everything else in main runs as in the app.

import { app, dialog, shell, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import { MEDIA_EXTENSIONS } from '../../shared/media-formats.ts';
import type { DesktopPort } from './call-handlers.ts';

export function electronDesktop(mainWindow: () => BrowserWindow | undefined): DesktopPort {
  return {
    async pickMediaFiles() {
      const win = mainWindow();
      const options: Electron.OpenDialogOptions = {
        title: 'Add files',
        buttonLabel: 'Add',
        properties: ['openFile', 'multiSelections'],
        filters: [
          { name: 'Images, video and audio', extensions: [...MEDIA_EXTENSIONS] },
          { name: 'All files', extensions: ['*'] },
        ],
      };
      const chosen = win === undefined ? await dialog.showOpenDialog(options) : await dialog.showOpenDialog(win, options);
      return chosen.canceled ? [] : chosen.filePaths;
    },
    async pickExportPath(suggestedName, format) {
      const win = mainWindow();
      const options: Electron.SaveDialogOptions = {
        title: 'Export history',
        defaultPath: join(app.getPath('documents'), suggestedName),
        filters: [format === 'csv' ? { name: 'CSV spreadsheet', extensions: ['csv'] } : { name: 'JSON', extensions: ['json'] }],
      };
      const chosen = win === undefined ? await dialog.showSaveDialog(options) : await dialog.showSaveDialog(win, options);
      return chosen.canceled || chosen.filePath === undefined || chosen.filePath === '' ? undefined : chosen.filePath;
    },
    async openExternal(url) {
      await shell.openExternal(url);
    },
  };
}
