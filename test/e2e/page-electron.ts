// What stands in for the Electron binary inside the page: the three renderer-side modules the
// preload requires (contextBridge, ipcRenderer, webUtils), as strict as Electron's own, and the
// app's built preload run against them. Calls go to Node through the `__e2eInvoke` binding the
// harness exposes; events come back through `__e2eEmit`; the Files of a drop map to their paths
// on disk through `__e2eDrops`, which the harness's drop helper fills.
//
// The rules below are Electron's, read in electron/electron at v45.0.0-nightly.20260821 (these
// files are unchanged from there to 45-x-y and main):
//
// contextBridge, shell/renderer/api/electron_api_context_bridge.cc:
// - `PassValueToOtherContextInner` decides, in this order, what a value becomes in the other
//   world: primitives pass as they are; a value met before in the same crossing gives the same
//   copy (`ObjectCache`); functions become proxy functions, and a proxy sent back gives the
//   original ("kOriginalFunctionPrivateKey"); promises become new promises whose result and
//   reason cross in turn; native errors become a plain `Error` with only the `message`; plain
//   arrays (`IsPlainArray`) are copied element by element (holes read as undefined, extra
//   properties dropped); in a window, an Element, a Blob (so a File) or a VideoFrame passes as
//   itself; any other object that is not a built-in (`IsPlainObject`: a class instance, a
//   FileList, an Event) is rebuilt by `CreateProxyForAPI` from its own enumerable keys only, read
//   through getters, so its prototype, methods, getters on the prototype and a FileList's
//   `length` are lost; the remaining built-ins (Map, Set, Date, RegExp, ArrayBuffer, typed
//   arrays, boxed primitives…) go through the serializer below, a copy, never the same object.
//   Nesting deeper than 1000 throws a TypeError ("kMaxRecursion").
// - `ProxyFunctionWrapper`: a proxy's arguments cross into the function's world (one cache for
//   all of them); the function runs with the object it was found on as `this`; whatever it
//   throws arrives as `new Error(message)` (or a fixed sentence when the thrown value has no
//   string `message`); its return value crosses back, and a failure there arrives as an Error
//   carrying V8's message text ("Uncaught …").
// - `ExposeAPI`: a key already on `window` is refused; the API crosses as above, is deep-frozen
//   (`DeepFreeze`) and set read-only and non-configurable.
//
// IPC, shell/renderer/api/electron_api_ipc_renderer.cc (`Invoke` serializes the argument list
// with `SerializeV8Value`) and lib/renderer/api/ipc-renderer.ts (`invoke` rejects with "Error
// invoking remote method '<channel>': <main's error>"); main's reply (lib/browser/ipc-dispatch.ts
// `-ipc-invoke`: a reply that cannot be serialized becomes that error) and `webContents.send`
// go through the same serializer: see ipc-wire.ts for what it keeps and refuses.
//
// webUtils, shell/renderer/api/electron_api_web_utils.cc: `getPathForFile` takes any Blob (a
// File made in the page has no path: "") and throws a TypeError for anything else.
//
// Focus, Chromium's third_party/blink/renderer/modules/clipboard/clipboard_promise.cc
// (`ClipboardPromise::ValidatePreconditions`, read in the copy of Blink in youtube/cobalt at
// f7c174f1): before any permission is asked, `if (!window.document()->hasFocus())` rejects every
// read and write of navigator.clipboard with a DOMException NotAllowedError "Failed to execute
// 'writeText' on 'Clipboard': Document is not focused." (the resolver puts the call's context
// first, as in every rejection of that file: "… 'readText' …: Read permission denied."). An Electron window in the background has no focus, so nothing but a person's click
// or keys in the window may copy from the page. Playwright emulates focus for every page
// (headless Chromium's `document.hasFocus()` is always true, even with the emulation turned off
// and another window brought to the front), so the stand-in keeps its own: `__e2eWindowFocus`
// (the harness's app.blur() / app.focus()) puts the window in the background or back;
// `document.hasFocus()` then answers false, window gets `blur` and `focus` events, and
// navigator.clipboard refuses as Chromium does. A trusted mouse press in the page (a person's
// click) focuses the window again, as clicking a window in the background does on every desktop.
// The state is kept in sessionStorage, so a window in the background that reloads stays there.
//
// What one page cannot reproduce: both worlds share one realm here (the same Object.prototype
// and globals), and a JavaScript Proxy cannot be told from its target, so a Proxy is copied like
// the object it wraps where Electron would refuse it. Neither the app nor its preload makes one.
// Likewise the page could call the harness's `__e2eInvoke` itself, where in Electron only the
// isolated world has `ipcRenderer` (so only the preload can register dropped files): a test of
// what the page cannot do goes through `window.uploader` and `window.uploaderFiles`, as a
// compromised page in Electron would have to.
//
// Plain JavaScript in a string: it runs in the page before the app's own scripts, and it must
// not depend on how the test runner compiles TypeScript.

