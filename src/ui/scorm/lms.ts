// The player's only transport: the SCORM 1.2 API object the LMS puts in a parent window
// (RTE 3.3.6.1: search the parents, then the opener's). Without one the player still teaches,
// but nothing is recorded, and it says so.

interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
}

function isApi(x: unknown): x is Scorm12Api {
  return typeof x === 'object' && x !== null && typeof (x as Scorm12Api).LMSInitialize === 'function';
}

function searchFrom(start: Window): Scorm12Api | undefined {
  let win: Window = start;
  for (let depth = 0; depth < 8; depth++) {
    try {
      const api = (win as unknown as { API?: unknown }).API;
      if (isApi(api)) return api;
    } catch {
      return undefined; // a parent of another origin: not our LMS
    }
    if (win.parent === win) return undefined;
    win = win.parent;
  }
  return undefined;
}

export function findApi(): Scorm12Api | undefined {
  return searchFrom(window) ?? (window.opener ? searchFrom(window.opener as Window) : undefined);
}

export interface Lms {
  readonly connected: boolean;
  get(element: string): string;
  set(element: string, value: string): void;
  commit(): void;
  finish(): void;
}

export function connectLms(api = findApi()): Lms {
  const ok = api !== undefined && api.LMSInitialize('') === 'true';
  let finished = false;
  return {
    connected: ok,
    get: (element) => (ok && !finished ? api!.LMSGetValue(element) : ''),
    set(element, value) {
      if (ok && !finished) api!.LMSSetValue(element, value);
    },
    commit() {
      if (ok && !finished) api!.LMSCommit('');
    },
    finish() {
      if (!ok || finished) return;
      finished = true;
      api!.LMSFinish('');
    },
  };
}
