import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../../renderer/src/store/app-store.ts';

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true);
});

describe('ui slice', () => {
  it('opens Settings at a provider’s key and forgets the focus once used', () => {
    useAppStore.getState().showTab('settings', 'heygen');
    expect(useAppStore.getState()).toMatchObject({ tab: 'settings', keyFocus: 'heygen' });
    useAppStore.getState().clearKeyFocus();
    expect(useAppStore.getState().keyFocus).toBeUndefined();
  });

  it('toggles a row’s details open and closed', () => {
    const { toggleExpanded } = useAppStore.getState();
    toggleExpanded('a');
    expect(useAppStore.getState().expandedIds).toEqual({ a: true });
    toggleExpanded('a');
    expect(useAppStore.getState().expandedIds).toEqual({});
  });

  it('keeps the three newest notices and dismisses by id', () => {
    const { pushNotice } = useAppStore.getState();
    for (const title of ['one', 'two', 'three', 'four']) pushNotice({ tone: 'info', title, lines: [] });
    const notices = useAppStore.getState().notices;
    expect(notices.map((n) => n.title)).toEqual(['two', 'three', 'four']);
    useAppStore.getState().dismissNotice(notices[1]!.id);
    expect(useAppStore.getState().notices.map((n) => n.title)).toEqual(['two', 'four']);
  });

  it('counts a repeated announcement as new, so a screen reader says it again', () => {
    useAppStore.getState().announce('Copied.');
    const first = useAppStore.getState().announcement;
    useAppStore.getState().announce('Copied.');
    expect(useAppStore.getState().announcement.text).toBe('Copied.');
    expect(useAppStore.getState().announcement.seq).toBe(first.seq + 1);
  });
});
