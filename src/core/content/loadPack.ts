// Loads a pack from its files and validates it. The app (on import and at start) and the
// `content:check` CLI both call this, so trainers see the same messages everywhere.
import { scanLesson, type LessonScan } from '../markdown';
import { splitFrontMatter } from './frontMatter';
import type { Lesson, Module, Pack, PackSource, Quiz } from './model';
import { problem, type Problem } from './problems';
import {
  glossarySchema,
  lessonFrontMatterSchema,
  moduleSchema,
  packManifestSchema,
  quizSchema,
  type GlossaryFile,
  type ModuleFile,
  type QuizFile,
} from './schemas';
import { checkTranslations } from './translations';
import { lineOf, parseYaml, validateYaml, type YamlFile } from './yamlFile';
import { checkQuizKeys } from './quizKeys';
import { drawPool } from '../quiz/draw';
import { checkLessonParity } from './lessonParity';
import { passMarkFor } from '../quiz/passRule';
import { checkObjectivesEverywhere } from './objectives';
import { loadGuides } from './guideCheck';

export const MANIFEST_FILE = 'pack.yaml';
export const GLOSSARY_FILE = 'glossary.yaml';
export const FOS_STANDARDS = { min: 1, max: 15 } as const;

export const modulePath = (m: string) => `modules/${m}/module.yaml`;
/** A module may bring its own glossary terms; they join the pack's glossary. */
export const moduleGlossaryPath = (m: string) => `modules/${m}/glossary.yaml`;
export const lessonPath = (m: string, l: string, lang: string) => `modules/${m}/lessons/${l}.${lang}.md`;
export const quizPath = (m: string, q: string) => `modules/${m}/quizzes/${q}.yaml`;

export interface LoadResult {
  /** The pack, when it loaded with no problem at all. */
  pack: Pack | null;
  problems: Problem[];
}

interface LessonScanned {
  lesson: Lesson;
  file: string;
  lang: string;
  bodyStartLine: number;
  /** The lesson body scanned once, for its headings and for the reference checks. */
  scan: LessonScan;
  headings: Set<string>;
}

export function loadPack(source: PackSource): LoadResult {
  const problems: Problem[] = [];
  const manifestYaml = readYaml(source, MANIFEST_FILE, problems);
  if (!manifestYaml) return { pack: null, problems };
  const manifest = validateYaml(manifestYaml, packManifestSchema, problems);
  if (!manifest) return { pack: null, problems };
  const languages = manifest.languages;
  checkTranslations(manifestYaml, languages, problems);
  reportDuplicates(manifest.languages, (lang, i) =>
    problems.push(problem(MANIFEST_FILE, lineOf(manifestYaml, ['languages', i]), 'errors.pack.duplicateLanguage', { lang })),
  );

  const glossary: GlossaryFile['terms'] = [];
  loadGlossary(source, GLOSSARY_FILE, languages, glossary, problems);

  const modules: Module[] = [];
  const lessons = new Map<string, Lesson>();
  const quizzes = new Map<string, Quiz>();
  const quizFiles = new Map<string, YamlFile>();
  const scanned: LessonScanned[] = [];

  manifest.modules.forEach((moduleId, mi) => {
    const manifestLine = lineOf(manifestYaml, ['modules', mi]);
    if (modules.some((m) => m.id === moduleId)) {
      problems.push(problem(MANIFEST_FILE, manifestLine, 'errors.pack.duplicateModule', { module: moduleId }));
      return;
    }
    const file = modulePath(moduleId);
    if (!source.exists(file)) {
      problems.push(problem(MANIFEST_FILE, manifestLine, 'errors.pack.moduleNotFound', { module: moduleId, expected: file }));
      return;
    }
    const yaml = readYaml(source, file, problems);
    const mod = yaml && validateYaml(yaml, moduleSchema, problems);
    if (!yaml || !mod) return;
    checkTranslations(yaml, languages, problems);
    if (mod.id !== moduleId) {
      problems.push(problem(file, lineOf(yaml, ['id']), 'errors.pack.moduleIdMismatch', { id: mod.id, folder: moduleId }));
    }
    modules.push({ id: moduleId, title: mod.title, summary: mod.summary, lessonIds: mod.lessons.map((l) => l.id), quiz: mod.quiz });
    loadModuleLessons(source, moduleId, mod, yaml, languages, lessons, scanned, problems);
    loadModuleQuizzes(source, moduleId, mod, yaml, languages, quizzes, quizFiles, problems);
    loadGlossary(source, moduleGlossaryPath(moduleId), languages, glossary, problems);
  });

  checkDraws(quizzes, quizFiles, modules, problems);
  const guides = loadGuides((f) => source.read(f), modules, quizzes, languages, problems);
  const termIds = new Set(glossary.map((t) => t.id));
  checkLessonReferences(source, scanned, lessons, termIds, problems);
  // Translations are compared once each version is sound on its own, so one defect gets one report.
  const faultyFiles = new Set(problems.map((p) => p.file));
  const faultyLessons = new Set(scanned.filter((s) => faultyFiles.has(s.file)).map((s) => s.lesson.id));
  const soundVersions = scanned
    .filter((s) => !faultyLessons.has(s.lesson.id))
    .map((s) => ({ lessonId: s.lesson.id, lang: s.lang, file: s.file, frontMatter: s.lesson.byLang[s.lang]!.frontMatter, scan: s.scan }));
  checkLessonParity(soundVersions, problems);
  checkObjectivesEverywhere(soundVersions, problems);

  const pack: Pack = { manifest, modules, lessons, quizzes, glossary, guides };
  return { pack: problems.length === 0 ? pack : null, problems };
}

