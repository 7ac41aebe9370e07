// Fills a learner folder with a log of N attempts, in a process of its own, so the garbage of
// building 50,000 attempts is not collected in the middle of the measured writes.
//   node --import tsx seedStore.ts <dir> <attempts>
import { emptyProgress, type ProgressData } from '../../src/core/progress/model';
import { openProgressStore, sampleAttempt } from '../reliability/progressStore';

const [dir, count] = process.argv.slice(2);
if (!dir || !count) throw new Error('usage: seedStore.ts <dir> <attempts>');
const record: ProgressData = { ...emptyProgress(), attempts: Array.from({ length: Number(count) }, (_, i) => sampleAttempt(`past-${i}`)) };
const { store, close } = openProgressStore(dir);
try {
  store.replace(record);
} finally {
  close();
}
