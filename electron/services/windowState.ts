// Remembers the main window's size and position between runs. It is only geometry: a missing or
// unreadable file simply means "use the defaults", and a window saved on a monitor that is gone
// comes back on one that is there.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from './store/atomicFile';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Window bounds; without x/y the window is centred by the window system. */
export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: WindowBounds;
  maximized: boolean;
  fullScreen: boolean;
}

export const WINDOW_STATE_FILE = 'window-state.json';
export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 800 } as const;
export const MIN_WINDOW_SIZE = { width: 800, height: 600 } as const;
/** How much of the window's area must be on some display for its position to be kept. */
const MIN_VISIBLE_PIXELS = 100 * 100;
const MAX_DIMENSION = 100_000;

export function defaultWindowState(): WindowState {
  return { bounds: { ...DEFAULT_WINDOW_SIZE }, maximized: false, fullScreen: false };
}

function intersectionArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

/**
 * Makes saved bounds fit the displays that exist now (their work areas, primary first).
 * The window keeps its place on the display it overlaps most; if it overlaps none, or too little
 * to be grabbed, it is centred on the primary display. Size is at least the minimum and at most
 * the display's work area, and the window is moved so it lies wholly on that display.
 */
export function clampToDisplays(bounds: WindowBounds, displays: readonly Rect[]): WindowBounds {
  const width = Math.round(Math.max(bounds.width, MIN_WINDOW_SIZE.width));
  const height = Math.round(Math.max(bounds.height, MIN_WINDOW_SIZE.height));
  const primary = displays[0];
  if (!primary) return { width, height };

  if (bounds.x === undefined || bounds.y === undefined) {
    return centreOn(primary, width, height);
  }
  const rect: Rect = { x: bounds.x, y: bounds.y, width, height };
  let best: Rect | undefined;
  let bestArea = 0;
  for (const display of displays) {
    const area = intersectionArea(rect, display);
    if (area > bestArea) {
      best = display;
      bestArea = area;
    }
  }
  if (!best || bestArea < Math.min(MIN_VISIBLE_PIXELS, width * height)) {
    return centreOn(primary, width, height);
  }
  const w = Math.min(width, best.width);
  const h = Math.min(height, best.height);
  return {
    x: Math.round(clamp(rect.x, best.x, best.x + best.width - w)),
    y: Math.round(clamp(rect.y, best.y, best.y + best.height - h)),
    width: w,
    height: h,
  };
}

function centreOn(display: Rect, width: number, height: number): WindowBounds {
  const w = Math.min(width, display.width);
  const h = Math.min(height, display.height);
  return {
    x: Math.round(display.x + (display.width - w) / 2),
    y: Math.round(display.y + (display.height - h) / 2),
    width: w,
    height: h,
  };
}

function isCoordinate(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= MAX_DIMENSION;
}

function isDimension(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 1 && v <= MAX_DIMENSION;
}

/** Validates a parsed file; anything unexpected gives the defaults. */
export function parseWindowState(data: unknown): WindowState {
  if (typeof data !== 'object' || data === null) return defaultWindowState();
  const record = data as Record<string, unknown>;
  const b = record['bounds'];
  if (typeof b !== 'object' || b === null) return defaultWindowState();
  const { x, y, width, height } = b as Record<string, unknown>;
  if (!isDimension(width) || !isDimension(height)) return defaultWindowState();
  const bounds: WindowBounds = { width: Math.round(width), height: Math.round(height) };
  if (isCoordinate(x) && isCoordinate(y)) {
    bounds.x = Math.round(x);
    bounds.y = Math.round(y);
  }
  return {
    bounds,
    maximized: record['maximized'] === true,
    fullScreen: record['fullScreen'] === true,
  };
}

export async function loadWindowState(dir: string): Promise<WindowState> {
  try {
    const text = await readFile(path.join(dir, WINDOW_STATE_FILE), 'utf8');
    return parseWindowState(JSON.parse(text));
  } catch {
    return defaultWindowState();
  }
}

/** Writes the state atomically: a temporary file in the same folder, flushed, then renamed. */
export async function saveWindowState(dir: string, state: WindowState): Promise<void> {
  const target = path.join(dir, WINDOW_STATE_FILE);
  await writeFileAtomic(target, `${JSON.stringify(parseWindowState(state), null, 2)}\n`);
}

export interface WindowStateSaver {
  /** Remember this state; it is written after `delayMs` without further changes. */
  schedule(state: WindowState): void;
  /** Write now (the given state, or the pending one) and wait for every write to finish. */
  flush(state?: WindowState): Promise<void>;
}

/** Debounces saves while the user drags or resizes; writes never overlap. */
export function createWindowStateSaver(
  dir: string,
  options: { delayMs?: number; onError?: (err: unknown) => void } = {},
): WindowStateSaver {
  const delayMs = options.delayMs ?? 500;
  const onError = options.onError ?? (() => undefined);
  let pending: WindowState | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let chain: Promise<void> = Promise.resolve();

  const writePending = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    const state = pending;
    pending = undefined;
    if (state) {
      chain = chain.then(() => saveWindowState(dir, state)).catch(onError);
    }
    return chain;
  };

  return {
    schedule(state) {
      pending = state;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void writePending(), delayMs);
    },
    flush(state) {
      if (state) pending = state;
      return writePending();
    },
  };
}
