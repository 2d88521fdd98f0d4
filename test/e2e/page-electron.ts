// What stands in for the Electron binary inside the page: the three renderer-side modules the
// preload requires (contextBridge, ipcRenderer, webUtils), kept as thin as possible, and the
// app's built preload run against them. Calls go to Node through the `__e2eInvoke` binding the
// harness exposes; events come back through `__e2eEmit`; dropped `File`s map to paths on disk
// through `__e2eFilePaths`, which the harness's drop helper fills.
//
// Plain JavaScript in a string: it runs in the page before the app's own scripts, and it must
// not depend on how the test runner compiles TypeScript.

export function pageElectronScript(preloadSource: string): string {
  return `(() => {
  const listeners = new Map();
  const filePaths = new WeakMap();
  Object.defineProperty(window, '__e2eFilePaths', { value: filePaths });
  Object.defineProperty(window, '__e2eEmit', {
    value: (channel, payload) => {
      for (const listener of [...(listeners.get(channel) ?? [])]) listener({}, payload);
    },
  });
  const electron = {
    contextBridge: {
      // Electron copies the API into the page's world and freezes it; here it is frozen in place.
      exposeInMainWorld(key, api) {
        Object.defineProperty(window, key, { value: Object.freeze(api), enumerable: true });
      },
    },
    ipcRenderer: {
      // Arguments and answers cross as JSON text: Playwright's own encoding is far slower for
      // 10,000 paths or items, and JSON keeps what Electron's structured clone would.
      invoke: async (channel, ...args) => {
        // JSON has no undefined: a call made without an argument is sent with none.
        while (args.length > 0 && args[args.length - 1] === undefined) args.pop();
        const answer = await window.__e2eInvoke(channel, JSON.stringify(args));
        return answer === undefined ? undefined : JSON.parse(answer);
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
    },
    webUtils: { getPathForFile: (file) => filePaths.get(file) ?? '' },
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
