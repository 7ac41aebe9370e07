// Which folder holds the learner data: one rule for the desktop app and the preview harness.
// An explicit choice for this process wins (ACADEMY_DATA_DIR for the app, --data for the
// preview: tests and support staff use them), then the policy's dataFolder (an administration
// that keeps data on another drive or a shared folder), then the default (the app's per-user
// folder, or a temporary one for the preview). A policy folder that cannot be created is not
// used: the app falls back to the default and says why in the log.
import fs from 'node:fs';
import path from 'node:path';
import type { Policy } from './policyService';

export interface DataFolderProblem {
  dir: string;
  code: string;
}

export interface DataFolderChoice {
  dir: string;
  source: 'explicit' | 'policy' | 'default';
  /** Why the policy's folder was not used (for the policy log; never shown to a learner). */
  problem?: DataFolderProblem;
}

export function resolveDataFolder(opts: {
  explicit?: string | undefined;
  policy: Policy;
  defaultDir: () => string;
  /** Creates the folder (throws when it cannot); tests pass a failing one. */
  prepare?: (dir: string) => void;
}): DataFolderChoice {
  const prepare = opts.prepare ?? ((dir: string) => fs.mkdirSync(dir, { recursive: true }));
  if (opts.explicit && path.isAbsolute(opts.explicit)) return { dir: opts.explicit, source: 'explicit' };
  const fromPolicy = opts.policy.dataFolder;
  if (fromPolicy) {
    const dir = path.resolve(fromPolicy);
    try {
      prepare(dir);
      return { dir, source: 'policy' };
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
      return { dir: opts.defaultDir(), source: 'default', problem: { dir, code } };
    }
  }
  return { dir: opts.defaultDir(), source: 'default' };
}