function readYaml(source: PackSource, file: string, problems: Problem[]): YamlFile | undefined {
  const text = source.read(file);
  if (text === undefined) {
    problems.push(problem(file, 1, 'errors.pack.fileMissing'));
    return undefined;
  }
  return parseYaml(file, text, problems);
}

function reportDuplicates<T>(items: readonly T[], report: (item: T, index: number) => void): void {
  const seen = new Set<T>();
  items.forEach((item, i) => {
    if (seen.has(item)) report(item, i);
    seen.add(item);
  });
}

/** Adds the terms of one glossary file (optional) to `into`, reporting ids already defined. */
function loadGlossary(source: PackSource, file: string, languages: string[], into: GlossaryFile['terms'], problems: Problem[]): void {
  if (!source.exists(file)) return;
  const yaml = readYaml(source, file, problems);
  const glossary = yaml && validateYaml(yaml, glossarySchema, problems);
  if (!yaml || !glossary) return;
  checkTranslations(yaml, languages, problems);
  const known = new Set(into.map((t) => t.id));
  glossary.terms.forEach((term, i) => {
    if (known.has(term.id)) {
      problems.push(problem(file, lineOf(yaml, ['terms', i, 'id']), 'errors.pack.duplicateTerm', { term: term.id }));
      return;
    }
    known.add(term.id);
    into.push(term);
  });
}

