// @vitest-environment node
// What electron/main/desktop/app-tray.ts asks of Electron on each system: which picture the tray shows
// (macOS: the template with its 2x, marked template; elsewhere the app icon at the tray's size)
// and what a click does (opens the window on Windows and Linux; on macOS the menu opens).
// Electron is replaced by a recorder: the binary cannot run here.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { batchProgress } from '../../../shared/batch-progress.ts';
import type { TrayActions } from '../../../electron/main/desktop/tray-view.ts';

const electron = vi.hoisted(() => {
  const calls: string[] = [];
  class FakeImage {
    readonly name: string;
    constructor(name: string) {
      this.name = name;
    }
    resize(options: { width: number; height: number }): FakeImage {
      calls.push(`resize ${this.name} ${options.width}x${options.height}`);
      return new FakeImage(`${this.name}@${options.width}`);
    }
    addRepresentation(options: { scaleFactor: number; buffer: Buffer }): void {
      calls.push(`addRepresentation ${this.name} scale ${options.scaleFactor} ${options.buffer.length} bytes`);
      representations.push(options.buffer);
    }
    setTemplateImage(template: boolean): void {
      calls.push(`setTemplateImage ${this.name} ${template}`);
    }
  }
  const representations: Buffer[] = [];
  const trays: FakeTray[] = [];
  class FakeTray {
    readonly listeners = new Map<string, (...args: unknown[]) => void>();
    readonly image: FakeImage;
    constructor(image: FakeImage) {
      this.image = image;
      trays.push(this);
    }
    on(event: string, listener: (...args: unknown[]) => void): this {
      this.listeners.set(event, listener);
      return this;
    }
    setToolTip(): void {}
    setContextMenu(menu: unknown): void {
      calls.push(`setContextMenu ${JSON.stringify(menu)}`);
    }
    destroy(): void {}
  }
  return {
    calls,
    representations,
    trays,
    module: {
      nativeImage: { createFromPath: (path: string) => new FakeImage(path.split('/').pop() ?? path) },
      Tray: FakeTray,
      Menu: { buildFromTemplate: (template: { label?: string }[]) => template.map((item) => item.label ?? '—') },
    },
  };
});
vi.mock('electron', () => electron.module);

const { AppTray } = await import('../../../electron/main/desktop/app-tray.ts');

const root = join(import.meta.dirname, '../../..');
const icons = {
  app: join(root, 'build/icons/512x512.png'),
  template: join(root, 'build/icons/trayTemplate.png'),
  template2x: join(root, 'build/icons/trayTemplate@2x.png'),
};

function start(platform: NodeJS.Platform): { opened: () => number; tray: (typeof electron.trays)[number] } {
  let opens = 0;
  const actions: TrayActions = { open: () => opens++, copy: () => {}, pause: () => {}, resume: () => {}, quit: () => {}, restartToUpdate: () => {} };
  new AppTray(icons, platform, actions);
  const tray = electron.trays.at(-1);
  if (tray === undefined) throw new Error('no Tray made');
  return { opened: () => opens, tray };
}

beforeEach(() => {
  electron.calls.length = 0;
  electron.representations.length = 0;
  electron.trays.length = 0;
});

describe('the tray on macOS', () => {
  it('shows the template with its 2x added before it is marked template, and no resized app icon', () => {
    const { tray } = start('darwin');
    expect(tray.image.name).toBe('trayTemplate.png');
    const twoX = readFileSync(icons.template2x);
    expect(electron.calls).toEqual([`addRepresentation trayTemplate.png scale 2 ${twoX.length} bytes`, 'setTemplateImage trayTemplate.png true']);
    expect(electron.representations[0]?.equals(twoX)).toBe(true);
  });

  it('leaves a click to open the menu, as menu-bar extras do', () => {
    const { tray } = start('darwin');
    expect(tray.listeners.has('click')).toBe(false);
  });
});

describe('the tray on Windows and Linux', () => {
  it('shows the coloured app icon at the tray’s size, not a template', () => {
    expect(start('win32').tray.image.name).toBe('512x512.png@16');
    expect(start('linux').tray.image.name).toBe('512x512.png@22');
    expect(electron.calls.filter((call) => call.startsWith('setTemplateImage') || call.startsWith('addRepresentation'))).toEqual([]);
  });

  it('opens the window on a click, Linux too (a StatusNotifierItem’s Activate arrives as click)', () => {
    for (const platform of ['win32', 'linux'] as const) {
      const { tray, opened } = start(platform);
      tray.listeners.get('click')?.();
      expect(opened(), platform).toBe(1);
    }
  });

  it('keeps the menu on Linux, where a panel may open it on any click', () => {
    const appTray = new AppTray(icons, 'linux', { open: () => {}, copy: () => {}, pause: () => {}, resume: () => {}, quit: () => {}, restartToUpdate: () => {} });
    appTray.show({ batch: batchProgress([]), paused: false, recent: [] });
    const menu = electron.calls.find((call) => call.startsWith('setContextMenu'));
    expect(menu).toContain('Open Media Uploader');
    appTray.destroy();
  });
});
