// The proxy's password prompt (electron/main/proxy-sign-in-window.ts) is a window of its own with
// a preload of its own (electron/preload/proxy-sign-in.ts): its one message, the person's answer,
// which main hears from that window only (its webContents.ipc). Never one of the main window's
// calls. A file of its own, not in ipc-channels.ts: a module both preloads import would be split
// into a chunk of its own, and a sandboxed preload can require nothing but 'electron'.

export const PROXY_SIGN_IN_CHANNEL = 'proxy-sign-in:answer';
