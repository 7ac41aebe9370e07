// What a learner's progress log holds, read straight from its bytes with the log's own reader and
// the core fold: the tests check the disk, not the service's memory.
import path from 'node:path';
import { LOG_FILE } from '../electron/services/progress/learnerStore';
import { scanLog } from '../electron/services/store/eventLog';
import { foldEvents, progressEventSchema, recordOf } from '../src/core/progress/events';
import type { AttemptRecord, ProgressData } from '../src/core/progress/model';
import { emptySummary } from '../src/core/progress/summaryModel';

/** The record in `<dir>/progress-log.jsonl`; throws on any line that does not check out. */
export function recordInLog(dir: string): ProgressData {
  const scan = scanLog(path.join(dir, LOG_FILE));
  if (scan.bad.length > 0 || scan.torn) throw new Error(`the log in ${dir} has damaged lines`);
  const events = scan.entries.slice(1).map((e) => progressEventSchema.parse(e.value));
  const attempts: AttemptRecord[] = [];
  return recordOf(foldEvents(emptySummary(), events, attempts), attempts);
}
