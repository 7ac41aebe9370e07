// The figures of the progress screen, derived from the learner's record, their study time and
// the packs: nothing here is stored. Completion reuses summary.ts. Scores over attempts use the
// score stored with each attempt. Weak topics re-score each attempt's stored answers, question by
// question, against the questions that attempt asked (rebuilt from its seed and language, as the
// progress service does on submit): attempts keep their answers, so no per-question points need
// storing and older records get topics too. The cost: if a pack update changes a question's key,
// that question's past points follow the new key (the attempt's own score does not change).
import type { Pack, Quiz } from '../content/model';
import { catalogView, quizView, textIn, type LangChoice, type QuestionView } from '../content/views';
import { scoreQuestion } from '../quiz/scoring';
import type { AttemptRecord, ProgressData } from './model';
import { lessonKey } from './keys';
import { moduleProgress } from './summary';
import { summarize } from './summaryModel';
import { studyTimeOf, type StudyTimeData } from '../studyTime/record';

/** Attempts drawn per quiz on the progress screen: the most recent ones. */
export const RECENT_ATTEMPTS = 20;
/** A topic needs this many answered questions before it can be called weak. */
export const MIN_ANSWERS_FOR_TOPIC = 2;

export interface LessonReport {
  id: string;
  title: string;
  finished: boolean;
  timeMs: number;
}

export interface ModuleReport {
  id: string;
  title: string;
  done: number;
  total: number;
  quizPassed: boolean;
  /** Study time in the module's lessons and quizzes. */
  timeMs: number;
  lessons: LessonReport[];
}

export interface AttemptPoint {
  id: string;
  finishedAt: string;
  score: number;
  passed: boolean;
}

export interface QuizReport {
  id: string;
  title: string;
  moduleId: string;
  /** Set for a lesson's knowledge check. */
  lessonId?: string;
  passMark: number;
  attemptCount: number;
  bestScore: number;
  /** The last RECENT_ATTEMPTS attempts, oldest first. */
  recent: AttemptPoint[];
  timeMs: number;
}

/**
 * A FoS standard (from a question's `std-N` tag); for other questions their first tag; for
 * untagged questions the lesson their quiz checks, else the module of the quiz. Every answered
 * question counts somewhere, so a weak score is never hidden for want of tags.
 */
export interface TopicReport {
  id: string;
  kind: 'standard' | 'tag' | 'lesson' | 'module';
  /** For kind "standard". */
  standard?: number;
  /** The lesson on that standard, the lesson whose id is the tag, the lesson or the module. */
  title?: string;
  /** Question answers counted (a question asked in three attempts counts three times). */
  answered: number;
  /** Mean points of those answers, between 0 and 1. */
  mean: number;
}

export interface PackReport extends LangChoice {
  packId: string;
  title: string;
  modules: ModuleReport[];
  /** Quizzes with at least one attempt, in teaching order. */
  quizzes: QuizReport[];
  /** Every topic with an answered question, weakest first. */
  topics: TopicReport[];
  totals: { timeMs: number; lessonsFinished: number; lessons: number; attempts: number };
}

export interface ProgressReport {
  packs: PackReport[];
}

const STANDARD_TAG = /^std-(\d{1,2})$/;

type Topic = { id: string; kind: TopicReport['kind']; standard?: number };

/** The topic a question counts under from its tags: its FoS standard tag, else its first tag, else none. */
export function topicOf(tags: readonly string[]): Topic | undefined {
  for (const tag of tags) {
    const m = STANDARD_TAG.exec(tag);
    if (m) return { id: tag, kind: 'standard', standard: Number(m[1]) };
  }
  const first = tags[0];
  return first ? { id: first, kind: 'tag' } : undefined;
}

/** An untagged question's topic: the lesson its quiz checks, else the quiz's module. */
function placeTopic(quiz: Quiz): Topic {
  return quiz.lessonId ? { id: `lesson:${quiz.lessonId}`, kind: 'lesson' } : { id: `module:${quiz.moduleId}`, kind: 'module' };
}

/** Quizzes in teaching order: each lesson's check after the lesson, then the module's quiz. */
function quizzesInOrder(pack: Pack): Quiz[] {
  const out: Quiz[] = [];
  const seen = new Set<string>();
  const add = (id: string | undefined) => {
    const quiz = id ? pack.quizzes.get(id) : undefined;
    if (quiz && !seen.has(quiz.id)) {
      seen.add(quiz.id);
      out.push(quiz);
    }
  };
  for (const m of pack.modules) {
    for (const lessonId of m.lessonIds) add(pack.lessons.get(lessonId)?.check);
    add(m.quiz);
  }
  for (const id of pack.quizzes.keys()) add(id);
  return out;
}

interface TopicTally {
  topic: Topic;
  answered: number;
  points: number;
}

/** Per-question points of every attempt at this pack, added up by topic. */
function tallyTopics(pack: Pack, attempts: readonly AttemptRecord[]): Map<string, TopicTally> {
  const tallies = new Map<string, TopicTally>();
  // Attempts at the same quiz in the same language asked the same questions (in some order, which
  // does not matter here) unless the quiz draws them by seed: build each set once.
  const asked = new Map<string, QuestionView[]>();
  for (const a of attempts) {
    const quiz = pack.quizzes.get(a.quizId);
    if (!quiz) continue;
    const key = quiz.draw ? `${a.quizId}|${a.lang}|${a.seed}` : `${a.quizId}|${a.lang}`;
    let questions = asked.get(key);
    if (!questions) {
      questions = quizView(pack, quiz, a.lang, a.seed).questions;
      asked.set(key, questions);
    }
    for (const q of questions) {
      const topic = topicOf(q.tags) ?? placeTopic(quiz);
      const answer = Object.hasOwn(a.answers, q.id) ? a.answers[q.id] : undefined;
      const { points } = scoreQuestion(q, answer);
      const t = tallies.get(topic.id) ?? { topic, answered: 0, points: 0 };
      t.answered++;
      t.points += points;
      tallies.set(topic.id, t);
    }
  }
  return tallies;
}

