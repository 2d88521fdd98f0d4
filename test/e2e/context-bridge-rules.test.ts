// @vitest-environment node
// The stand-in for Electron (page-electron.ts, ipc-wire.ts) holds to Electron's rules, so that a
// window that works in the end-to-end tests works in Electron too. Each rule is pinned here with
// a small preload of the test's own, run in Chromium through the stand-in exactly as the app's
// preload is: what crosses contextBridge (electron_api_context_bridge.cc), what crosses IPC
// (electron_api_ipc_renderer.cc, v8_util.cc) and what webUtils.getPathForFile accepts.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_PATH } from './app-harness.ts';
import { answerInvoke, ipcWire } from './ipc-wire.ts';
import { pageElectronScript } from './page-electron.ts';

// The preload's side of each test. It keeps what reaches it in `window.__arrived`, so a test can
// look at a value as the preload's world holds it (the stand-in's two worlds share one realm).
const PROBE_PRELOAD = String.raw`
const { contextBridge, ipcRenderer, webUtils } = require('electron');
const arrived = [];
Object.defineProperty(window, '__arrived', { value: arrived });
class Box {
  constructor() { this.own = 1; }
  get computed() { return 2; }
  method() { return 3; }
}
let kept;
contextBridge.exposeInMainWorld('probe', {
  take(...values) { arrived.push(values); return values.length; },
  give(kind) {
    switch (kind) {
      case 'box': return new Box();
      case 'last': return arrived.at(-1)[0];
      case 'error': return Object.assign(new RangeError('made in the preload'), { code: 'E_RANGE' });
      case 'promise': return Promise.resolve(new Box());
      case 'rejecting': return Promise.reject(Object.assign(new RangeError('rejected in the preload'), { code: 'E_LATE' }));
      default: throw new Error('no such kind');
    }
  },
  throwing(kind) {
    if (kind === 'text') throw 'not an error';
    throw Object.assign(new TypeError('thrown in the preload'), { code: 'E_TYPE' });
  },
  callWithBox(fn) { return fn(new Box()); },
  keep(fn) { kept = fn; return typeof fn; },
  keptIsCalled(value) { return kept(value); },
  echoFunction(fn) { return fn; },
  exposeAgain(key) { contextBridge.exposeInMainWorld(key, {}); },
  invoke(channel, ...args) { return ipcRenderer.invoke(channel, ...args); },
  invokeWithFunction() { return ipcRenderer.invoke('echo', { callback() {} }); },
  async invokeRich() {
    const shared = { name: 'shared' };
    const answer = await ipcRenderer.invoke('echo', { map: new Map([['k', shared]]), set: new Set([1, 2]), date: new Date(5), missing: undefined, nan: NaN, big: 10n, again: shared });
    arrived.push([answer]);
  },
  pathOf(value) { return webUtils.getPathForFile(value); },
  listen(channel, listener) { ipcRenderer.on(channel, (_event, payload) => listener(payload)); },
});
`;

// Main's side: what each channel answers, and every argument list it was sent.
class Receipt {
  readonly kind = 'receipt';
  describe(): string {
    return 'a method main has and the window must not';
  }
}
const received: unknown[][] = [];
const handlers: Record<string, (args: unknown[]) => unknown> = {
  echo: (args) => args[0],
  classy: () => new Receipt(),
  fail: () => {
    throw new Error('main says no');
  },
  unsendable: () => ({ later: () => 1 }),
  proxied: () => ({ items: [new Proxy({ id: 'a' }, {})] }),
};

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-gpu'], headless: true });
  const context = await browser.newContext();
  await context.exposeBinding('__e2eInvoke', (_source, channel: string, text: string) => {
    const args = ipcWire.receive(text) as unknown[];
    received.push(args);
    return answerInvoke(channel, async () => handlers[channel]!(args));
  });
  await context.addInitScript({ content: pageElectronScript(PROBE_PRELOAD) });
  // A page of its own origin, so nothing of the app is involved.
  await context.route('http://rules.test/', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><p>rules</p>' }));
  page = await context.newPage();
  await page.goto('http://rules.test/');
});
afterAll(async () => {
  await browser?.close();
});

