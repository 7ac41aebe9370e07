// A GIFT file → the files that add its questions to a pack (or make a new pack), validated
// with the pack loader before anyone writes them. Pure: the Node service only reads the folder
// and writes what this returns.
//
// Layout: one new module per import. With a title (the app asks the trainer for one), every
// question becomes one quiz of that title, the module's own quiz, with no lesson: a quiz a
// trainer can run for the class or give to learners beside the course. Without one (the command
// line's older form), each GIFT category becomes a quiz (named after the category, or after the
// file for questions before any category) and the knowledge check of a stub lesson. Existing
// files are never replaced: the only one changed is pack.yaml, which gets the new module appended.
import { Document, isScalar, parseDocument, visit } from 'yaml';
import { ID_PATTERN, langSchema } from '../ids';
import { loadPack, lessonPath, MANIFEST_FILE, modulePath, quizPath } from '../content/loadPack';
import type { PackSource } from '../content/model';
import { problemReason, type Problem } from '../content/problems';
import { englishReason, type Reason, type ReasonWithText } from '../reasons';
import { PACK_FORMAT_VERSION, quizSchema } from '../content/schemas';
import { checkQuizKeys } from '../content/quizKeys';
import { checkTranslations } from '../content/translations';
import { lineOf, parseYaml, validateYaml } from '../content/yamlFile';
import type { GiftQuestion } from './giftModel';
import { parseGift } from './giftParser';
import { giftToQuestion, type QuestionInput } from './giftToPack';
import { NEUTRAL_TEXT_LANGUAGES, neutralTexts } from './neutralText';

export interface GiftImportOptions {
  /** The language of the GIFT file's text. */
  lang: string;
  /** The GIFT file's name: names the module, and the quiz of questions before any category. */
  sourceName: string;
  /** Folder name of the pack: names a new pack. */
  packName: string;
  /** Id of the module to create (default: from the title, else the file name). */
  module?: string;
  /** The quiz's title as the trainer typed it: all questions become one module quiz of that name. */
  title?: string;
}

export interface PlannedFile {
  /** Path inside the pack folder, with forward slashes. */
  path: string;
  text: string;
  /** True for an existing file that is extended (pack.yaml); false for a new file. */
  replaces: boolean;
}

export interface ImportedQuiz {
  id: string;
  title: string;
  file: string;
  questions: number;
}

export interface GiftImportPlan {
  /** Empty whenever `problems` is not. */
  files: PlannedFile[];
  quizzes: ImportedQuiz[];
  /** Anything that stops the import, with its place; its English text reads `line 12: unclosed answer block`. */
  problems: ReasonWithText[];
  /** What the import changed or dropped, question by question. */
  warnings: string[];
  /** GIFT questions with no counterpart in the pack format (essay, description). */
  skipped: string[];
}

/** An id from any text: lowercase ASCII letters, digits and hyphens, starting with a letter. */
export function slugId(text: string, prefix: string, max = 48): string {
  const slug = text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
  if (slug === '') return '';
  return /^[a-z]/.test(slug) ? slug : `${prefix}-${slug}`;
}

/** `base`, or `base-2`, `base-3`… the first one not taken. */
function uniqueId(base: string, taken: (id: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n++) if (!taken(`${base}-${n}`)) return `${base}-${n}`;
}

const baseName = (file: string) => file.replace(/^.*[\\/]/, '').replace(/\.(gift|txt)$/i, '');

interface QuizDraft {
  category?: string;
  title: string;
  questions: QuestionInput[];
  /** The GIFT line of each question. */
  lines: number[];
  ids: Set<string>;
}

