// Spaced review of missed questions and studied glossary terms. The cards live in the
// learner's progress record (one file, one atomic write per change); the schedule is ts-fsrs's.
// Question cards are scored here from the pack's keys, never from what the renderer claims.
import type { AnswerReviewArgs } from '../../../src/core/api/schemas';
import type { Pack } from '../../../src/core/content/model';
import { chooseLang } from '../../../src/core/content/views';
import { questionView } from '../../../src/core/content/questionViews';
import { scoreQuestion, type QuestionScore } from '../../../src/core/quiz/scoring';
import { parseCardId, type ReviewRating } from '../../../src/core/review/cards';
import { reviewOnAnswer } from '../../../src/core/review/events';
import { ratingForPoints } from '../../../src/core/review/scheduler';
import { cardResolves, findQuestion, reviewItemView, type ReviewAnswerResult, type ReviewItemView, type ReviewView } from '../../../src/core/review/items';
import { reviewQueue, SESSION_LIMIT } from '../../../src/core/review/queue';
import { localDate, streak } from '../../../src/core/review/streak';
import type { ContentLibrary } from '../content/contentLibrary';
import { NotFoundError, RequestError } from '../errors';
import type { ProgressService } from '../progress/progressService';

export interface ReviewService {
  view(lang: string, limit?: number): ReviewView;
  answer(args: AnswerReviewArgs): ReviewAnswerResult;
}

export function openReviewService(opts: {
  progress: ProgressService;
  content: ContentLibrary;
  now?: () => Date;
  /** The learner's local calendar day (YYYY-MM-DD). */
  today?: () => string;
}): ReviewService {
  const now = opts.now ?? (() => new Date());
  const today = opts.today ?? (() => localDate(now()));
  // A pack that is no longer installed (or failed validation) just hides its cards.
  const packOf = (packId: string): Pack | undefined => {
    try {
      return opts.content.pack(packId);
    } catch (e) {
      if (e instanceof NotFoundError) return undefined;
      throw e;
    }
  };

  return {
    view(lang, limit = SESSION_LIMIT) {
      const { review } = opts.progress.snapshot();
      const packs = new Map<string, Pack | undefined>();
      const pack = (id: string) => {
        if (!packs.has(id)) packs.set(id, packOf(id));
        return packs.get(id);
      };
      const queue = reviewQueue(
        review.cards,
        now(),
        (id) => {
          const ref = parseCardId(id);
          return cardResolves(ref && pack(ref.packId), ref);
        },
        limit,
      );
      const items = queue.ids.flatMap((id): ReviewItemView[] => {
        const ref = parseCardId(id)!;
        const item = reviewItemView(pack(ref.packId)!, ref, id, lang);
        return item ? [item] : [];
      });
      const view: ReviewView = {
        dueCount: queue.dueCount,
        streak: streak(review.activeDays, today()),
        totalCards: Object.keys(review.cards).length,
        items,
      };
      if (queue.dueCount === 0 && queue.nextDueAt) view.nextDueAt = queue.nextDueAt;
      return view;
    },

    answer(args) {
      const { review } = opts.progress.snapshot();
      if (!Object.hasOwn(review.cards, args.cardId)) throw new NotFoundError('errors.notFound.reviewCard', { card: args.cardId });
      const ref = parseCardId(args.cardId)!;
      const pack = packOf(ref.packId);
      let rating: ReviewRating;
      let score: QuestionScore | undefined;
      if (ref.kind === 'question') {
        if (args.answer === undefined) throw new RequestError('errors.review.needsAnswer');
        const question = pack && findQuestion(pack, ref.quizId, ref.questionId);
        if (!question) throw new NotFoundError('errors.notFound.reviewQuestion', { question: `${ref.quizId}/${ref.questionId}`, pack: ref.packId });
        // Scored in the language asked (typed answers are language-specific), from the pack's keys.
        score = scoreQuestion(questionView(question, chooseLang(pack, args.lang).lang), args.answer);
        rating = ratingForPoints(score.points);
      } else {
        if (args.rating === undefined) throw new RequestError('errors.review.needsRating');
        if (!pack?.glossary.some((g) => g.id === ref.termId)) throw new NotFoundError('errors.notFound.reviewTerm', { term: ref.termId, pack: ref.packId });
        rating = args.rating;
      }
      const at = now();
      const saved = opts.progress.update((d) => ({ ...d, review: reviewOnAnswer(d.review, args.cardId, rating, at, today()) }));
      const result: ReviewAnswerResult = { cardId: args.cardId, rating, due: saved.review.cards[args.cardId]!.due };
      if (score) result.score = score;
      return result;
    },
  };
}