interface Probe {
  take(...values: unknown[]): number;
  give(kind: string): unknown;
  throwing(kind?: string): void;
  callWithBox(fn: (box: unknown) => unknown): unknown;
  keep(fn: unknown): string;
  keptIsCalled(value: unknown): unknown;
  echoFunction<F>(fn: F): F;
  exposeAgain(key: string): void;
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  invokeWithFunction(): Promise<unknown>;
  invokeRich(): Promise<void>;
  pathOf(value: unknown): string;
  listen(channel: string, listener: (payload: unknown) => void): void;
}
interface ProbeWindow {
  probe: Probe;
  __arrived: unknown[][];
}

describe('contextBridge, by PassValueToOtherContext', () => {
  it('copies a FileList by its own keys: it arrives without length, so Array.from of it is empty', async () => {
    const seen = await page.evaluate(() => {
      const w = window as unknown as ProbeWindow;
      const transfer = new DataTransfer();
      transfer.items.add(new File(['a'], 'a.txt'));
      transfer.items.add(new File(['b'], 'b.txt'));
      const list = transfer.files;
      w.probe.take(list, Array.from(list));
      const [got, asArray] = w.__arrived.at(-1) as [Record<string, unknown>, File[]];
      return {
        isFileList: got instanceof FileList,
        plain: Object.getPrototypeOf(got) === Object.prototype,
        length: got['length'],
        fromIt: Array.from(got as unknown as ArrayLike<unknown>).length,
        keys: Object.keys(got),
        sameFiles: got['0'] === list[0] && got['1'] === list[1],
        array: Array.isArray(asArray) && asArray.length === 2 && asArray[0] === list[0] && asArray[1] === list[1],
      };
    });
    expect(seen).toEqual({ isFileList: false, plain: true, length: undefined, fromIt: 0, keys: ['0', '1'], sameFiles: true, array: true });
  });

  it('rebuilds a class instance from its own enumerable keys: no prototype, methods or getters', async () => {
    const seen = await page.evaluate(() => {
      const w = window as unknown as ProbeWindow;
      class Shape {
        sides = 3;
        get double() {
          return 6;
        }
        area() {
          return 1;
        }
      }
      const shape = new Shape();
      Object.defineProperty(shape, 'live', { get: () => 'read', enumerable: true });
      Object.defineProperty(shape, 'hidden', { value: 'no', enumerable: false });
      w.probe.take(shape);
      const got = w.__arrived.at(-1)![0] as Record<string, unknown>;
      const back = w.probe.give('box') as Record<string, unknown>;
      return {
        toPreload: { isShape: got instanceof Shape, plain: Object.getPrototypeOf(got) === Object.prototype, keys: Object.keys(got), live: Object.getOwnPropertyDescriptor(got, 'live')?.value, double: got['double'], area: got['area'] },
        toWindow: { plain: Object.getPrototypeOf(back) === Object.prototype, keys: Object.keys(back), computed: back['computed'], method: back['method'] },
      };
    });
    expect(seen).toEqual({
      toPreload: { isShape: false, plain: true, keys: ['sides', 'live'], live: 'read', double: undefined, area: undefined },
      toWindow: { plain: true, keys: ['own'], computed: undefined, method: undefined },
    });
  });

  it('passes a File, a Blob and an Element as themselves, alone or inside arrays and objects', async () => {
    const seen = await page.evaluate(() => {
      const w = window as unknown as ProbeWindow;
      const file = new File(['x'], 'x.txt');
      const blob = new Blob(['y']);
      w.probe.take(file, [file], { file, nested: { blob } }, document.body);
      const [alone, inArray, inObject, element] = w.__arrived.at(-1) as [File, File[], { file: File; nested: { blob: Blob } }, HTMLElement];
      return {
        alone: alone === file,
        inArray: inArray[0] === file,
        inObject: inObject.file === file && inObject.nested.blob === blob,
        element: element === document.body,
        back: w.probe.give('last') === file,
      };
    });
    expect(seen).toEqual({ alone: true, inArray: true, inObject: true, element: true, back: true });
  });

  it('gives one copy for an object met twice in one crossing, as its ObjectCache does', async () => {
    const seen = await page.evaluate(() => {
      const w = window as unknown as ProbeWindow;
      const shared = { name: 'shared' };
      w.probe.take({ a: shared, b: [shared] }, shared);
      const [both, alone] = w.__arrived.at(-1) as [{ a: object; b: object[] }, object];
      return { within: both.a === both.b[0], copied: both.a !== shared, acrossArguments: alone === both.a };
    });
    expect(seen).toEqual({ within: true, copied: true, acrossArguments: true });
  });

  it('clones a Map, a Date and a typed array: equal, but never the same object', async () => {
    const seen = await page.evaluate(() => {
      const w = window as unknown as ProbeWindow;
      const map = new Map<string, unknown>([['a', 1], ['b', { deep: true }]]);
      const date = new Date(86_400_000);
      const bytes = new Uint8Array([1, 2, 3]);
      w.probe.take(map, date, bytes);
      const [m, d, b] = w.__arrived.at(-1) as [Map<string, unknown>, Date, Uint8Array];
      return {
        map: { isMap: m instanceof Map, same: m === map, entries: [...m] },
        date: { isDate: d instanceof Date, same: d === date, time: d.getTime() },
        bytes: { isBytes: b instanceof Uint8Array, same: b === bytes, values: [...b] },
      };
    });
    expect(seen).toEqual({
      map: { isMap: true, same: false, entries: [['a', 1], ['b', { deep: true }]] },
      date: { isDate: true, same: false, time: 86_400_000 },
      bytes: { isBytes: true, same: false, values: [1, 2, 3] },
    });
  });

  it('refuses a Map that holds a File: the serializer Electron clones with knows no DOM objects', async () => {
    const message = await page.evaluate(() => {
      const w = window as unknown as ProbeWindow;
      try {
        w.probe.take(new Map([['file', new File([], 'f')]]));
        return 'taken';
      } catch (error) {
        return (error as Error).message;
      }
    });
    expect(message).toBe('An object could not be cloned.');
  });

  it('lets an error through with its message only, however it crosses', async () => {
    const seen = await page.evaluate(async () => {
      const w = window as unknown as ProbeWindow;
      const describe = (e: unknown) => {
        const error = e as Error & { code?: string };
        return { isError: error instanceof Error, type: error.constructor.name, message: error.message, code: error.code };
      };
      let thrown: unknown;
      try {
        w.probe.throwing();
      } catch (error) {
        thrown = describe(error);
      }
      let thrownText: unknown;
      try {
        w.probe.throwing('text');
      } catch (error) {
        thrownText = describe(error);
      }
      const given = describe(w.probe.give('error'));
      const rejected = await (w.probe.give('rejecting') as Promise<unknown>).then(() => 'resolved', describe);
      w.probe.take(Object.assign(new SyntaxError('made in the window'), { code: 'E_SYNTAX' }));
      const taken = describe(w.__arrived.at(-1)![0]);
      return { thrown, thrownText, given, rejected, taken };
    });
    expect(seen).toEqual({
      thrown: { isError: true, type: 'Error', message: 'thrown in the preload', code: undefined },
      thrownText: { isError: true, type: 'Error', message: 'An unknown exception occurred in the isolated context, an error occurred but a valid exception was not thrown.', code: undefined },
      given: { isError: true, type: 'Error', message: 'made in the preload', code: undefined },
      rejected: { isError: true, type: 'Error', message: 'rejected in the preload', code: undefined },
      taken: { isError: true, type: 'Error', message: 'made in the window', code: undefined },
    });
  });

  it('proxies a function argument, copies what it is called with, and gives the original back', async () => {
    const seen = await page.evaluate(() => {
      const w = window as unknown as ProbeWindow;
      let calledWith: unknown;
      const callback = (value: unknown) => {
        calledWith = value;
        return 'called';
      };
      w.probe.take(callback);
      const arrivedFn = w.__arrived.at(-1)![0];
      w.probe.keep(callback);
      const result = w.probe.keptIsCalled('hello');
      const boxSeen = w.probe.callWithBox((box) => ({ plain: Object.getPrototypeOf(box) === Object.prototype, keys: Object.keys(box as object) }));
      return {
        proxied: typeof arrivedFn === 'function' && arrivedFn !== callback,
        result,
        calledWith,
        boxSeen,
        roundTrip: w.probe.echoFunction(callback) === callback,
      };
    });
    expect(seen).toEqual({ proxied: true, result: 'called', calledWith: 'hello', boxSeen: { plain: true, keys: ['own'] }, roundTrip: true });
  });

  it('proxies a promise, and its result crosses by the same rules', async () => {
    const seen = await page.evaluate(async () => {
      const w = window as unknown as ProbeWindow;
      const promise = w.probe.give('promise') as Promise<Record<string, unknown>>;
      const value = await promise;
      return { isPromise: promise instanceof Promise, plain: Object.getPrototypeOf(value) === Object.prototype, keys: Object.keys(value) };
    });
    expect(seen).toEqual({ isPromise: true, plain: true, keys: ['own'] });
  });

  it('freezes what it exposes and will not bind over a property the window has', async () => {
    const seen = await page.evaluate(() => {
      const w = window as unknown as ProbeWindow;
      let again = '';
      try {
        w.probe.exposeAgain('probe');
      } catch (error) {
        again = (error as Error).message;
      }
      const descriptor = Object.getOwnPropertyDescriptor(window, 'probe');
      return { frozen: Object.isFrozen(w.probe), writable: descriptor?.writable, configurable: descriptor?.configurable, again };
    });
    expect(seen).toEqual({ frozen: true, writable: false, configurable: false, again: 'Cannot bind an API on top of an existing property on the window object' });
  });
});

