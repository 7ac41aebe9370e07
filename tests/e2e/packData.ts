// Reads the built-in pack's answer keys so tests can answer right or wrong on purpose, by the
// option text the learner sees (options are shuffled on retries, so positions mean nothing).
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const packDir = path.resolve(import.meta.dirname, '../../content/wco-ecommerce');

type L = Record<string, string>;
interface RawQuestion {
  id: string;
  type: 'single' | 'multiple' | 'true-false';
  prompt: L;
  answer?: string | boolean;
  answers?: string[];
  options?: { id: string; text: L }[];
}

export interface QuestionKey {
  prompt: string;
  type: RawQuestion['type'];
  right: string[];
  wrong: string[];
}

export function quizKey(moduleId: string, quizId: string, lang: 'en' | 'fr'): QuestionKey[] {
  const raw = parse(fs.readFileSync(path.join(packDir, 'modules', moduleId, 'quizzes', `${quizId}.yaml`), 'utf8')) as { questions: RawQuestion[] };
  const tf = lang === 'fr' ? { true: 'Vrai', false: 'Faux' } : { true: 'True', false: 'False' };
  return raw.questions.map((q) => {
    if (q.type === 'true-false') {
      return { prompt: q.prompt[lang] ?? '', type: q.type, right: [q.answer ? tf.true : tf.false], wrong: [q.answer ? tf.false : tf.true] };
    }
    const keys = q.type === 'single' ? [q.answer as string] : (q.answers ?? []);
    const opts = q.options ?? [];
    return {
      prompt: q.prompt[lang] ?? '',
      type: q.type,
      right: opts.filter((o) => keys.includes(o.id)).map((o) => o.text[lang] ?? ''),
      wrong: opts.filter((o) => !keys.includes(o.id)).map((o) => o.text[lang] ?? ''),
    };
  });
}

export function lessonTitle(moduleId: string, lessonId: string, lang: 'en' | 'fr'): string {
  const text = fs.readFileSync(path.join(packDir, 'modules', moduleId, 'lessons', `${lessonId}.${lang}.md`), 'utf8');
  const frontMatter = text.split(/^---$/m)[1] ?? '';
  return (parse(frontMatter) as { title: string }).title;
}

/** Every module of the built-in pack, in course order, with its lessons. */
export function courseModules(): { id: string; lessons: string[] }[] {
  const manifest = parse(fs.readFileSync(path.join(packDir, 'pack.yaml'), 'utf8')) as { modules: string[] };
  return manifest.modules.map((id) => {
    const mod = parse(fs.readFileSync(path.join(packDir, 'modules', id, 'module.yaml'), 'utf8')) as { lessons: { id: string }[] };
    return { id, lessons: mod.lessons.map((l) => l.id) };
  });
}