import { IPC_WIRE_SOURCE } from './ipc-wire.ts';

export function pageElectronScript(preloadSource: string): string {
  return `(() => {
  'use strict';
  const wire = ${IPC_WIRE_SOURCE};
${WINDOW_FOCUS_SOURCE}
${CONTEXT_BRIDGE_SOURCE}
  const listeners = new Map();
  // What webUtils.getPathForFile knows: the Files of the drops the harness made, each with its
  // path. The harness names the paths of its next drop in expected; the drop's Files are matched
  // to them here, in the capture phase on window, before the window's own listeners run.
  const filePaths = new WeakMap();
  const drops = { expected: undefined, files: [] };
  Object.defineProperty(window, '__e2eDrops', { value: drops });
  window.addEventListener('drop', (event) => {
    const paths = drops.expected;
    if (paths === undefined || !event.isTrusted) return;
    drops.expected = undefined;
    const files = event.dataTransfer === null ? [] : [...event.dataTransfer.files];
    drops.files.push(...files);
    if (files.length !== paths.length) throw new Error('The drop carried ' + files.length + ' files; the harness dropped ' + paths.length + '.');
    files.forEach((file, i) => filePaths.set(file, paths[i]));
  }, true);

  const ipcRenderer = {
    invoke: async (channel, ...args) => {
      // Throws "An object could not be cloned." here, in the preload, as Electron's serializer does.
      const text = wire.send(args);
      const reply = wire.receive(await window.__e2eInvoke(channel, text));
      if (reply.error !== undefined) throw new Error("Error invoking remote method '" + channel + "': " + reply.error);
      return reply.result;
    },
    on(channel, listener) {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel).add(listener);
      return this;
    },
    removeListener(channel, listener) {
      listeners.get(channel)?.delete(listener);
      return this;
    },
  };
  Object.defineProperty(window, '__e2eEmit', {
    value: (channel, text) => {
      // One deserialized payload for every listener, as Electron's ipcRenderer emitter gives. A
      // listener that throws stops the rest (an EventEmitter's emit) and is an uncaught error
      // in the page, where the tests see it, not a rejection of the harness's evaluate.
      const payload = wire.receive(text);
      const event = { sender: ipcRenderer, ports: [] };
      try {
        for (const listener of [...(listeners.get(channel) ?? [])]) listener(event, payload);
      } catch (error) {
        reportError(error);
      }
    },
  });

  const blobSize = Object.getOwnPropertyDescriptor(Blob.prototype, 'size').get;
  const electron = {
    contextBridge: { exposeInMainWorld: contextBridge.exposeInMainWorld },
    ipcRenderer,
    webUtils: {
      getPathForFile(file) {
        try {
          blobSize.call(file);
        } catch {
          throw new TypeError('getPathForFile expected to receive a File object but one was not provided');
        }
        return filePaths.get(file) ?? '';
      },
    },
  };
  const require = (name) => {
    if (name === 'electron') return electron;
    throw new Error('A sandboxed preload cannot require ' + name + '.');
  };
  const module = { exports: {} };
  (function (require, module, exports) {
${preloadSource}
  })(require, module, module.exports);
})();`;
}

