// A module as a SCORM 1.2 package for an LMS such as Moodle: the module's lessons rendered by the
// app's lesson renderer, its quiz as the app asks it, the player (src/ui/scorm) that scores with
// the app's scoring code, and every media file the lessons use. Nothing is fetched from outside
// the package: the page's Content-Security-Policy forbids it.
import fs from 'node:fs';
import path from 'node:path';
import yazl from 'yazl';
import { packLessonHtml } from '../../../src/core/content/lessonHtml';
import type { Pack } from '../../../src/core/content/model';
import { chooseLang, quizView, textIn } from '../../../src/core/content/views';
import { resources, isUiLanguage, DEFAULT_LANGUAGE } from '../../../src/core/i18n/resources';
import { scormManifest } from '../../../src/core/scorm/manifest';
import { LESSON_LINK_PREFIX, SCORM_DATA_GLOBAL, type ScormModuleData } from '../../../src/core/scorm/packageData';
import { RequestError } from '../errors';
import type { PlayerBundle } from './playerBundle';

const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; media-src 'self'; connect-src 'none'; base-uri 'none'; form-action 'none'";

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The files of the package, by path inside it (forward slashes). */
export type PackageFiles = Map<string, Buffer>;

export interface ScormExport {
  files: PackageFiles;
  data: ScormModuleData;
}

export function buildScormPackage(pack: Pack, packDir: string, moduleId: string, uiLang: string, player: PlayerBundle): ScormExport {
  const module = pack.modules.find((m) => m.id === moduleId);
  if (!module) throw new RequestError('scorm.errors.noModule', { module: moduleId });
  if (module.lessonIds.length === 0) throw new RequestError('scorm.errors.noLessons', { module: moduleId });
  const lang = isUiLanguage(uiLang) ? uiLang : DEFAULT_LANGUAGE;
  const { lang: contentLang } = chooseLang(pack, lang);
  const media = new Set<string>();
  const links = {
    mediaUrl(p: string) {
      media.add(p);
      return p;
    },
    lessonHref: (id: string) => `${LESSON_LINK_PREFIX}${id}`,
  };
  const lessons = module.lessonIds.map((id) => {
    const lesson = pack.lessons.get(id)!;
    const text = lesson.byLang[contentLang] ?? Object.values(lesson.byLang)[0]!;
    return { id, title: text.frontMatter.title, html: packLessonHtml(pack, text.body, contentLang, lang, links) };
  });
  const quiz = module.quiz ? pack.quizzes.get(module.quiz) : undefined;
  const data: ScormModuleData = {
    lang,
    contentLang,
    packId: pack.manifest.id,
    packVersion: pack.manifest.version,
    moduleId,
    title: textIn(module.title, contentLang),
    lessons,
    ...(quiz && { quiz: quizView(pack, quiz, lang, 0) }),
    text: resources[lang].translation as Record<string, unknown>,
  };

  const files: PackageFiles = new Map();
  files.set(
    'index.html',
    Buffer.from(`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>${escapeHtml(data.title)}</title>
<link rel="stylesheet" href="player.css">
<script src="course.js"></script>
<script type="module" src="player.js"></script>
</head>
<body>
<div id="root"></div>
</body>
</html>
`),
  );
  // JSON is a JavaScript expression; "<" is escaped so no text can close a script element.
  files.set('course.js', Buffer.from(`window[${JSON.stringify(SCORM_DATA_GLOBAL)}] = ${JSON.stringify(data).replace(/</g, '\\u003c')};\n`));
  files.set('player.js', player.js);
  files.set('player.css', player.css);
  for (const p of [...media].sort()) {
    const file = path.resolve(packDir, p);
    // The pack validator keeps media inside the pack; this keeps the package honest if not.
    if (!file.startsWith(path.resolve(packDir) + path.sep)) continue;
    files.set(p, fs.readFileSync(file));
  }
  const manifest = scormManifest({
    identifier: `${pack.manifest.id}-${moduleId}-${lang}`,
    version: pack.manifest.version,
    title: data.title,
    ...(data.quiz && { masteryScore: data.quiz.passMark * 100 }),
    href: 'index.html',
    files: [...files.keys()],
  });
  files.set('imsmanifest.xml', Buffer.from(manifest));
  return { files, data };
}

/** The package as zip bytes (the manifest first, as some LMSs look for it at the start). */
export async function scormZipBytes(files: PackageFiles): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  const names = ['imsmanifest.xml', ...[...files.keys()].filter((n) => n !== 'imsmanifest.xml')];
  const mtime = new Date('2026-01-01T00:00:00Z');
  for (const name of names) zip.addBuffer(files.get(name)!, name, { mtime });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Writes the package as a zip, atomically (a temporary name, then renamed). */
export async function writeScormZip(files: PackageFiles, out: string): Promise<void> {
  const bytes = await scormZipBytes(files);
  const tmp = `${out}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(tmp, bytes);
    fs.renameSync(tmp, out);
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}