function loadModuleLessons(
  source: PackSource,
  moduleId: string,
  mod: ModuleFile,
  moduleYaml: YamlFile,
  languages: string[],
  lessons: Map<string, Lesson>,
  scanned: LessonScanned[],
  problems: Problem[],
): void {
  mod.lessons.forEach((ref, li) => {
    const refLine = lineOf(moduleYaml, ['lessons', li, 'id']);
    if (lessons.has(ref.id)) {
      problems.push(problem(moduleYaml.file, refLine, 'errors.pack.duplicateLesson', { lesson: ref.id }));
      return;
    }
    const lesson: Lesson = { id: ref.id, moduleId, check: ref.check, byLang: {} };
    lessons.set(ref.id, lesson);
    for (const lang of languages) {
      const file = lessonPath(moduleId, ref.id, lang);
      const text = source.read(file);
      if (text === undefined) {
        problems.push(problem(moduleYaml.file, refLine, 'errors.pack.lessonTranslationMissing', { lesson: ref.id, lang, expected: file }));
        continue;
      }
      const split = splitFrontMatter(file, text, problems);
      if (!split) continue;
      const fm = validateYaml(split.yaml, lessonFrontMatterSchema, problems, split.yamlLineOffset);
      if (!fm) continue;
      if (fm.id !== ref.id) {
        problems.push(problem(file, lineOf(split.yaml, ['id'], split.yamlLineOffset), 'errors.pack.lessonIdMismatch', { id: fm.id, name: ref.id }));
      }
      if (fm.standard !== undefined && (fm.standard < FOS_STANDARDS.min || fm.standard > FOS_STANDARDS.max)) {
        const line = lineOf(split.yaml, ['standard'], split.yamlLineOffset);
        problems.push(problem(file, line, 'errors.pack.standardOutOfRange', { standard: fm.standard, min: FOS_STANDARDS.min, max: FOS_STANDARDS.max }));
      }
      if (split.body.trim() === '') problems.push(problem(file, split.bodyStartLine, 'errors.pack.lessonEmpty'));
      split.body.split('\n').forEach((text, i) => {
        // In a table row an unescaped | ends the cell, so the glossary link breaks in two.
        const term = /^\s*\|.*\[\[([a-z0-9-]+)\|/.exec(text);
        if (term) problems.push(problem(file, split.bodyStartLine + i, 'errors.pack.tableTerm', { term: term[1]! }));
      });
      lesson.byLang[lang] = { frontMatter: fm, body: split.body };
      const scan = scanLesson(split.body);
      scanned.push({ lesson, file, lang, bodyStartLine: split.bodyStartLine, scan, headings: new Set(scan.headings.map((h) => h.id)) });
    }
  });
}

function loadModuleQuizzes(
  source: PackSource,
  moduleId: string,
  mod: ModuleFile,
  moduleYaml: YamlFile,
  languages: string[],
  quizzes: Map<string, Quiz>,
  quizFiles: Map<string, YamlFile>,
  problems: Problem[],
): void {
  const refs: { id: string; lessonId?: string; line: number }[] = [];
  mod.lessons.forEach((l, i) => {
    if (l.check) refs.push({ id: l.check, lessonId: l.id, line: lineOf(moduleYaml, ['lessons', i, 'check']) });
  });
  if (mod.quiz) refs.push({ id: mod.quiz, line: lineOf(moduleYaml, ['quiz']) });

  for (const ref of refs) {
    if (quizzes.has(ref.id)) {
      problems.push(problem(moduleYaml.file, ref.line, 'errors.pack.duplicateQuiz', { quiz: ref.id }));
      continue;
    }
    const file = quizPath(moduleId, ref.id);
    if (!source.exists(file)) {
      problems.push(problem(moduleYaml.file, ref.line, 'errors.pack.quizNotFound', { quiz: ref.id, expected: file }));
      continue;
    }
    const yaml = readYaml(source, file, problems);
    const quiz: QuizFile | undefined = yaml && validateYaml(yaml, quizSchema, problems);
    if (!yaml || !quiz) continue;
    checkTranslations(yaml, languages, problems);
    if (quiz.id !== ref.id) {
      problems.push(problem(file, lineOf(yaml, ['id']), 'errors.pack.quizIdMismatch', { id: quiz.id, name: ref.id }));
    }
    checkQuizKeys(quiz, yaml, problems);
    quizzes.set(ref.id, { ...quiz, passMark: passMarkFor(quiz.passMark, ref.lessonId !== undefined), moduleId, lessonId: ref.lessonId });
    quizFiles.set(ref.id, yaml);
  }
}

/** A quiz asks something; a draw names quizzes and modules that exist and can fill it. */
function checkDraws(quizzes: Map<string, Quiz>, files: Map<string, YamlFile>, modules: Module[], problems: Problem[]): void {
  const pack = { quizzes } as Pick<Pack, 'quizzes'> as Pack;
  for (const quiz of quizzes.values()) {
    const yaml = files.get(quiz.id)!;
    const report = (path: (string | number)[], message: string) => problems.push({ file: yaml.file, line: lineOf(yaml, path), message });
    if (!quiz.draw) {
      if (quiz.questions.length === 0) report(['questions'], 'needs at least one question, or a "draw" rule');
      continue;
    }
    const { draw } = quiz;
    draw.quizzes?.forEach((id, i) => {
      if (!quizzes.has(id)) report(['draw', 'quizzes', i], `draws from quiz "${id}", which does not exist`);
      else if (quizzes.get(id)!.draw) report(['draw', 'quizzes', i], `draws from quiz "${id}", which draws itself; draw from quizzes that list their questions`);
    });
    draw.modules?.forEach((id, i) => {
      if (!modules.some((m) => m.id === id)) report(['draw', 'modules', i], `draws from module "${id}", which does not exist`);
    });
    const pool = drawPool(pack, quiz, draw).length;
    if (pool < draw.count) report(['draw', 'count'], `draws ${draw.count} questions, but the bank it names has only ${pool}`);
  }
}

/** Links, anchors, media and glossary terms in every lesson must point at something real. */
function checkLessonReferences(
  source: PackSource,
  scanned: LessonScanned[],
  lessons: Map<string, Lesson>,
  termIds: Set<string>,
  problems: Problem[],
): void {
  const byLessonAndLang = new Map(scanned.map((s) => [`${s.lesson.id}/${s.lang}`, s.headings]));
  const headingsOf = (lessonId: string, lang: string) => byLessonAndLang.get(`${lessonId}/${lang}`);

  for (const s of scanned) checkScan(s.scan, s);

  // Speaker notes are held to the same rules as the lesson around them.
  function checkScan(scan: LessonScan, s: LessonScanned): void {
    const at = (line: number) => s.bodyStartLine + line - 1;
    for (const note of scan.speakerNotes) checkScan(note.scan, s);
    for (const term of scan.terms) {
      if (!termIds.has(term.id)) problems.push(problem(s.file, at(term.line), 'errors.pack.unknownTerm', { term: term.id }));
    }
    for (const callout of scan.unknownCallouts) {
      problems.push(problem(s.file, at(callout.line), 'errors.pack.unknownCallout', { name: callout.name }));
    }
    for (const link of scan.links) {
      const message = checkLink(link.href, s, lessons, headingsOf);
      if (message) problems.push({ file: s.file, line: at(link.line), message });
    }
    for (const image of scan.images) {
      const message = checkMedia(source, image.src);
      if (message) problems.push({ file: s.file, line: at(image.line), message });
    }
  }
}

function checkLink(
  href: string,
  from: LessonScanned,
  lessons: Map<string, Lesson>,
  headingsOf: (lessonId: string, lang: string) => Set<string> | undefined,
): string | undefined {
  if (/^https?:\/\//i.test(href) || /^mailto:/i.test(href)) return undefined;
  if (href.startsWith('#')) {
    return from.headings.has(href.slice(1)) ? undefined : `broken link: no heading "${href.slice(1)}" in this lesson`;
  }
  const m = /^lesson:([^#]*)(?:#(.*))?$/.exec(href);
  if (!m) return `broken link "${href}": use lesson:<id>, #<heading> or an http(s) address`;
  const [, target = '', anchor] = m;
  if (!lessons.has(target)) return `broken link: no lesson "${target}" in this pack`;
  if (anchor !== undefined) {
    const headings = headingsOf(target, from.lang);
    if (headings && !headings.has(anchor)) return `broken link: lesson "${target}" has no heading "${anchor}" in "${from.lang}"`;
  }
  return undefined;
}

const MEDIA_EXTENSIONS = /\.(svg|png|jpe?g|webp|gif)$/i;

function checkMedia(source: PackSource, src: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//')) return `media "${src}" must be a file inside the pack, not an address`;
  if (src.startsWith('/') || src.split('/').includes('..') || src.includes('\\')) return `media path "${src}" must stay inside the pack (no "..", no absolute path)`;
  if (src.split('/').includes('.')) return `media path "${src}" must start with the folder name, e.g. "${src.replace(/^(\.\/)+/, '')}"`;
  if (!MEDIA_EXTENSIONS.test(src)) return `media "${src}" is not a supported picture (svg, png, jpg, webp, gif)`;
  if (!source.exists(src)) return `missing media: "${src}" not found in the pack (a link leading out of the pack counts as missing)`;
  return undefined;
}
