// `npm run handouts` for one module in each language, read back as a reader would: pdftotext for
// the words (module title, a key point, every question's correct answer in the answer key, and
// no answer on the learners' quiz sheet), pdftoppm for the look (a page rendered to PNG has ink).
// The expected texts come from the pack files, not from the code under test.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Question } from '../../../src/core/content/schemas';
import { loadPackDir } from '../../../electron/services/content/packCache';
import { pdfText, poppler } from '../poppler';
import { useTempDirs } from '../tempDirs';
import { decodePng, inkShare } from './pngPixels';

const REPO = path.resolve(import.meta.dirname, '../../..');
const PACK_DIR = path.join(REPO, 'content/wco-ecommerce');
const MODULE = 'best-practices';
const tempDir = useTempDirs('academy-handouts-');

const FILES = {
  en: ['handout', 'job-aid', 'quiz-sheet', 'facilitator-guide'],
  fr: ['support', 'aide-memoire', 'questionnaire', 'guide-animateur'],
} as const;
const TRUE_FALSE = { en: ['True', 'False'], fr: ['Vrai', 'Faux'] } as const;

const flat = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

/** Lesson Markdown as printed text: glossary terms and links as their words, no emphasis marks. */
const markdownText = (s: string) => flat(s.replace(/\[\[[^\]|]+\|([^\]]+)\]\]/g, '$1').replace(/\[\[([^\]]+)\]\]/g, '$1').replace(/\[([^\]]+)\]\([^)]*\)/g, '$1').replace(/\*\*|__|`/g, ''));

/** The first key point of the module's first lesson, read from the Markdown file. */
function firstKeyPoint(lang: 'en' | 'fr', lessonId: string): string {
  const md = fs.readFileSync(path.join(PACK_DIR, 'modules', MODULE, 'lessons', `${lessonId}.${lang}.md`), 'utf8');
  const section = md.split(/^## (?:Key points|Points clés)\s*$/m)[1];
  const bullet = section && /^- (.+)$/m.exec(section)?.[1];
  if (!bullet) throw new Error(`no key points in ${lessonId}.${lang}.md`);
  return markdownText(bullet);
}

/** What the answer key must show for a question: its correct answer(s), as the pack states them. */
function correctAnswers(q: Question, lang: 'en' | 'fr'): string[] {
  const t = (l: Record<string, string>) => flat(l[lang]!);
  switch (q.type) {
    case 'single':
      return [t(q.options.find((o) => o.id === q.answer)!.text)];
    case 'multiple':
      return q.options.filter((o) => q.answers.includes(o.id)).map((o) => t(o.text));
    case 'true-false':
      return [`${lang === 'en' ? 'Answer:' : 'Réponse :'} ${TRUE_FALSE[lang][q.answer ? 0 : 1]}`, t(q.answer ? q.explanation.true : q.explanation.false)];
    case 'matching':
      return q.pairs.map((p) => `${t(p.left)} →`).concat(q.pairs.map((p) => t(p.right)));
    case 'ordering':
      return q.items.map((i) => t(i.text));
    case 'cloze':
      return q.blanks.map((b) => flat(b.accept[lang]![0]!));
    case 'numeric':
      return [new Intl.NumberFormat(lang, { maximumFractionDigits: 4 }).format(q.answer).replace(/[\u00a0\u202f]/g, ' ')];
    case 'scenario':
      return q.steps.flatMap((s) => s.choices.filter((c) => c.correct).map((c) => t(c.text)));
    case 'inspection':
      return q.document.fields.filter((f) => f.flag).map((f) => `${t(f.label)}: ${t(f.value)}`);
  }
}

describe.each(['en', 'fr'] as const)('npm run handouts, in %s', (lang) => {
  it('writes four PDFs with the module title, key points, the questions and a complete answer key', () => {
    const out = tempDir();
    const stdout = execFileSync(process.execPath, ['--import', 'tsx', path.join(REPO, 'electron/services/cli/handouts.ts'), MODULE, '--lang', lang, '--out', out], {
      cwd: REPO,
      encoding: 'utf8',
      timeout: 170_000,
    });
    expect(stdout).toContain(`Wrote 4 PDFs for "${MODULE}" (${lang})`);
    const files = FILES[lang].map((kind) => path.join(out, `${MODULE}-${kind}-${lang}.pdf`));
    expect(fs.readdirSync(out).sort()).toEqual(files.map((f) => path.basename(f)).sort());

    const { pack } = loadPackDir(PACK_DIR);
    const module = pack!.modules.find((m) => m.id === MODULE)!;
    const title = flat(module.title[lang]!);
    const [handout, jobAid, sheet, guide] = files.map(pdfText) as [string, string, string, string];
    for (const text of [handout, jobAid, sheet, guide]) expect(text).toContain(title);
    expect(handout).toContain(pack!.manifest.version);

    // Every lesson in the handout; the first lesson's first key point in the handout and the job aid.
    for (const id of module.lessonIds) expect(handout).toContain(flat(pack!.lessons.get(id)!.byLang[lang]!.frontMatter.title));
    const point = firstKeyPoint(lang, module.lessonIds[0]!);
    expect(handout).toContain(point);
    expect(jobAid).toContain(point);
    // The job aid fits one page (in French only once the glossary drops its definitions).
    expect(Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', [files[1]!]))![1])).toBe(1);

    // Every question on the sheet; every correct answer in the answer key (in the facilitator guide).
    const questions = [...pack!.quizzes.values()].filter((q) => q.moduleId === MODULE).flatMap((q) => q.questions);
    expect(new Set(questions.map((q) => q.type)).size, 'the module has every question type').toBe(9);
    const [, keyPart] = guide.split(lang === 'en' ? 'Answer key' : 'Corrigé');
    expect(keyPart).toBeDefined();
    for (const q of questions) {
      expect(sheet, q.id).toContain(flat(q.prompt[lang]!));
      for (const answer of correctAnswers(q, lang)) expect(keyPart, `${q.id} (${q.type})`).toContain(answer);
    }
    // The learners' sheet gives no answer away: no explanation is printed on it.
    const single = questions.find((q) => q.type === 'single')!;
    const explanation = flat(single.type === 'single' ? single.options.find((o) => o.id === single.answer)!.explanation[lang]! : '');
    expect(keyPart).toContain(explanation);
    expect(sheet).not.toContain(explanation);

    // The facilitator guide's own sections, from the module's guide file.
    const guideFile = parseYaml(fs.readFileSync(path.join(PACK_DIR, 'modules', MODULE, `guide.${lang}.yaml`), 'utf8')) as { objectives: string[]; groupExercise: { title: string }; misconceptions: { correction: string }[] };
    const [guidePart] = guide.split(lang === 'en' ? 'Answer key' : 'Corrigé');
    expect(guidePart).toContain(flat(guideFile.objectives[0]!));
    expect(guidePart).toContain(flat(guideFile.groupExercise.title));
    expect(guidePart).toContain(flat(guideFile.misconceptions.at(-1)!.correction));

    // The first page of the handout, rendered at 50 dpi: A4 portrait, with ink on it.
    poppler('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', '-singlefile', files[0]!, path.join(out, 'page')]);
    const png = decodePng(fs.readFileSync(path.join(out, 'page.png')));
    expect(Math.round((png.height / png.width) * 100)).toBe(141);
    const ink = inkShare(png);
    expect(ink).toBeGreaterThan(0.02);
    expect(ink).toBeLessThan(0.6);
  }, 180_000);
});

describe('the PNG reader', () => {
  it('tells a blank page from a written one', async () => {
    const dir = tempDir();
    // A one-page PDF with nothing on it: poppler renders it white.
    const doc = await PDFDocument.create();
    doc.addPage([595.28, 841.89]);
    fs.writeFileSync(path.join(dir, 'blank.pdf'), await doc.save());
    poppler('pdftoppm', ['-png', '-r', '50', '-singlefile', path.join(dir, 'blank.pdf'), path.join(dir, 'blank')]);
    expect(inkShare(decodePng(fs.readFileSync(path.join(dir, 'blank.png'))))).toBe(0);
  });
});
