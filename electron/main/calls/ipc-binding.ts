// The thin Electron side of the calls: each contract channel (the window's and the preload's)
// is handled by the one gate, told which frame sent it; events go to the main window only.

import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { CALL_NAMES, PRELOAD_CALL_NAMES, type EventName } from '../../../shared/ipc-channels.ts';
import type { EventPayloads } from '../../../shared/ipc-contract.ts';
import type { CallerFrame, CallGate } from './call-gate.ts';

const CHANNELS = [...CALL_NAMES, ...PRELOAD_CALL_NAMES];

export function bindCalls(gate: CallGate, mainWindow: () => BrowserWindow | undefined): () => void {
  for (const name of CHANNELS) {
    ipcMain.handle(name, (event, ...args: unknown[]) => gate(name, callerOf(event, mainWindow()), args));
  }
  return () => {
    for (const name of CHANNELS) ipcMain.removeHandler(name);
  };
}

function callerOf(event: IpcMainInvokeEvent, win: BrowserWindow | undefined): CallerFrame {
  const frame = event.senderFrame;
  const isAppWindow = win !== undefined && !win.isDestroyed() && event.sender.id === win.webContents.id;
  return { url: frame?.url, isAppWindowMainFrame: isAppWindow && frame !== null && frame.parent === null };
}

export function sendToWindow<E extends EventName>(win: BrowserWindow | undefined, event: E, payload: EventPayloads[E]): void {
  if (win === undefined || win.isDestroyed() || win.webContents.isDestroyed()) return;
  win.webContents.send(event, payload);
}
