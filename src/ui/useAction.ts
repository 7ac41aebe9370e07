// What a form's button does: busy while its action runs (the button is disabled), and the
// action's refusal kept for the screen to show in the learner's language (ErrorMessage).
// The try/catch/finally every form used to write out for itself.
import { useCallback, useState } from 'react';

export interface Action {
  busy: boolean;
  error: unknown;
  /** For problems found before anything is sent (a missing title, a file too large). */
  setError(error: unknown): void;
  /** Clears the last error, runs `action`, keeps what it throws. */
  run(action: () => Promise<void>): Promise<void>;
}

export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = useCallback(async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, setError, run };
}
