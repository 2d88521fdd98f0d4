// Every way of quitting asks once about running uploads and holds Electron's quit until the
// files that must survive are written. Electron is replaced by a small model of its documented
// quit order (docs/api/app.md, "Event: 'before-quit'" and app.quit(); shell/browser/browser.cc
// Browser::Quit): app.quit() emits before-quit, where preventDefault() cancels the quit; then
// it closes every window, and a window whose `close` is prevented cancels it too; otherwise the
// app quits. The model is strict: a quit that a handler prevented does not happen.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { QUIT_DEADLINE_MS, QuitDeadlineError, QuitFlow, type QuitPorts } from '../../../electron/main/quit/quit-flow.ts';

class ModelApp {
  quitted = false;
  windowOpen = true;
  readonly flow: () => QuitFlow;
  readonly platform: 'linux' | 'darwin';
  constructor(flow: () => QuitFlow, platform: 'linux' | 'darwin') {
    this.flow = flow;
    this.platform = platform;
  }

  /** app.quit(), per Browser::Quit. */
  quit(): void {
    if (this.quitted) return;
    if (!this.flow().beforeQuit()) return;
    if (this.windowOpen && !this.closeWindow()) return;
    this.quitted = true;
  }

  /** BrowserWindow close (the title bar's ×, Alt+F4, or app.quit() closing it); true when it closed. */
  closeWindow(): boolean {
    // On Linux and Windows the app's `close` handler routes to the quit flow; macOS lets it close.
    if (this.platform !== 'darwin' && !this.flow().windowClose()) return false;
    this.windowOpen = false;
    return true;
  }
}

interface Setup {
  readonly app: ModelApp;
  readonly flow: QuitFlow;
  readonly asked: string[];
  readonly finished: { count: number };
  readonly reported: unknown[];
  /** How many times the flow called app.quit(). */
  readonly quitCalls: { count: number };
  /** Lets the held writes complete. */
  release(): void;
}

