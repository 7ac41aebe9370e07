// Trainer tools → Questions: the GIFT export and import of src/core/gift and the gift service,
// for the app. Imports go to a trainer pack per language in the learner data folder, which is
// one of the content roots, so the new questions appear as soon as the import is done.
import path from 'node:path';
import { exportPack, importGift } from '../gift/giftService';
import type { ContentLibrary } from '../content/contentLibrary';
import { RequestError } from '../errors';
import { translate } from '../../../src/core/i18n/resources';
import type { GiftExport, GiftImport } from '../../../src/core/gift/giftTransfer';
import { withoutText } from '../../../src/core/reasons';

export interface QuestionBank {
  exportGift(packId: string, lang: string): GiftExport;
  importGift(fileName: string, text: string, lang: string, title?: string): GiftImport;
}

/** The folder trainer imports go to, one pack per language; its name becomes the pack's title. */
export const trainerPackDir = (root: string, lang: string) => path.join(root, `${translate(lang, 'trainer.packName')} (${lang.toUpperCase()})`);

export function openQuestionBank(opts: { content: ContentLibrary; trainerRoot: string }): QuestionBank {
  return {
    exportGift(packId, lang) {
      const out = exportPack(opts.content.packDir(packId), lang);
      const first = out.problems[0];
      if (first) throw new RequestError(first.reason, first.params);
      return {
        fileName: `${packId}-${lang}.gift`,
        text: out.text,
        exported: out.exported,
        skipped: out.skipped.map((s) => `${s.ref} (${s.type}): ${s.reason}`),
        approximated: out.approximated.flatMap((a) => a.notes.map((n) => `${a.ref} (${a.type}): ${n}`)),
      };
    },
    importGift(fileName, text, lang, title) {
      const dir = trainerPackDir(opts.trainerRoot, lang);
      const result = importGift(text, dir, lang, { sourceName: path.basename(fileName), ...(title !== undefined && { title }) });
      const quizzes = result.quizzes.map((q) => ({ title: q.title, questions: q.questions }));
      if (result.problems.length > 0) return { quizzes: [], problems: result.problems.map(withoutText), warnings: result.warnings, skipped: result.skipped };
      opts.content.reload();
      const packId = opts.content.catalog(lang).packs.find((p) => path.resolve(opts.content.packDir(p.id)) === path.resolve(dir))?.id;
      return { packId, packTitle: path.basename(dir), quizzes, problems: [], warnings: result.warnings, skipped: result.skipped };
    },
  };
}
