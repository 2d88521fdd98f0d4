// The usual setting of an end-to-end test file: one app for all its tests, launched before the
// first, closed after the last, and reset before each (app.reset(): an empty list, the launch
// keys and settings, a reloaded window), so no test depends on another.
//
//   let app: AppHarness;
//   let page: Page;
//   useSharedApp({ keys: {} }, (launched) => ([app, page] = [launched, launched.page]));

import { afterAll, beforeAll, beforeEach } from 'vitest';
import { launchApp, type AppHarness, type LaunchOptions } from './app-harness.ts';

export function useSharedApp(options: LaunchOptions, onLaunch: (app: AppHarness) => void): void {
  let app: AppHarness | undefined;
  beforeAll(async () => {
    app = await launchApp(options);
    onLaunch(app);
  });
  afterAll(async () => {
    await app?.close();
  });
  beforeEach(async () => {
    await app?.reset();
  });
}