/** `contextBridge.exposeInMainWorld` by the rules above. Expects `wire` (ipc-wire.ts) in scope. */
const CONTEXT_BRIDGE_SOURCE = String.raw`
  const contextBridge = (() => {
    const MAIN_WORLD = 'main';
    const ISOLATED_WORLD = 'isolated';
    const MAX_RECURSION = 1000;
    const UNKNOWN_THROWN = 'An unknown exception occurred in the isolated context, an error occurred but a valid exception was not thrown.';
    // Proxy function -> the function it calls and the world that function lives in.
    const proxied = new WeakMap();

    // Brand checks, which a look-alike object cannot pass, stand in for V8's Is…() tests.
    const branded = (probe) => (value) => {
      try {
        probe(value);
        return true;
      } catch {
        return false;
      }
    };
    const getter = (C, name) => Object.getOwnPropertyDescriptor(C.prototype, name).get;
    const tagOf = (value) => Object.prototype.toString.call(value);
    const isElement = branded((v) => getter(Element, 'tagName').call(v));
    const isBlob = branded((v) => getter(Blob, 'size').call(v));
    const isVideoFrame = typeof VideoFrame === 'function' ? branded((v) => getter(VideoFrame, 'timestamp').call(v)) : () => false;
    const isNativeError = typeof Error.isError === 'function' ? Error.isError : (v) => tagOf(v) === '[object Error]';
    // IsPlainObject's list of built-ins (promises and arrays are handled before it is asked).
    const builtIns = [
      branded((v) => Date.prototype.getTime.call(v)),
      branded((v) => getter(RegExp, 'source').call(v)),
      branded((v) => Map.prototype.has.call(v)),
      branded((v) => Set.prototype.has.call(v)),
      branded((v) => WeakMap.prototype.has.call(v, v)),
      branded((v) => WeakSet.prototype.has.call(v, v)),
      branded((v) => getter(ArrayBuffer, 'byteLength').call(v)),
      typeof SharedArrayBuffer === 'function' ? branded((v) => getter(SharedArrayBuffer, 'byteLength').call(v)) : () => false,
      (v) => ArrayBuffer.isView(v),
      ...[Number, String, Boolean, Symbol, BigInt].map((Box) => branded((v) => Box.prototype.valueOf.call(v))),
      (v) => typeof WebAssembly === 'object' && (v instanceof WebAssembly.Module || v instanceof WebAssembly.Memory),
      (v) => ['[object Arguments]', '[object Generator]', '[object AsyncGenerator]', '[object Map Iterator]', '[object Set Iterator]', '[object Module]'].includes(tagOf(v)),
    ];
    const isBuiltIn = (value) => builtIns.some((test) => test(value));

    function messageOf(thrown) {
      if (thrown !== null && (typeof thrown === 'object' || typeof thrown === 'function')) {
        try {
          const message = thrown.message;
          if (typeof message === 'string') return message;
        } catch {
          // Electron reads it the same way and falls back to its sentence.
        }
      }
      return UNKNOWN_THROWN;
    }

    // What v8::Message::Get() says of an exception: "Uncaught " and the value as text.
    function uncaught(thrown) {
      let text;
      try {
        text = String(thrown);
      } catch {
        text = 'exception';
      }
      return 'Uncaught ' + text;
    }

    function pass(value, from, to, parent, cache, depth) {
      if (depth >= MAX_RECURSION) throw new TypeError('Electron contextBridge recursion depth exceeded.  Nested objects deeper than 1000 are not supported.');
      const type = typeof value;
      if (value === null || (type !== 'object' && type !== 'function')) return value;
      if (cache.has(value)) return cache.get(value);
      if (type === 'function') return proxyFunction(value, from, to, parent, cache);
      // The common case first, without the brand checks below (they throw, which is slow): an
      // object made by a literal is none of the special cases (arguments and module namespaces
      // have these prototypes too, but not this tag).
      const proto = Object.getPrototypeOf(value);
      if ((proto === Object.prototype || proto === null) && tagOf(value) === '[object Object]') return copyOwnKeys(value, from, to, cache, depth);
      if (value instanceof Promise) return proxyPromise(value, from, to, cache);
      if (isNativeError(value)) return errorCopy(value);
      if (Array.isArray(value)) {
        const copy = [];
        for (let i = 0; i < value.length; i++) copy.push(pass(value[i], from, to, value, cache, depth + 1));
        cache.set(value, copy);
        return copy;
      }
      if (isElement(value) || isBlob(value) || isVideoFrame(value)) return value;
      if (!isBuiltIn(value)) return copyOwnKeys(value, from, to, cache, depth);
      const copy = wire.cloneChecked(value);
      cache.set(value, copy);
      return copy;
    }

    function errorCopy(error) {
      let message;
      try {
        message = error.message;
      } catch {
        message = undefined;
      }
      return new Error(typeof message === 'string' ? message : uncaught(error));
    }

    // CreateProxyForAPI: a new plain object with the source's own enumerable keys (symbols
    // included), each value read through its getter and sent across in turn.
    function copyOwnKeys(value, from, to, cache, depth) {
      const copy = {};
      cache.set(value, copy);
      const keys = Object.keys(value);
      for (const symbol of Object.getOwnPropertySymbols(value)) if (Object.prototype.propertyIsEnumerable.call(value, symbol)) keys.push(symbol);
      for (const key of keys) {
        const passed = pass(value[key], from, to, value, cache, depth + 1);
        if (key === '__proto__') Object.defineProperty(copy, key, { value: passed, writable: true, enumerable: true, configurable: true });
        else copy[key] = passed;
      }
      return copy;
    }

    function proxyFunction(fn, from, to, parent, cache) {
      const origin = proxied.get(fn);
      if (origin !== undefined && origin.world === to) return origin.fn;
      // Made by an expression with no name to infer, like v8::Function::New: name "", length 0.
      const proxy = [function () {
        const argsCache = new Map();
        const args = [];
        for (const arg of arguments) args.push(pass(arg, to, from, globalThis, argsCache, 0));
        let result;
        try {
          result = fn.apply(parent, args);
        } catch (thrown) {
          throw new Error(messageOf(thrown));
        }
        try {
          return pass(result, from, to, globalThis, new Map(), 0);
        } catch (thrown) {
          throw new Error(uncaught(thrown));
        }
      }][0];
      proxied.set(proxy, { fn, world: from });
      cache.set(fn, proxy);
      return proxy;
    }

    function proxyPromise(promise, from, to, cache) {
      const settle = (done, fail) => (outcome) => {
        let passed;
        try {
          passed = pass(outcome, from, to, globalThis, new Map(), 0);
        } catch (thrown) {
          fail(new Error(uncaught(thrown)));
          return;
        }
        done(passed);
      };
      const copy = new Promise((resolve, reject) => {
        promise.then(settle(resolve, reject), settle(reject, reject));
      });
      cache.set(promise, copy);
      return copy;
    }

    function deepFreeze(object, frozen) {
      if (frozen.has(object)) return;
      frozen.add(object);
      for (const key of Object.keys(object)) {
        const child = object[key];
        if (child !== null && (typeof child === 'object' || typeof child === 'function') && !(ArrayBuffer.isView(child) && !(child instanceof DataView))) deepFreeze(child, frozen);
      }
      Object.freeze(object);
    }

    return {
      exposeInMainWorld(key, api) {
        if (key in window) throw new Error('Cannot bind an API on top of an existing property on the window object');
        const proxy = pass(api, ISOLATED_WORLD, MAIN_WORLD, globalThis, new Map(), 0);
        if (proxy !== null && (typeof proxy === 'object' || typeof proxy === 'function') && !(ArrayBuffer.isView(proxy) && !(proxy instanceof DataView))) deepFreeze(proxy, new Set());
        Object.defineProperty(window, key, { value: proxy, writable: false, enumerable: true, configurable: false });
      },
    };
  })();
`;

