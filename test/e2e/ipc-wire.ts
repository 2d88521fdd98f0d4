// How the end-to-end stand-in for Electron carries IPC between the page and Node: every value
// is first structured-cloned, as Electron's IPC does, then written as JSON text with tags for
// what JSON cannot say, so that what arrives is exactly the clone.
//
// Electron's rule (electron/electron, shell/common/v8_util.cc, `V8Serializer`; used by
// `ipcRenderer.invoke`/`send` in shell/renderer/api/electron_api_ipc_renderer.cc, by main's
// replies and `webContents.send`, and by contextBridge for values it neither proxies nor copies):
// V8's own ValueSerializer with a delegate that knows no host object but Electron's NativeImage.
// So it keeps what structured clone keeps for JavaScript values (undefined, NaN, -0, BigInt,
// Date, RegExp, Map, Set, ArrayBuffer and its views, boxed primitives, errors, holes, shared and
// cyclic references) and refuses functions, symbols, promises, WeakMaps, proxies and every DOM
// object (File and Blob included, which the browser's own `structuredClone` would copy) with
// `Error: An object could not be cloned.` (v8_util.cc `Write`).
//
// Why a tagged encoding and not JSON or Playwright's own encoding: JSON would silently turn
// undefined, Maps, Dates and NaN into something else, and Playwright's encoding is several
// times slower for a 10,000-path `queue:add` or a 10,000-item queue patch. The tags cost only
// where a value needs one; plain objects, arrays, strings and numbers stay plain JSON.
//
// Plain JavaScript in a string, like page-electron.ts: the same text runs in the page and, through
// `new Function`, in Node, whatever the test runner does to TypeScript.

import { types } from 'node:util';

