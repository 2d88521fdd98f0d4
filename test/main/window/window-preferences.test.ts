// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { secureWebPreferences } from '../../../electron/main/window/window-preferences.ts';

describe('the window’s web preferences', () => {
  it('follow Electron’s security checklist', () => {
    expect(secureWebPreferences('/app/preload.cjs')).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
  });
});