describe('webUtils.getPathForFile', () => {
  it('gives "" for a File made in the page and refuses what is not a File', async () => {
    const seen = await page.evaluate(() => {
      const w = window as unknown as ProbeWindow;
      let refused = '';
      try {
        // A copied FileList entry list is what a careless window would hand over.
        w.probe.pathOf({ 0: new File([], 'f') });
      } catch (error) {
        refused = (error as Error).message;
      }
      return { made: w.probe.pathOf(new File([], 'made.txt')), refused };
    });
    expect(seen).toEqual({ made: '', refused: 'getPathForFile expected to receive a File object but one was not provided' });
  });
});

describe('ipcRenderer.invoke, by structured clone', () => {
  it('refuses a function in the arguments, before anything reaches main', async () => {
    const before = received.length;
    const messages = await page.evaluate(async () => {
      const w = window as unknown as ProbeWindow;
      const fromPreload = await w.probe.invokeWithFunction().then(() => 'sent', (e: Error) => e.message);
      const fromWindow = await w.probe.invoke('echo', { callback: () => 1 }).then(() => 'sent', (e: Error) => e.message);
      return { fromPreload, fromWindow };
    });
    expect(messages).toEqual({ fromPreload: 'An object could not be cloned.', fromWindow: 'An object could not be cloned.' });
    expect(received.length).toBe(before);
  });

  it('refuses a File, which a browser would clone but Electron’s IPC cannot send', async () => {
    const message = await page.evaluate(() => (window as unknown as ProbeWindow).probe.invoke('echo', new File(['x'], 'x.txt')).then(() => 'sent', (e: Error) => e.message));
    expect(message).toBe('An object could not be cloned.');
  });

  it('carries what structured clone keeps, both ways: Map, Set, Date, undefined, NaN, BigInt, shared objects', async () => {
    // Made and read in the preload: on the way from the window, contextBridge would copy first.
    const seen = await page.evaluate(async () => {
      const w = window as unknown as ProbeWindow;
      await w.probe.invokeRich();
      const back = w.__arrived.at(-1)![0] as { map: Map<string, { name: string }>; set: Set<number>; date: Date; missing: undefined; nan: number; big: bigint; again: object };
      return {
        map: back.map instanceof Map && back.map.get('k')?.name === 'shared',
        set: back.set instanceof Set && [...back.set].join(),
        date: back.date instanceof Date && back.date.getTime(),
        missing: 'missing' in back && back.missing === undefined,
        nan: Number.isNaN(back.nan),
        big: typeof back.big === 'bigint' && String(back.big),
        shared: back.map.get('k') === back.again,
      };
    });
    expect(seen).toEqual({ map: true, set: '1,2', date: 5, missing: true, nan: true, big: '10', shared: true });
    const atMain = received.at(-1)![0] as { map: Map<string, unknown>; date: unknown; missing: unknown; again: unknown };
    expect(atMain.map).toBeInstanceOf(Map);
    expect(atMain.date).toBeInstanceOf(Date);
    expect('missing' in atMain).toBe(true);
    expect(atMain.map.get('k')).toBe(atMain.again);
  });

  it('turns main’s class instance into a plain object, and words main’s failures as Electron does', async () => {
    const seen = await page.evaluate(async () => {
      const w = window as unknown as ProbeWindow;
      const receipt = (await w.probe.invoke('classy')) as Record<string, unknown>;
      const failed = await w.probe.invoke('fail').then(() => 'answered', (e: Error) => e.message);
      return { keys: Object.keys(receipt), describe: typeof receipt['describe'], failed };
    });
    expect(seen).toEqual({ keys: ['kind'], describe: 'undefined', failed: "Error invoking remote method 'fail': Error: main says no" });
  });

  it('fails loudly when main answers with something IPC cannot carry: a function, a Proxy', async () => {
    const messages = await page.evaluate(async () => {
      const w = window as unknown as ProbeWindow;
      return Promise.all(['unsendable', 'proxied'].map((channel) => w.probe.invoke(channel).then(() => 'answered', (e: Error) => e.message)));
    });
    expect(messages[0]).toContain("Main's answer to unsendable cannot cross Electron's IPC");
    expect(messages[1]).toContain("Main's answer to proxied cannot cross Electron's IPC");
  });
});

describe('events from main, by structured clone then contextBridge', () => {
  it('delivers a clone to the window’s listener, and refuses at the sender what cannot be cloned', async () => {
    await page.evaluate(() => {
      const w = window as unknown as ProbeWindow & { __events: unknown[] };
      w.__events = [];
      w.probe.listen('news', (payload) => w.__events.push(payload));
    });
    await page.evaluate((text) => (window as unknown as { __e2eEmit: (c: string, t: string) => void }).__e2eEmit('news', text), ipcWire.send({ items: new Map([['a', new Receipt()]]), when: new Date(7) }));
    const seen = await page.evaluate(() => {
      const payload = (window as unknown as { __events: Array<{ items: Map<string, Record<string, unknown>>; when: Date }> }).__events[0]!;
      const item = payload.items.get('a')!;
      return { map: payload.items instanceof Map, item: Object.keys(item), method: typeof item['describe'], when: payload.when instanceof Date && payload.when.getTime() };
    });
    expect(seen).toEqual({ map: true, item: ['kind'], method: 'undefined', when: 7 });
    expect(() => ipcWire.send({ later: () => 1 })).toThrow(ipcWire.CANNOT_CLONE);
  });
});
