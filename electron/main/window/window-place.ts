// The window's size and place, remembered in window-state.json in the data folder. A saved
// place is used only if it is still on a connected screen: a monitor unplugged since last
// time must not leave the window off-screen.

import { join } from 'node:path';
import { z } from 'zod';
import { readJsonFile, writeJsonFile } from '../settings/json-file.ts';

export interface WindowPlace {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly maximized: boolean;
}

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

// Small enough for a laptop beside another window, large enough for the queue's columns.
export const MIN_SIZE = { width: 720, height: 480 } as const;
export const DEFAULT_SIZE = { width: 1100, height: 760 } as const;
// At least this much of the title bar must be on a screen for the person to grab it.
const GRAB_MARGIN = 80;

const schema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(MIN_SIZE.width).max(20_000),
  height: z.number().int().min(MIN_SIZE.height).max(20_000),
  maximized: z.boolean(),
});

const fileOf = (dataDir: string): string => join(dataDir, 'window-state.json');

export async function loadWindowPlace(dataDir: string): Promise<WindowPlace | undefined> {
  return readJsonFile(fileOf(dataDir), schema);
}

export async function saveWindowPlace(dataDir: string, place: WindowPlace): Promise<void> {
  await writeJsonFile(fileOf(dataDir), place);
}

/** The saved place if its top edge is reachable on one of the screens' work areas. */
export function placeOnScreens(place: WindowPlace | undefined, workAreas: readonly Rect[]): WindowPlace | undefined {
  if (place === undefined) return undefined;
  const titleBar = { x: place.x, y: place.y, width: place.width, height: 1 };
  const visible = workAreas.some((area) => overlap(titleBar.x, titleBar.width, area.x, area.width) >= Math.min(GRAB_MARGIN, place.width)
    && place.y >= area.y && place.y < area.y + area.height);
  return visible ? place : undefined;
}

function overlap(a: number, aLength: number, b: number, bLength: number): number {
  return Math.max(0, Math.min(a + aLength, b + bLength) - Math.max(a, b));
}

/**
 * Saves of the window's place still on their way to the disk. The window saves its place when
 * it closes; a quit waits for those saves before Electron exits, or they would be cut short.
 */
export class PlaceWrites {
  readonly #dataDir: string;
  readonly #pending = new Set<Promise<void>>();

  constructor(dataDir: string) {
    this.#dataDir = dataDir;
  }

  save(place: WindowPlace): void {
    const write = saveWindowPlace(this.#dataDir, place);
    this.#pending.add(write);
    void write.catch(() => undefined).finally(() => this.#pending.delete(write));
  }

  /** Resolves when every save made so far is written; rejects with the first that failed. */
  async settled(): Promise<void> {
    await Promise.all([...this.#pending]);
  }
}
