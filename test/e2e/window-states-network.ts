// The window's network states (issue 23), beside window-states.ts's (which spreads these into
// WINDOW_STATES): what `npm run screenshots` photographs and accessibility.test.ts checks. Kept
// apart so neither file grows past reading in one sitting; this one imports nothing of the other.

import type { AppHarness } from './app-harness.ts';
import type { WindowState } from './window-states.ts';

export const NETWORK_STATES: readonly WindowState[] = [
  {
    name: 'offline',
    description: 'The computer is offline: two started files wait for the internet connection, saying so.',
    async setUp(app: AppHarness) {
      await app.core.handlers['keys:set']({ provider: 'assemblyai', key: app.server.keys.assemblyai });
      app.setOnline(false);
      await app.drop([await app.media('mp3', { name: 'field-recording.mp3' }), await app.media('wav', { name: 'voice-note.wav' })]);
      await app.page.getByRole('listitem', { name: 'voice-note.wav' }).waitFor();
      await app.page.getByRole('button', { name: 'Upload all' }).click();
      await app.page.locator('[role="listitem"][data-status="waiting"]', { hasText: 'voice-note.wav' }).getByText('Waiting for the internet connection…', { exact: false }).waitFor();
    },
  },
  {
    name: 'settings-proxy',
    description: 'Settings with "This proxy" chosen and an address typed without its port: the sentence says what to add.',
    async setUp(app: AppHarness) {
      await app.page.getByRole('tab', { name: 'Settings' }).click();
      await app.page.getByLabel('Proxy', { exact: true }).selectOption('manual');
      const address = app.page.getByLabel('Proxy address and port');
      await address.fill('proxy.example.com');
      await address.press('Enter');
      const sentence = app.page.getByText('Add the proxy’s port after a colon', { exact: false });
      await sentence.waitFor();
      await sentence.scrollIntoViewIfNeeded();
    },
  },
];