export function planGiftImport(gift: string, existing: PackSource | undefined, options: GiftImportOptions): GiftImportPlan {
  const plan: GiftImportPlan = { files: [], quizzes: [], problems: [], warnings: [], skipped: [] };
  const { lang } = options;
  const fail = (...problems: ReasonWithText[]) => ({ ...plan, files: [], problems: [...plan.problems, ...problems] });
  if (!langSchema.safeParse(lang).success) return fail(englishReason('errors.gift.badLanguage', { lang }));
  const texts = neutralTexts(lang);
  if (!texts) return fail(englishReason('errors.gift.noNeutralTexts', { lang, known: NEUTRAL_TEXT_LANGUAGES.join(', ') }));
  if (options.module !== undefined && !ID_PATTERN.test(options.module)) {
    return fail(englishReason('errors.gift.badModuleId', { module: options.module }));
  }

  const parsed = parseGift(gift);
  if (parsed.problems.length > 0) return fail(...parsed.problems.map((p) => englishReason(p.reason, p.params, { line: p.line })));

  // Questions, grouped by category, in file order.
  const drafts: QuizDraft[] = [];
  let current: QuizDraft | undefined;
  for (const item of parsed.items) {
    if (item.kind === 'category') {
      const last = item.path.split('/').filter((s) => s.trim() !== '').pop()?.trim() ?? item.path;
      current = { category: item.path, title: last, questions: [], lines: [], ids: new Set() };
      drafts.push(current);
      continue;
    }
    if (!current) {
      current = { title: baseName(options.sourceName) || 'Imported questions', questions: [], lines: [], ids: new Set() };
      drafts.push(current);
    }
    addQuestion(item, current);
  }

  function addQuestion(q: GiftQuestion, into: QuizDraft): void {
    const taken = (id: string) => into.ids.has(id);
    const id = uniqueId(slugId(q.title ?? '', 'q') || `q${into.questions.length + 1}`, taken);
    const where = `line ${q.line}`;
    const mapped = giftToQuestion(q, id, lang, texts!);
    for (const w of mapped.warnings) plan.warnings.push(`${where}: question "${id}": ${w}`);
    if (mapped.skipped) {
      plan.skipped.push(`${where}: ${mapped.skipped}`);
      return;
    }
    if (mapped.problem || !mapped.question) {
      plan.problems.push(englishReason(mapped.problem?.reason ?? 'errors.gift.cannotImport', mapped.problem?.params, { line: q.line }));
      return;
    }
    into.ids.add(id);
    into.questions.push(mapped.question);
    into.lines.push(q.line);
  }

  const quizzes = drafts.filter((d) => d.questions.length > 0);
  if (plan.problems.length === 0 && quizzes.length === 0) return fail(englishReason('errors.gift.nothingToImport'));

  // The loader's own checks on each quiz, so that a problem names the GIFT line of its question.
  for (const draft of drafts) {
    for (const { index, message, reason } of checkQuestions(draft.questions, lang)) {
      const line = draft.lines[index]!;
      const question = draft.questions[index]!.id;
      plan.problems.push({ ...reason, line, params: { ...reason.params, question }, message: `line ${line}: question "${question}": ${message}` });
    }
  }
  if (plan.problems.length > 0) return fail();

  // The pack the questions go into.
  let manifestDoc: ReturnType<typeof parseDocument> | undefined;
  const takenLessons = new Set<string>();
  const takenQuizzes = new Set<string>();
  const takenModules = new Set<string>();
  const source: PackSource = existing ?? { read: () => undefined, exists: () => false };
  if (existing) {
    const { pack, problems } = loadPack(existing);
    if (!pack) {
      return fail(englishReason('errors.gift.packHasProblems'), ...problems.slice(0, 20).map(packProblem));
    }
    const langs = pack.manifest.languages;
    if (langs.length !== 1 || langs[0] !== lang) {
      const missing = langs.filter((l) => l !== lang);
      const params = { langs: langs.join(', '), lang, missing: missing.join(', '), first: langs[0] ?? '' };
      return fail(englishReason(langs.includes(lang) ? 'errors.gift.packHasOtherLanguages' : 'errors.gift.packInOtherLanguage', params));
    }
    for (const l of pack.lessons.keys()) takenLessons.add(l);
    for (const q of pack.quizzes.keys()) takenQuizzes.add(q);
    for (const m of pack.manifest.modules) takenModules.add(m);
    // Edited as a YAML document, so its comments and layout stay as the author wrote them.
    manifestDoc = parseDocument(existing.read(MANIFEST_FILE) ?? '');
  }
  const moduleTaken = (id: string) => takenModules.has(id) || source.exists(modulePath(id));
  let moduleId: string;
  if (options.module !== undefined) {
    if (moduleTaken(options.module)) return fail(englishReason('errors.gift.moduleExists', { module: options.module }));
    moduleId = options.module;
  } else {
    moduleId = uniqueId(slugId(options.title ?? baseName(options.sourceName), 'module') || 'imported', moduleTaken);
  }

  const files: PlannedFile[] = [];
  const lessons: { id: string; check: string }[] = [];
  const title = options.title?.trim();
  if (title) {
    // One quiz, the module's: questions keep their order; an id met in two categories gets a suffix.
    const ids = new Set<string>();
    const questions = quizzes.flatMap((d) => d.questions).map((q) => {
      const id = uniqueId(q.id, (x) => ids.has(x));
      ids.add(id);
      return { ...q, id };
    });
    const id = uniqueId(slugId(title, 'quiz') || 'questions', (x) => takenQuizzes.has(x) || takenLessons.has(x) || source.exists(quizPath(moduleId, x)));
    const quizFile = quizPath(moduleId, id);
    const header = [
      ` Imported from the GIFT file "${baseName(options.sourceName)}" as the quiz "${title}".`,
      ` Where GIFT had no feedback, neutral explanations were written ("${texts.correct}", "${texts.incorrect}"...).`,
    ].join('\n');
    files.push({ path: modulePath(moduleId), text: yamlText({ id: moduleId, title: { [lang]: title }, lessons: [], quiz: id }), replaces: false });
    files.push({ path: quizFile, text: yamlText({ id, title: { [lang]: title }, questions }, header), replaces: false });
    plan.quizzes.push({ id, title, file: quizFile, questions: questions.length });
  }
  for (const draft of title ? [] : quizzes) {
    const base = slugId(draft.title, 'quiz') || 'questions';
    const id = uniqueId(base, (x) => takenQuizzes.has(x) || takenLessons.has(x) || source.exists(quizPath(moduleId, x)) || source.exists(lessonPath(moduleId, x, lang)));
    takenQuizzes.add(id);
    takenLessons.add(id);
    lessons.push({ id, check: id });
    const quizFile = quizPath(moduleId, id);
    const header = [
      ` Imported from the GIFT file "${baseName(options.sourceName)}"${draft.category ? `, category "${draft.category}"` : ''}.`,
      ` Where GIFT had no feedback, neutral explanations were written ("${texts.correct}", "${texts.incorrect}"...).`,
    ].join('\n');
    files.push({ path: quizFile, text: yamlText({ id, title: { [lang]: draft.title }, questions: draft.questions }, header), replaces: false });
    files.push({ path: lessonPath(moduleId, id, lang), text: `---\n${yamlText({ id, title: draft.title })}---\n\n${texts.lessonBody}\n`, replaces: false });
    plan.quizzes.push({ id, title: draft.title, file: quizFile, questions: draft.questions.length });
  }
  if (!title) {
    const moduleTitle = baseName(options.sourceName) || moduleId;
    files.unshift({ path: modulePath(moduleId), text: yamlText({ id: moduleId, title: { [lang]: moduleTitle }, lessons }), replaces: false });
  }

  let manifestText: string;
  if (manifestDoc) {
    manifestDoc.addIn(['modules'], moduleId);
    manifestText = manifestDoc.toString();
  } else {
    const title = options.packName.trim() || 'Imported questions';
    manifestText = yamlText({
      formatVersion: PACK_FORMAT_VERSION,
      id: slugId(title, 'pack') || 'imported-questions',
      version: '1.0.0',
      languages: [lang],
      title: { [lang]: title },
      modules: [moduleId],
    });
  }
  files.unshift({ path: MANIFEST_FILE, text: manifestText, replaces: manifestDoc !== undefined });

  for (const f of files) {
    if (!f.replaces && source.exists(f.path)) return fail(englishReason('errors.gift.fileExists', { path: f.path }));
  }

  // The pack as it will be, loaded by the same loader as the app: nothing is written otherwise.
  const planned = new Map(files.map((f) => [f.path, f.text]));
  const after: PackSource = {
    read: (p) => planned.get(p) ?? source.read(p),
    exists: (p) => planned.has(p) || source.exists(p),
  };
  const check = loadPack(after);
  if (check.problems.length > 0) return fail(...check.problems.map(packProblem));
  return { ...plan, files };
}

