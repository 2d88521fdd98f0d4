// Every button that asks main to do something goes through here, so a refusal (a rejected
// call carries main's plain sentence) is shown to the person instead of lost in a console.

import { useAppStore } from './store/app-store.ts';

export async function askMain<T>(failureTitle: string, work: () => Promise<T>): Promise<T | undefined> {
  try {
    return await work();
  } catch (error) {
    useAppStore.getState().pushNotice({
      tone: 'error',
      title: failureTitle,
      lines: [error instanceof Error ? error.message : String(error)],
    });
    return undefined;
  }
}