function setup(options: { running: number; answer?: boolean; platform?: 'linux' | 'darwin'; finishFails?: boolean; deadlineMs?: number }): Setup {
  const asked: string[] = [];
  const reported: unknown[] = [];
  const finished = { count: 0 };
  const quitCalls = { count: 0 };
  let release: () => void = () => undefined;
  const written = new Promise<void>((resolve) => {
    release = resolve;
  });
  let flow: QuitFlow | undefined;
  const app = new ModelApp(() => flow as QuitFlow, options.platform ?? 'linux');
  const ports: QuitPorts = {
    question: () => (options.running > 0 ? `${options.running} files are still uploading.` : undefined),
    confirm(question) {
      asked.push(question);
      return options.answer ?? true;
    },
    async finish() {
      finished.count += 1;
      await written;
      if (options.finishFails === true) throw new Error('disk full');
    },
    quit: () => {
      quitCalls.count += 1;
      app.quit();
    },
    report: (error) => reported.push(error),
  };
  flow = new QuitFlow(ports, options.deadlineMs === undefined ? {} : { deadlineMs: options.deadlineMs });
  return { app, flow, asked, finished, reported, quitCalls, release };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('quitting', () => {
  it('with nothing uploading asks nothing, but still waits for the writes before quitting', async () => {
    const { app, asked, finished, release } = setup({ running: 0 });
    app.quit();
    expect(asked).toEqual([]);
    expect(finished.count).toBe(1);
    expect(app.quitted).toBe(false);
    release();
    await settle();
    expect(app.quitted).toBe(true);
    expect(app.windowOpen).toBe(false);
  });

  it('Ctrl+Q during uploads asks; "Keep uploading" keeps the app as it was', async () => {
    const { app, flow, asked, finished } = setup({ running: 2, answer: false });
    app.quit();
    await settle();
    expect(asked).toEqual(['2 files are still uploading.']);
    expect(finished.count).toBe(0);
    expect(app.quitted).toBe(false);
    expect(app.windowOpen).toBe(true);
    expect(flow.state).toBe('open');
  });

  it('Ctrl+Q during uploads asks once, holds the quit until the writes are done, then quits', async () => {
    const { app, asked, finished, release } = setup({ running: 1 });
    app.quit();
    // Pressed again while the writes run: no second question, no second round of writes.
    app.quit();
    app.closeWindow();
    await settle();
    expect(asked).toHaveLength(1);
    expect(finished.count).toBe(1);
    expect(app.quitted).toBe(false);
    expect(app.windowOpen).toBe(true);
    release();
    await settle();
    expect(app.quitted).toBe(true);
    expect(asked).toHaveLength(1);
  });

  it('closing the last window on Linux takes the same road: one question, then the quit', async () => {
    const { app, asked, finished, release } = setup({ running: 3 });
    expect(app.closeWindow()).toBe(false);
    expect(asked).toEqual([]);
    await settle(); // the quit is asked for outside the close handler
    expect(asked).toEqual(['3 files are still uploading.']);
    expect(finished.count).toBe(1);
    expect(app.windowOpen).toBe(true);
    release();
    await settle();
    expect(app.windowOpen).toBe(false);
    expect(app.quitted).toBe(true);
    expect(asked).toHaveLength(1);
  });

  it('closing the window on Linux and answering "Keep uploading" leaves the window open', async () => {
    const { app, asked } = setup({ running: 1, answer: false });
    expect(app.closeWindow()).toBe(false);
    await settle();
    expect(asked).toHaveLength(1);
    expect(app.windowOpen).toBe(true);
    expect(app.quitted).toBe(false);
  });

  it('on macOS closing the window does not quit or ask; Cmd+Q later asks', async () => {
    const { app, asked, release } = setup({ running: 1, platform: 'darwin' });
    expect(app.closeWindow()).toBe(true);
    await settle();
    expect(asked).toEqual([]);
    expect(app.quitted).toBe(false);
    app.quit();
    expect(asked).toHaveLength(1);
    release();
    await settle();
    expect(app.quitted).toBe(true);
  });

  it('a write that fails is reported, and the app still quits', async () => {
    const { app, reported, release } = setup({ running: 0, finishFails: true });
    app.quit();
    release();
    await settle();
    expect(reported).toEqual([new Error('disk full')]);
    expect(app.quitted).toBe(true);
  });
});

// A data folder on a network drive that stopped answering: the writes never end. Only setTimeout
// and clearTimeout are faked, so setImmediate (the close handler's deferred quit, settle()) runs.
describe('quitting when the writes never end', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('quits once after the deadline (10 s by default) and reports that not everything was saved', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { app, flow, reported, quitCalls, release } = setup({ running: 1 });
    app.quit();
    expect(flow.state).toBe('finishing');
    await vi.advanceTimersByTimeAsync(QUIT_DEADLINE_MS - 1);
    expect(app.quitted).toBe(false);
    expect(reported).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    await settle();
    expect(quitCalls.count).toBe(1);
    expect(app.quitted).toBe(true);
    expect(flow.state).toBe('done');
    expect(reported).toHaveLength(1);
    expect(reported[0]).toBeInstanceOf(QuitDeadlineError);
    expect((reported[0] as Error).message).toMatch(/within 10 s.*quit without waiting/);
    // The drive answers after all: nothing more happens, no second quit and no second report.
    release();
    await settle();
    app.quit();
    expect(quitCalls.count).toBe(1);
    expect(reported).toHaveLength(1);
  });

  it('a failure after the deadline is not reported a second time', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { app, reported, quitCalls, release } = setup({ running: 0, finishFails: true, deadlineMs: 50 });
    app.quit();
    await vi.advanceTimersByTimeAsync(50);
    await settle();
    expect(quitCalls.count).toBe(1);
    release();
    await settle();
    expect(reported).toHaveLength(1);
    expect(reported[0]).toBeInstanceOf(QuitDeadlineError);
  });

  it('writes that end before the deadline: no report, one quit, and the deadline timer is gone', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { app, flow, reported, quitCalls, release } = setup({ running: 0, deadlineMs: 5_000 });
    app.quit();
    expect(vi.getTimerCount()).toBe(1);
    release();
    await settle();
    expect(quitCalls.count).toBe(1);
    expect(app.quitted).toBe(true);
    expect(flow.state).toBe('done');
    expect(reported).toEqual([]);
    // A timer left pending would keep Node alive for the rest of the deadline.
    expect(vi.getTimerCount()).toBe(0);
  });

  it('with real timers, a short deadline quits a hung finish', async () => {
    const { app, reported, quitCalls } = setup({ running: 0, deadlineMs: 20 });
    app.quit();
    await expect.poll(() => quitCalls.count, { timeout: 2_000 }).toBe(1);
    expect(app.quitted).toBe(true);
    expect(reported).toEqual([expect.any(QuitDeadlineError)]);
  });
});