/** The window's focus and Chromium's clipboard rule that depends on it, by the rules above. */
const WINDOW_FOCUS_SOURCE = String.raw`
  (() => {
    const KEY = '__e2eWindowFocus';
    const readKept = () => {
      try {
        return sessionStorage.getItem(KEY) !== 'background';
      } catch {
        return true; // An opaque origin has no storage: such a page starts focused, as every page does.
      }
    };
    let focused = readKept();
    const set = (next) => {
      if (next === focused) return;
      focused = next;
      try {
        if (next) sessionStorage.removeItem(KEY);
        else sessionStorage.setItem(KEY, 'background');
      } catch {
        // As above: nothing to keep it in.
      }
      window.dispatchEvent(new FocusEvent(next ? 'focus' : 'blur'));
    };
    Object.defineProperty(window, KEY, { value: Object.freeze({ set, get: () => focused }) });

    const nativeHasFocus = Document.prototype.hasFocus;
    Object.defineProperty(Document.prototype, 'hasFocus', {
      ...Object.getOwnPropertyDescriptor(Document.prototype, 'hasFocus'),
      value: { hasFocus() { return focused && nativeHasFocus.call(this); } }.hasFocus,
    });

    // Every method of the Async Clipboard API goes through ValidatePreconditions first.
    if (typeof Clipboard === 'function') {
      for (const name of ['read', 'readText', 'write', 'writeText']) {
        const native = Clipboard.prototype[name];
        if (typeof native !== 'function') continue;
        Object.defineProperty(Clipboard.prototype, name, {
          ...Object.getOwnPropertyDescriptor(Clipboard.prototype, name),
          value: { [name](...args) {
            // Worded as Blink's resolver words it: the call's context, then the reason.
            if (!document.hasFocus()) return Promise.reject(new DOMException("Failed to execute '" + name + "' on 'Clipboard': Document is not focused.", 'NotAllowedError'));
            return native.apply(this, args);
          } }[name],
        });
      }
    }

    // A person's click on a window in the background brings it to the front. Capture, on window,
    // before the page's own listeners: the click's handler already runs in a focused window.
    window.addEventListener('mousedown', (event) => {
      if (event.isTrusted) set(true);
    }, true);
  })();
`;
