// The progress screen's figures for every loaded pack, computed on request from the learner's
// record and study time (see src/core/progress/report.ts). Computed here, not in the renderer,
// because weak topics need the packs' questions and answer keys.
import { progressReport, type ProgressReport } from '../../../src/core/progress/report';
import type { ContentLibrary } from '../content/contentLibrary';
import type { ProgressService } from '../progress/progressService';
import type { StudyTimeService } from '../studyTime/studyTimeService';

export interface ProgressReportService {
  view(lang: string): ProgressReport;
}

export function openProgressReportService(opts: { content: ContentLibrary; progress: ProgressService; studyTime: StudyTimeService }): ProgressReportService {
  return {
    view(lang) {
      const packs = opts.content.catalog(lang).packs.map((p) => opts.content.pack(p.id));
      return progressReport(packs, opts.progress.snapshot(), opts.studyTime.snapshot(), lang);
    },
  };
}
