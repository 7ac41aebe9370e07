// After the browser tests: no preview of this checkout may still be running. One that is left
// is killed (with its process group) and the run fails, naming it.
import { PREVIEW_BUNDLE } from './previewBuild';
import { killGroup, processesRunning } from './processes';

export default async function globalTeardown(): Promise<void> {
  const left = processesRunning(PREVIEW_BUNDLE);
  for (const p of left) killGroup(p.pid, 'SIGKILL');
  if (left.length > 0) throw new Error(`browser tests left ${left.length} preview process(es) running:\n${left.map((p) => `${p.pid} ${p.cmdline}`).join('\n')}`);
}
