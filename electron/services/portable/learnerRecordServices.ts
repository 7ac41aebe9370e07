// The services that sit on a learner's record beside the progress service: study time (its own
// store in the learner's folder), the progress report, and portable progress files. One opener,
// so wherever a learner's progress service is opened (one folder per learner), these follow it.
import type { ContentLibrary } from '../content/contentLibrary';
import type { ProgressService } from '../progress/progressService';
import { openProgressReportService, type ProgressReportService } from '../report/progressReportService';
import type { BackingStoreFactory } from '../store/storeOptions';
import { openStudyTimeService, type StudyTimeService } from '../studyTime/studyTimeService';
import { openPortableService, type PortableService } from './portableService';
import type { Statement } from '../../../src/core/xapi/statement';

export interface LearnerRecordServices {
  studyTime: StudyTimeService;
  progressReport: ProgressReportService;
  portable: PortableService;
}

export function openLearnerRecordServices(opts: {
  /** The learner's folder: the one their progress file is in. */
  dir: string;
  content: ContentLibrary;
  progress: ProgressService;
  createStore: BackingStoreFactory;
  learnerName?: () => string | undefined;
  /** The policy's learnersMayImportProgress (default true). */
  mayRestore?: boolean;
  learnerId?: string;
  now?: () => Date;
  /** Store and forward: statements of an imported progress file, to this PC's LRS. */
  forward?: (statements: readonly Statement[]) => number;
}): LearnerRecordServices {
  const studyTime = openStudyTimeService({ dir: opts.dir, content: opts.content, createStore: opts.createStore, now: opts.now });
  return {
    studyTime,
    progressReport: openProgressReportService({ content: opts.content, progress: opts.progress, studyTime }),
    portable: openPortableService({ dir: opts.dir, progress: opts.progress, studyTime, learnerName: opts.learnerName, learnerId: opts.learnerId, mayRestore: opts.mayRestore, now: opts.now, forward: opts.forward }),
  };
}