/** Lesson titles by FoS standard number and by lesson id, in the report's language. */
function lessonTitles(pack: Pack, lang: string): { byStandard: Map<number, string>; byId: Map<string, string> } {
  const byStandard = new Map<number, string>();
  const byId = new Map<string, string>();
  for (const m of pack.modules) {
    for (const id of m.lessonIds) {
      const lesson = pack.lessons.get(id);
      const fm = lesson && (lesson.byLang[lang] ?? Object.values(lesson.byLang)[0])?.frontMatter;
      if (!fm) continue;
      byId.set(id, fm.title);
      if (fm.standard !== undefined && !byStandard.has(fm.standard)) byStandard.set(fm.standard, fm.title);
    }
  }
  return { byStandard, byId };
}

function topicTitle(topic: Topic, titles: ReturnType<typeof lessonTitles>, modules: readonly ModuleReport[]): string | undefined {
  switch (topic.kind) {
    case 'standard':
      return titles.byStandard.get(topic.standard!);
    case 'tag':
      return titles.byId.get(topic.id);
    case 'lesson':
      return titles.byId.get(topic.id.slice('lesson:'.length));
    case 'module':
      return modules.find((m) => `module:${m.id}` === topic.id)?.title;
  }
}

export function packReport(pack: Pack, progress: ProgressData, studyTime: StudyTimeData, requested: string): PackReport {
  const summary = catalogView([pack], requested, []).packs[0]!;
  const packId = pack.manifest.id;
  const attempts = progress.attempts.filter((a) => a.packId === packId);
  const quizTime = (id: string) => studyTimeOf(studyTime, 'quiz', packId, id);
  const figures = summarize(progress);

  const modules: ModuleReport[] = summary.modules.map((m) => {
    const lessons = m.lessons.map((l) => ({
      id: l.id,
      title: l.title,
      finished: Boolean(progress.lessons[lessonKey(packId, l.id)]?.finishedAt),
      timeMs: studyTimeOf(studyTime, 'lesson', packId, l.id),
    }));
    let timeMs = lessons.reduce((sum, l) => sum + l.timeMs, 0);
    for (const quiz of pack.quizzes.values()) if (quiz.moduleId === m.id) timeMs += quizTime(quiz.id);
    const mp = moduleProgress(figures, packId, m);
    return { id: m.id, title: m.title, done: mp.done, total: mp.total, quizPassed: mp.quizPassed, timeMs, lessons };
  });

  const byQuiz = new Map<string, AttemptRecord[]>();
  for (const a of attempts) byQuiz.set(a.quizId, [...(byQuiz.get(a.quizId) ?? []), a]);
  const quizzes: QuizReport[] = [];
  for (const quiz of quizzesInOrder(pack)) {
    const list = byQuiz.get(quiz.id);
    if (!list) continue;
    const sorted = [...list].sort((a, b) => a.finishedAt.localeCompare(b.finishedAt));
    quizzes.push({
      id: quiz.id,
      title: textIn(quiz.title, summary.lang),
      moduleId: quiz.moduleId,
      lessonId: quiz.lessonId,
      passMark: quiz.passMark,
      attemptCount: sorted.length,
      bestScore: Math.max(...sorted.map((a) => a.score)),
      recent: sorted.slice(-RECENT_ATTEMPTS).map((a) => ({ id: a.id, finishedAt: a.finishedAt, score: a.score, passed: a.passed })),
      timeMs: quizTime(quiz.id),
    });
  }

  const titles = lessonTitles(pack, summary.lang);
  const topics: TopicReport[] = [...tallyTopics(pack, attempts).values()]
    .map(({ topic, answered, points }) => ({
      ...topic,
      title: topicTitle(topic, titles, modules),
      answered,
      mean: points / answered,
    }))
    .sort((a, b) => a.mean - b.mean || b.answered - a.answered || a.id.localeCompare(b.id));

  const allLessons = modules.flatMap((m) => m.lessons);
  let timeMs = allLessons.reduce((sum, l) => sum + l.timeMs, 0);
  for (const id of pack.quizzes.keys()) timeMs += quizTime(id);
  return {
    lang: summary.lang,
    fallback: summary.fallback,
    packId,
    title: summary.title,
    modules,
    quizzes,
    topics,
    totals: { timeMs, lessonsFinished: allLessons.filter((l) => l.finished).length, lessons: allLessons.length, attempts: attempts.length },
  };
}

export function progressReport(packs: readonly Pack[], progress: ProgressData, studyTime: StudyTimeData, requested: string): ProgressReport {
  return { packs: packs.map((p) => packReport(p, progress, studyTime, requested)) };
}

/**
 * What the topics say as a whole, so the screen never praises without data: no answers yet; too
 * few answers to rank; every answer right; or some topics to revisit.
 */
export type TopicsVerdict = 'noAnswers' | 'tooFew' | 'allRight' | 'weak';

export function topicsVerdict(topics: readonly TopicReport[]): TopicsVerdict {
  if (topics.length === 0) return 'noAnswers';
  if (weakestTopics(topics).length > 0) return 'weak';
  return topics.every((t) => t.mean >= 1) ? 'allRight' : 'tooFew';
}

/** The weakest topics worth showing: answered often enough, not yet mastered, weakest first. */
export function weakestTopics(topics: readonly TopicReport[], limit = 5): TopicReport[] {
  return topics.filter((t) => t.answered >= MIN_ANSWERS_FOR_TOPIC && t.mean < 1).slice(0, limit);
}
