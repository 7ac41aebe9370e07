// Slows down guessing: after 5 wrong PINs in a row for a profile, that profile refuses every PIN
// for 30 seconds, and each further wrong PIN starts a new pause. A 4-digit PIN then takes days
// to find by trying, far longer than a lesson. The count lives in memory only: a PIN keeps
// classmates apart, it is not a vault (see README, "Profiles and PINs").

export const FREE_WRONG_PINS = 5;
export const PIN_PAUSE_MS = 30_000;

export interface PinAttempts {
  /** Milliseconds until this profile accepts a PIN again; 0 when it does now. */
  pauseLeft(id: string): number;
  /** Counts a wrong PIN; returns how many more are allowed before a pause (0: the pause started). */
  failed(id: string): number;
  succeeded(id: string): void;
}

/** `clock`: milliseconds from a monotonic source, so setting the PC's clock back cannot lengthen a pause. */
export function createPinAttempts(clock: () => number = () => performance.now()): PinAttempts {
  const state = new Map<string, { failures: number; pausedUntil: number }>();
  return {
    pauseLeft(id) {
      const s = state.get(id);
      return s ? Math.max(0, s.pausedUntil - clock()) : 0;
    },
    failed(id) {
      const s = state.get(id) ?? { failures: 0, pausedUntil: 0 };
      s.failures++;
      if (s.failures >= FREE_WRONG_PINS) s.pausedUntil = clock() + PIN_PAUSE_MS;
      state.set(id, s);
      return Math.max(0, FREE_WRONG_PINS - s.failures);
    },
    succeeded(id) {
      state.delete(id);
    },
  };
}
