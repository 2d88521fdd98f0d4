// The preload of the proxy's password prompt (electron/main/proxy-sign-in-window.ts), bundled on
// its own like the window's. It exposes nothing to the page: it wires the form from the isolated
// world (proxy-sign-in-form.ts) and sends main the answer on the prompt's one channel.

import { ipcRenderer } from 'electron';
import { PROXY_SIGN_IN_CHANNEL } from '../../shared/proxy-sign-in-channel.ts';
import { wireSignInForm, type SignInDocument } from './proxy-sign-in-form.ts';

wireSignInForm((globalThis as unknown as { document: SignInDocument }).document, (answer) => ipcRenderer.send(PROXY_SIGN_IN_CHANNEL, answer));