/** YAML text from plain data, by the yaml package (strings quoted where YAML needs it). */
function yamlText(data: unknown, comment?: string): string {
  const doc = new Document(data);
  // Short lists of words on one line, as packs are written by hand: languages: [en].
  visit(doc, {
    Seq(_, node) {
      const words = node.items.map((i) => (isScalar(i) ? String(i.value) : undefined));
      if (words.every((w) => w !== undefined && !w.includes('\n')) && words.join(', ').length <= 60) node.flow = true;
    },
  });
  if (comment) doc.commentBefore = comment;
  return doc.toString({ lineWidth: 0 });
}

/** The loader's checks (schema, answer keys, language) on a quiz's questions: each problem with its question's index. */
function checkQuestions(questions: QuestionInput[], lang: string): { index: number; message: string; reason: Reason }[] {
  if (questions.length === 0) return [];
  const problems: Problem[] = [];
  const yaml = parseYaml('quiz.yaml', yamlText({ id: 'check', title: { [lang]: 'check' }, questions }), problems);
  if (!yaml) return [{ index: 0, message: 'cannot be written as YAML', reason: { reason: 'errors.gift.cannotImport', params: {} } }];
  const quiz = validateYaml(yaml, quizSchema, problems);
  checkTranslations(yaml, [lang], problems);
  if (quiz) checkQuizKeys(quiz, yaml, problems);
  if (problems.length === 0) return [];
  const starts = questions.map((_, i) => lineOf(yaml, ['questions', i]));
  return problems.map((p) => {
    let index = 0;
    while (index + 1 < starts.length && starts[index + 1]! <= p.line) index++;
    const { reason, params } = problemReason(p);
    return { index, message: p.message.replace(/^"questions\[\d+\]\.?/, '"').replace(/^question "[^"]*": /, ''), reason: { reason, params } };
  });
}

/** A pack problem as an import problem: its place and reason, its English text as the content check prints it. */
function packProblem(p: Problem): ReasonWithText {
  return { ...problemReason(p), message: `${p.file}:${p.line}: ${p.message}` };
}