export const IPC_WIRE_SOURCE = String.raw`(() => {
  // A key no app object uses; an object that has it is written in the escaped form 'o'.
  const TAG = '\u0000wire';
  const CANNOT_CLONE = 'An object could not be cloned.';
  const cannotClone = () => new Error(CANNOT_CLONE);

  const TYPED_ARRAYS = ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array', 'Float16Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array']
    .filter((name) => typeof globalThis[name] === 'function');
  const typedArrayName = new Map(TYPED_ARRAYS.map((name) => [globalThis[name].prototype, name]));
  const ERROR_NAMES = ['Error', 'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError', 'URIError'];
  const errorName = new Map(ERROR_NAMES.map((name) => [globalThis[name].prototype, name]));
  const BOXES = [Number, String, Boolean, BigInt];
  const boxOf = new Map(BOXES.map((Box) => [Box.prototype, Box]));

  /** The structured clone, failing the way Electron's serializer does. */
  function clone(value) {
    try {
      return structuredClone(value);
    } catch (error) {
      if (error !== null && typeof error === 'object' && error.name === 'DataCloneError') throw cannotClone();
      throw error;
    }
  }

  const numberTag = (n) => ({ [TAG]: 'n', v: Object.is(n, -0) ? '-0' : String(n) });

  /**
   * True when JSON says exactly this value: plain objects and dense arrays, each met once, of
   * strings, finite numbers, booleans and null, and no Proxy (where isProxy can tell). Most IPC
   * values are, and skip the tags.
   */
  function isPlainJson(root, isProxy) {
    const seen = new Set();
    const walk = (v) => {
      switch (typeof v) {
        case 'string':
        case 'boolean':
          return true;
        case 'number':
          return Number.isFinite(v) && !Object.is(v, -0);
        case 'object':
          break;
        default:
          return false;
      }
      if (v === null) return true;
      if (seen.has(v) || isProxy(v)) return false;
      seen.add(v);
      const proto = Object.getPrototypeOf(v);
      if (proto === Object.prototype) {
        for (const key in v) if (key === TAG || key === '__proto__' || !walk(v[key])) return false;
        return true;
      }
      if (proto !== Array.prototype || !Array.isArray(v) || Object.keys(v).length !== v.length) return false;
      for (let i = 0; i < v.length; i++) if (!(i in v) || !walk(v[i])) return false;
      return true;
    };
    return walk(root);
  }

  /**
   * JSON text of a structured clone's output. Anything the clone kept that V8's serializer would
   * not (a File, an ImageData, a SharedArrayBuffer: the browser clones those) is refused as
   * Electron refuses it.
   */
  function encode(root) {
    if (isPlainJson(root, () => false)) return 'J' + JSON.stringify(root);
    const seen = new Map();
    const walk = (v) => {
      switch (typeof v) {
        case 'string':
        case 'boolean':
          return v;
        case 'number':
          return Number.isFinite(v) && !Object.is(v, -0) ? v : numberTag(v);
        case 'undefined':
          return { [TAG]: 'u' };
        case 'bigint':
          return { [TAG]: 'b', v: String(v) };
        case 'object':
          break;
        default:
          throw cannotClone();
      }
      if (v === null) return null;
      const index = seen.get(v);
      if (index !== undefined) return { [TAG]: 'r', i: index };
      seen.set(v, seen.size);
      const proto = Object.getPrototypeOf(v);
      if (proto === Object.prototype) {
        const keys = Object.keys(v);
        if (Object.hasOwn(v, TAG) || Object.hasOwn(v, '__proto__')) return { [TAG]: 'o', e: keys.map((k) => [k, walk(v[k])]) };
        const out = {};
        for (const key of keys) out[key] = walk(v[key]);
        return out;
      }
      if (proto === Array.prototype && Array.isArray(v)) {
        // Holes and extra properties survive the clone; only a dense array is written as JSON's.
        let dense = Object.keys(v).length === v.length;
        for (let i = 0; dense && i < v.length; i++) dense = i in v;
        if (!dense) return { [TAG]: 'A', n: v.length, e: Object.keys(v).map((k) => [k, walk(v[k])]) };
        const out = new Array(v.length);
        for (let i = 0; i < v.length; i++) out[i] = walk(v[i]);
        return out;
      }
      if (proto === Date.prototype) return { [TAG]: 'D', v: walk(v.getTime()) };
      if (proto === RegExp.prototype) return { [TAG]: 'R', s: v.source, f: v.flags };
      if (proto === Map.prototype) {
        const e = [];
        for (const [key, value] of v) e.push([walk(key), walk(value)]);
        return { [TAG]: 'M', e };
      }
      if (proto === Set.prototype) {
        const e = [];
        for (const value of v) e.push(walk(value));
        return { [TAG]: 'S', e };
      }
      if (boxOf.has(proto)) return { [TAG]: 'B', v: walk(v.valueOf()) };
      if (proto === ArrayBuffer.prototype) {
        return { [TAG]: 'AB', d: Array.from(new Uint8Array(v)), ...(v.resizable ? { m: v.maxByteLength } : {}) };
      }
      if (typedArrayName.has(proto)) return { [TAG]: 'T', c: typedArrayName.get(proto), b: walk(v.buffer), o: v.byteOffset, l: v.length };
      if (proto === DataView.prototype) return { [TAG]: 'DV', b: walk(v.buffer), o: v.byteOffset, l: v.byteLength };
      if (errorName.has(proto)) {
        const out = { [TAG]: 'E', n: errorName.get(proto) };
        if (Object.hasOwn(v, 'message')) out.m = walk(v.message);
        if (Object.hasOwn(v, 'stack')) out.s = walk(v.stack);
        if (Object.hasOwn(v, 'cause')) out.c = walk(v.cause);
        return out;
      }
      throw cannotClone();
    };
    return 'T' + JSON.stringify(walk(root));
  }

  /** The value encode was given, rebuilt (JSON.parse's own objects are reused in place). */
  function decode(text) {
    const objects = [];
    const setKey = (target, key, value) => {
      if (key === '__proto__') Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
      else target[key] = value;
    };
    const walk = (v) => {
      if (v === null || typeof v !== 'object') return v;
      if (Array.isArray(v)) {
        objects.push(v);
        for (let i = 0; i < v.length; i++) {
          const item = v[i];
          if (item !== null && typeof item === 'object') v[i] = walk(item);
        }
        return v;
      }
      const tag = v[TAG];
      if (tag === undefined) {
        objects.push(v);
        for (const key in v) {
          const item = v[key];
          if (item !== null && typeof item === 'object') v[key] = walk(item);
        }
        return v;
      }
      switch (tag) {
        case 'u':
          return undefined;
        case 'n':
          return v.v === '-0' ? -0 : Number(v.v);
        case 'b':
          return BigInt(v.v);
        case 'r':
          return objects[v.i];
        case 'o': {
          const out = {};
          objects.push(out);
          for (const [key, item] of v.e) setKey(out, key, walk(item));
          return out;
        }
        case 'A': {
          const out = new Array(v.n);
          objects.push(out);
          for (const [key, item] of v.e) setKey(out, key, walk(item));
          return out;
        }
        case 'D': {
          const out = new Date(0);
          objects.push(out);
          out.setTime(walk(v.v));
          return out;
        }
        case 'R': {
          const out = new RegExp(v.s, v.f);
          objects.push(out);
          return out;
        }
        case 'M': {
          const out = new Map();
          objects.push(out);
          for (const [key, item] of v.e) {
            const k = walk(key);
            out.set(k, walk(item));
          }
          return out;
        }
        case 'S': {
          const out = new Set();
          objects.push(out);
          for (const item of v.e) out.add(walk(item));
          return out;
        }
        case 'B': {
          // Its place is taken before its value is read, as encode numbered it.
          const slot = objects.push(undefined) - 1;
          return (objects[slot] = Object(walk(v.v)));
        }
        case 'AB': {
          const out = v.m === undefined ? new ArrayBuffer(v.d.length) : new ArrayBuffer(v.d.length, { maxByteLength: v.m });
          objects.push(out);
          new Uint8Array(out).set(v.d);
          return out;
        }
        case 'T':
        case 'DV': {
          const slot = objects.push(undefined) - 1;
          const buffer = walk(v.b);
          const View = v[TAG] === 'DV' ? DataView : globalThis[v.c];
          return (objects[slot] = new View(buffer, v.o, v.l));
        }
        case 'E': {
          const out = new globalThis[v.n]();
          objects.push(out);
          if ('m' in v) Object.defineProperty(out, 'message', { value: walk(v.m), writable: true, enumerable: false, configurable: true });
          if ('s' in v) Object.defineProperty(out, 'stack', { value: walk(v.s), writable: true, enumerable: false, configurable: true });
          else delete out.stack;
          if ('c' in v) Object.defineProperty(out, 'cause', { value: walk(v.c), writable: true, enumerable: false, configurable: true });
          return out;
        }
        default:
          throw new Error('The end-to-end IPC transport met an unknown tag: ' + String(tag) + '.');
      }
    };
    if (text[0] === 'J') return JSON.parse(text.slice(1));
    return walk(JSON.parse(text.slice(1)));
  }

  return {
    CANNOT_CLONE,
    /**
     * What crosses Electron's IPC, as text for the harness's transport. With isProxy (Node has
     * one), a value JSON says exactly is written without copying it first: it is its own
     * structured clone, and a 10,000-item queue patch is sent in a fraction of the time.
     */
    send: (value, isProxy) => (isProxy !== undefined && isPlainJson(value, isProxy) ? 'J' + JSON.stringify(value) : encode(clone(value))),
    receive: decode,
    /** What contextBridge gives for a value it sends through the serializer (no transport). */
    cloneChecked(value) {
      const copy = clone(value);
      encode(copy);
      return copy;
    },
  };
})()`;

