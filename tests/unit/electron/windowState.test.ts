import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_SIZE,
  MIN_WINDOW_SIZE,
  WINDOW_STATE_FILE,
  clampToDisplays,
  createWindowStateSaver,
  defaultWindowState,
  loadWindowState,
  parseWindowState,
  saveWindowState,
  type Rect,
  type WindowState,
} from '../../../electron/services/windowState';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'academy-window-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const state: WindowState = {
  bounds: { x: 120, y: 80, width: 1400, height: 900 },
  maximized: true,
  fullScreen: false,
};

describe('saving and loading', () => {
  it('round-trips the state', async () => {
    await saveWindowState(dir, state);
    expect(await loadWindowState(dir)).toEqual(state);
  });

  it('leaves no temporary file behind', async () => {
    await saveWindowState(dir, state);
    await saveWindowState(dir, { ...state, maximized: false });
    expect(await readdir(dir)).toEqual([WINDOW_STATE_FILE]);
    expect(JSON.parse(await readFile(path.join(dir, WINDOW_STATE_FILE), 'utf8')).maximized).toBe(false);
  });

  it('gives the defaults when there is no file', async () => {
    expect(await loadWindowState(dir)).toEqual(defaultWindowState());
    expect(defaultWindowState().bounds).toEqual({ ...DEFAULT_WINDOW_SIZE });
  });

  it.each([
    ['not JSON', '{"bounds": {"width": 10'],
    ['empty', ''],
    ['null', 'null'],
    ['an array', '[1,2]'],
    ['no bounds', '{"maximized": true}'],
    ['string sizes', '{"bounds": {"width": "800", "height": "600"}}'],
    ['zero width', '{"bounds": {"width": 0, "height": 600}}'],
    ['huge height', '{"bounds": {"width": 800, "height": 1e12}}'],
  ])('gives the defaults for a corrupt file (%s)', async (_label, text) => {
    await writeFile(path.join(dir, WINDOW_STATE_FILE), text);
    expect(await loadWindowState(dir)).toEqual(defaultWindowState());
  });

  it('drops a position that is not a pair of numbers but keeps the size', () => {
    expect(parseWindowState({ bounds: { x: 'a', y: 3, width: 900, height: 700 } })).toEqual({
      bounds: { width: 900, height: 700 },
      maximized: false,
      fullScreen: false,
    });
  });

  it('ignores unknown fields and non-boolean flags', () => {
    expect(
      parseWindowState({ bounds: { x: 1.4, y: 2.6, width: 900.2, height: 700 }, maximized: 'yes', extra: 1 }),
    ).toEqual({ bounds: { x: 1, y: 3, width: 900, height: 700 }, maximized: false, fullScreen: false });
  });

  it('debounces saves and writes the last one on flush', async () => {
    const saver = createWindowStateSaver(dir, { delayMs: 10_000 });
    saver.schedule({ ...state, bounds: { ...state.bounds, width: 1000 } });
    saver.schedule({ ...state, bounds: { ...state.bounds, width: 1100 } });
    expect(await readdir(dir)).toEqual([]);
    await saver.flush();
    expect((await loadWindowState(dir)).bounds.width).toBe(1100);
  });

  it('writes after the delay without a flush', async () => {
    const saver = createWindowStateSaver(dir, { delayMs: 5 });
    saver.schedule(state);
    await new Promise((r) => setTimeout(r, 50));
    await saver.flush();
    expect(await loadWindowState(dir)).toEqual(state);
  });

  it('reports a failed write instead of throwing', async () => {
    const errors: unknown[] = [];
    const saver = createWindowStateSaver(path.join(dir, 'missing', 'deeper'), {
      onError: (e) => errors.push(e),
    });
    await saver.flush(state);
    expect(errors).toHaveLength(1);
  });
});

describe('clampToDisplays', () => {
  const primary: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
  const right: Rect = { x: 1920, y: 0, width: 2560, height: 1400 };

  it('keeps a window that fits on a display', () => {
    const bounds = { x: 100, y: 50, width: 1200, height: 800 };
    expect(clampToDisplays(bounds, [primary, right])).toEqual(bounds);
  });

  it('keeps a window on a second display', () => {
    const bounds = { x: 2200, y: 100, width: 1600, height: 1000 };
    expect(clampToDisplays(bounds, [primary, right])).toEqual(bounds);
  });

  it('brings back a window saved on a monitor that is gone, centred on the primary', () => {
    expect(clampToDisplays({ x: 2200, y: 100, width: 1600, height: 1000 }, [primary])).toEqual({
      x: 160,
      y: 20,
      width: 1600,
      height: 1000,
    });
  });

  it('brings back a window far off screen (negative coordinates)', () => {
    const out = clampToDisplays({ x: -5000, y: -3000, width: 1000, height: 700 }, [primary]);
    expect(out).toEqual({ x: 460, y: 170, width: 1000, height: 700 });
  });

  it('moves a window hanging off the edge wholly onto its display', () => {
    expect(clampToDisplays({ x: 1500, y: 900, width: 1000, height: 700 }, [primary])).toEqual({
      x: 920,
      y: 340,
      width: 1000,
      height: 700,
    });
  });

  it('recentres a window with only a sliver visible', () => {
    const out = clampToDisplays({ x: 1910, y: 1030, width: 1000, height: 700 }, [primary]);
    expect(out).toEqual({ x: 460, y: 170, width: 1000, height: 700 });
  });

  it('shrinks a window larger than its display to the work area', () => {
    expect(clampToDisplays({ x: 0, y: 0, width: 4000, height: 3000 }, [primary])).toEqual(primary);
  });

  it('enforces the minimum size', () => {
    const out = clampToDisplays({ x: 10, y: 10, width: 200, height: 100 }, [primary]);
    expect(out).toEqual({ x: 10, y: 10, width: MIN_WINDOW_SIZE.width, height: MIN_WINDOW_SIZE.height });
  });

  it('centres a window that has no saved position', () => {
    expect(clampToDisplays({ width: 1280, height: 800 }, [primary, right])).toEqual({
      x: 320,
      y: 120,
      width: 1280,
      height: 800,
    });
  });

  it('uses the display it overlaps most when it spans two', () => {
    const out = clampToDisplays({ x: 1700, y: 100, width: 1200, height: 800 }, [primary, right]);
    expect(out).toEqual({ x: 1920, y: 100, width: 1200, height: 800 });
  });

  it('handles displays left of and above the primary', () => {
    const left: Rect = { x: -1280, y: -200, width: 1280, height: 1024 };
    const bounds = { x: -1200, y: -150, width: 1000, height: 700 };
    expect(clampToDisplays(bounds, [primary, left])).toEqual(bounds);
  });

  it('keeps only the size when no display is known', () => {
    expect(clampToDisplays({ x: 5, y: 5, width: 900, height: 700 }, [])).toEqual({ width: 900, height: 700 });
  });
});
