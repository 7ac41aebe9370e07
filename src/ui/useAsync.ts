import { useEffect, useState } from 'react';

export type AsyncState<T> = { status: 'loading' } | { status: 'error'; error: Error } | { status: 'ready'; value: T };

/**
 * Runs a load whenever its inputs change. A result is shown only for the inputs it was loaded
 * for, so a slow earlier load can never overwrite a newer one. `known`: the value for these
 * inputs when it is already at hand (a cache): it is shown at once and nothing is loaded.
 */
export function useAsync<T>(load: () => Promise<T>, inputs: readonly (string | number | undefined)[], known?: T): AsyncState<T> {
  const key = JSON.stringify(inputs);
  const [done, setDone] = useState<{ key: string; state: AsyncState<T> } | null>(null);
  const isKnown = known !== undefined;
  useEffect(() => {
    if (isKnown) return;
    let current = true;
    load().then(
      (value) => current && setDone({ key, state: { status: 'ready', value } }),
      (error: unknown) =>
        current && setDone({ key, state: { status: 'error', error: error instanceof Error ? error : new Error(String(error)) } }),
    );
    return () => {
      current = false;
    };
    // The inputs are the dependencies, through their key; `load` is a new closure every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, isKnown]);
  if (isKnown) return { status: 'ready', value: known };
  return done && done.key === key ? done.state : { status: 'loading' };
}