export interface IpcWire {
  /** Electron's message for a value its serializer refuses. */
  readonly CANNOT_CLONE: string;
  /** Structured-clones `value` as Electron's IPC does and writes it as text; throws like Electron. */
  send(value: unknown): string;
  /** The value `send` was given, as the other side of Electron's IPC gets it. */
  receive(text: string): unknown;
  /** The structured clone that contextBridge falls back to, refusing what Electron refuses. */
  cloneChecked<T>(value: T): T;
}

interface WireSource extends Omit<IpcWire, 'send'> {
  send(value: unknown, isProxy?: (value: object) => boolean): string;
}

const nodeWire = new Function(`return ${IPC_WIRE_SOURCE};`)() as WireSource;

/** The same codec in Node, for the harness's side of the transport: one source for both sides. */
export const ipcWire: IpcWire = {
  CANNOT_CLONE: nodeWire.CANNOT_CLONE,
  send: (value) => nodeWire.send(value, types.isProxy),
  receive: (text) => nodeWire.receive(text),
  cloneChecked: (value) => nodeWire.cloneChecked(value),
};

/**
 * Main's side of `ipcRenderer.invoke`, as lib/browser/ipc-dispatch.ts answers it: `{ result }`,
 * or `{ error }` with the handler's error as text. A result the serializer refuses throws here:
 * Electron would drop the reply (shell/common/gin_helper/reply_channel.cc) and the call would
 * never settle, which a test should see as the failure it is, not as a hang.
 */
export async function answerInvoke(channel: string, handle: () => Promise<unknown>): Promise<string> {
  let result: unknown;
  try {
    result = await handle();
  } catch (error) {
    return ipcWire.send({ error: String(error) });
  }
  try {
    return ipcWire.send({ result });
  } catch (error) {
    throw new Error(`Main's answer to ${channel} cannot cross Electron's IPC (${String(error)}); in Electron the call would never settle.`, { cause: error });
  }
}
