// Native dialogs, the system browser and the clipboard, for the call handlers. The harness
// substitutes this one object in tests; everything else in main runs as in the app.

import { app, clipboard, dialog, nativeImage, shell, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import type { Translate } from '../../../shared/i18n/translator.ts';
import { MEDIA_EXTENSIONS } from '../../../shared/media-formats.ts';
import type { DesktopPort } from './call-ports.ts';
import { keyQuestion } from './key-question.ts';
import type { PasteGesture } from '../desktop/paste-gesture.ts';
import { Thumbnails } from '../desktop/thumbnails.ts';

// The queue rows' pictures: read, checked, made one at a time and cached in thumbnails.ts, which
// also says why Linux decodes on main's thread. Only the Electron calls are here.
const thumbnails = new Thumbnails({
  maker: process.platform === 'linux'
    ? {
      kind: 'decode',
      // What nativeImage decodes on every platform (docs/api/native-image.md, "Supported Formats").
      formats: ['png', 'jpeg'],
      async decode(bytes, box) {
        const image = nativeImage.createFromBuffer(bytes);
        return image.isEmpty() ? undefined : image.resize({ ...box, quality: 'good' }).toDataURL();
      },
    }
    : {
      kind: 'system',
      async thumbnail(path, box) {
        const image = await nativeImage.createThumbnailFromPath(path, box);
        return image.isEmpty() ? undefined : image.toDataURL();
      },
    },
});

/**
 * `t`: main's translator now (electron/main/app/main-language.ts). What the dialogs' own chrome
 * says (Cancel, folder names, the file chooser's places) is the system's, in its language.
 */
export function electronDesktop(mainWindow: () => BrowserWindow | undefined, pasteKeys: Pick<PasteGesture, 'take'>, t: () => Translate): DesktopPort {
  return {
    async pickMediaFiles() {
      const win = mainWindow();
      const say = t();
      const options: Electron.OpenDialogOptions = {
        title: say('desktop:addFiles.title'),
        buttonLabel: say('desktop:addFiles.button'),
        properties: ['openFile', 'multiSelections'],
        filters: [
          { name: say('desktop:addFiles.media'), extensions: [...MEDIA_EXTENSIONS] },
          { name: say('desktop:addFiles.all'), extensions: ['*'] },
        ],
      };
      const chosen = win === undefined ? await dialog.showOpenDialog(options) : await dialog.showOpenDialog(win, options);
      return chosen.canceled ? [] : chosen.filePaths;
    },
    async pickExportPath(suggestedName, format) {
      const win = mainWindow();
      const say = t();
      const options: Electron.SaveDialogOptions = {
        title: say('desktop:exportHistory.title'),
        defaultPath: join(app.getPath('documents'), suggestedName),
        filters: [format === 'csv' ? { name: say('desktop:exportHistory.csv'), extensions: ['csv'] } : { name: say('desktop:exportHistory.json'), extensions: ['json'] }],
      };
      const chosen = win === undefined ? await dialog.showSaveDialog(options) : await dialog.showSaveDialog(win, options);
      return chosen.canceled || chosen.filePath === undefined || chosen.filePath === '' ? undefined : chosen.filePath;
    },
    async confirmKeyChange(change, providerName, keyEnding, keyName) {
      const win = mainWindow();
      const { title, message, detail, buttons } = keyQuestion(change, providerName, keyEnding, keyName, t());
      const options: Electron.MessageBoxOptions = {
        type: 'question',
        title,
        message,
        detail,
        buttons,
        // Keeping is the default and what Escape does: nothing changes unless the person says so.
        defaultId: 1,
        cancelId: 1,
        noLink: true,
      };
      const answer = win === undefined ? await dialog.showMessageBox(options) : await dialog.showMessageBox(win, options);
      return answer.response === 0;
    },
    async confirmDeleteUpload(providerName, fileName) {
      const win = mainWindow();
      const say = t();
      const names = { file: fileName, provider: providerName };
      const options: Electron.MessageBoxOptions = {
        type: 'warning',
        title: say('desktop:deleteUpload.title'),
        message: say('desktop:deleteUpload.message', names),
        detail: say('desktop:deleteUpload.detail', names),
        buttons: [say('desktop:deleteUpload.delete'), say('desktop:deleteUpload.keep')],
        // Keeping is the default and what Escape does.
        defaultId: 1,
        cancelId: 1,
        noLink: true,
      };
      const answer = win === undefined ? await dialog.showMessageBox(options) : await dialog.showMessageBox(win, options);
      return answer.response === 0;
    },
    async openExternal(url) {
      await shell.openExternal(url);
    },
    async showInFolder(path) {
      shell.showItemInFolder(path);
    },
    async thumbnail(path) {
      // The system's own thumbnailer where Electron has one (macOS, Windows); on Linux the image
      // is decoded and scaled after its header passed. Unreadable or refused: no picture, no error.
      return thumbnails.of(path);
    },
    async readPastedImage() {
      if (!pasteKeys.take()) return undefined;
      // Electron's clipboard follows the W3C Async Clipboard API (docs/api/clipboard.md): each
      // item lists its types, and an image is offered as image/png whatever it was copied as.
      for (const item of await clipboard.read()) {
        if (item.types.includes('image/png')) return Buffer.from(await (await item.getType('image/png')).arrayBuffer());
      }
      return undefined;
    },
    async copyText(text) {
      // A Promise<void> in Electron 45 (electron.d.ts, Clipboard.writeText), with no focus rule.
      await clipboard.writeText(text);
    },
  };
}
