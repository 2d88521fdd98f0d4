// "Restart to update" through the app's real quit flow (quit-flow.ts): it asks first while files
// upload, installs only after the quit's writes, and a "Keep uploading" leaves nothing armed.
// app.quit() is modelled as Electron's Browser::Quit: `before-quit` synchronously, and the quit
// goes on only when no listener prevented it.

import { describe, expect, it } from 'vitest';
import { QuitFlow } from '../../../electron/main/quit/quit-flow.ts';
import { RestartToUpdate } from '../../../electron/main/update/restart-to-update.ts';

function rig(uploading: number) {
  const log: string[] = [];
  const person = { quitAnyway: false };
  let flow: QuitFlow | undefined;
  const appQuit = (): void => {
    log.push('app.quit');
    if (flow?.beforeQuit() === true) log.push('exit');
  };
  const restart = new RestartToUpdate({
    quitState: () => flow?.state ?? 'open',
    quit: appQuit,
    installAndRestart: () => log.push('install and restart'),
  });
  flow = new QuitFlow({
    question: () => (uploading > 0 ? `${uploading} files are still uploading.` : undefined),
    confirm: (question) => {
      log.push(`asked: ${question}`);
      return person.quitAnyway;
    },
    finish: async () => void log.push('uploads stopped and recorded, files written'),
    quit: () => restart.quit(),
    report: (error) => log.push(`report: ${String(error)}`),
  });
  const settled = () => new Promise((resolve) => setImmediate(resolve));
  return { log, person, restart, flow, appQuit, settled };
}

describe('Restart to update', () => {
  it('with nothing uploading: the quit’s writes first, then the install and the new start', async () => {
    const { log, restart, settled } = rig(0);
    expect(restart.request()).toBe(true);
    await settled();
    expect(log).toEqual(['app.quit', 'uploads stopped and recorded, files written', 'install and restart']);
  });

  it('while files upload, asks first; "Keep uploading" installs nothing, now or at a later quit', async () => {
    const { log, restart, person, appQuit, flow, settled } = rig(2);
    expect(restart.request()).toBe(false);
    expect(flow.state).toBe('open');
    expect(log).toEqual(['app.quit', 'asked: 2 files are still uploading.']);
    // Later the person quits from the tray and agrees: a plain quit, no restart.
    person.quitAnyway = true;
    appQuit();
    await settled();
    expect(log.slice(2)).toEqual(['app.quit', 'asked: 2 files are still uploading.', 'uploads stopped and recorded, files written', 'app.quit', 'exit']);
  });

  it('while files upload, "Quit anyway": the uploads are stopped and recorded before the install', async () => {
    const { log, restart, person, settled } = rig(1);
    person.quitAnyway = true;
    expect(restart.request()).toBe(true);
    await settled();
    expect(log).toEqual(['app.quit', 'asked: 1 files are still uploading.', 'uploads stopped and recorded, files written', 'install and restart']);
  });
});
