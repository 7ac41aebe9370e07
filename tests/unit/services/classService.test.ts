// The class service on a real temporary data folder, with demo progress files made from the real
// course: import (valid files merge, each bad one is listed with its reason and writes nothing),
// re-import adds nothing, remove a trainee, delete a class (moved aside), a damaged store is
// restored from its backup, the CSV and PDF exports, and the folder report of the CLI.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../../electron/services/services';
import { writeClassReport, writeDemoFiles } from '../../../electron/services/classes/classFolders';
import { classesRoot, deletedClassesDir } from '../../../electron/services/classes/classStore';
import { useTempDirs } from '../tempDirs';
import { CONTENT_DIR } from './packAnswers';

const tempDir = useTempDirs('academy-classes-');

function setup(): { s: Services; dataDir: string; files: { name: string; text: string }[] } {
  const dataDir = tempDir();
  const s = createServices({ dataDir, contentRoots: [CONTENT_DIR], openExternal: async () => {} });
  const folder = tempDir();
  const paths = writeDemoFiles(s.content, folder, { count: 6, seed: 5 });
  return { s, dataDir, files: paths.map((p) => ({ name: path.basename(p), text: fs.readFileSync(p, 'utf8') })) };
}

function tampered(text: string): string {
  const file = JSON.parse(text);
  file.body.progress.attempts[0].durationMs += 1;
  return JSON.stringify(file);
}

describe('class service', () => {
  it('imports the valid files and lists each bad one with its reason, writing nothing for it', async () => {
    const { s, files } = setup();
    try {
      const c = s.classes.create({ name: 'Dakar, mars 2026', startsOn: '2026-03-02', endsOn: '2026-03-06', groups: ['Matin', 'Après-midi'] });
      const bad = [
        { name: 'notes.json', text: 'not JSON at all' },
        { name: 'edited.json', text: tampered(files[0]!.text) },
        { name: 'other.json', text: JSON.stringify({ format: 'something-else' }) },
      ];
      const result = s.classes.importTexts(c.id, [...files.slice(0, 3), ...bad]);
      expect(result.trainees).toBe(3);
      expect(result.files.map((f) => (f.ok ? f.outcome : f.reason))).toEqual(['added', 'added', 'added', 'not-json', 'hash-mismatch', 'unknown-format']);
      // Only bad files: nothing is written at all.
      const traineesFile = path.join(s.classes.store.root, c.id, 'trainees.json');
      const before = fs.readFileSync(traineesFile, 'utf8');
      expect(s.classes.importTexts(c.id, bad).trainees).toBe(3);
      expect(fs.readFileSync(traineesFile, 'utf8')).toBe(before);
      // The rest, then everything again: the second time adds nothing.
      expect(s.classes.importTexts(c.id, files.slice(3)).trainees).toBe(6);
      const again = s.classes.importTexts(c.id, files);
      expect(again.files.every((f) => f.ok && f.outcome === 'unchanged' && f.attemptsAdded === 0)).toBe(true);
      const view = s.classes.view(c.id, 'fr');
      expect(view.info).toMatchObject({ name: 'Dakar, mars 2026', trainees: 6, groups: ['Matin', 'Après-midi'] });
      expect(view.tables.rows).toHaveLength(6);
      expect(view.tables.rows.every((r) => r.name && r.key.startsWith('id:p-'))).toBe(true);
      const attempts = JSON.parse(fs.readFileSync(traineesFile, 'utf8')).trainees.reduce((n: number, t: { progress: { attempts: unknown[] } }) => n + t.progress.attempts.length, 0);
      const inFiles = files.reduce((n, f) => n + JSON.parse(f.text).body.progress.attempts.length, 0);
      expect(attempts).toBe(inFiles);
    } finally {
      await s.close();
    }
  });

  it('sets a group, removes a trainee, and deletes a class by moving its folder aside', async () => {
    const { s, dataDir, files } = setup();
    try {
      const c = s.classes.create({ name: 'Class', groups: ['A'] });
      s.classes.importTexts(c.id, files);
      const key = s.classes.view(c.id, 'en').tables.rows[0]!.key;
      s.classes.setGroup(c.id, key, 'A');
      expect(s.classes.view(c.id, 'en').tables.rows[0]!.group).toBe('A');
      expect(() => s.classes.setGroup(c.id, key, 'B')).toThrow(/classes.error.unknownGroup/);
      expect(s.classes.removeTrainee(c.id, key).trainees).toBe(5);
      expect(() => s.classes.trainee(c.id, key, 'en')).toThrow(/classes.error.traineeNotFound/);
      const { movedTo } = s.classes.remove(c.id);
      expect(movedTo.startsWith(deletedClassesDir(dataDir))).toBe(true);
      expect(fs.existsSync(path.join(movedTo, 'trainees.json'))).toBe(true);
      expect(s.classes.list()).toEqual([]);
      expect(() => s.classes.view(c.id, 'en')).toThrow(/classes.error.notFound/);
    } finally {
      await s.close();
    }
  });

  it('restores a damaged trainees file from its backup, keeping the damaged one aside', async () => {
    const { s, dataDir, files } = setup();
    const c = s.classes.create({ name: 'Class' });
    s.classes.importTexts(c.id, files);
    await s.close();
    const dir = path.join(classesRoot(dataDir), c.id);
    fs.writeFileSync(path.join(dir, 'trainees.json'), '{"schemaVersion": 1, "trainees": [tru');
    const again = createServices({ dataDir, contentRoots: [CONTENT_DIR], openExternal: async () => {} });
    try {
      expect(again.classes.view(c.id, 'en').tables.rows).toHaveLength(6);
      expect(fs.readdirSync(dir).some((f) => f.startsWith('trainees') && f !== 'trainees.json' && f.endsWith('.json'))).toBe(true);
    } finally {
      await again.close();
    }
  });

  it('exports CSV (BOM, header in the language, one row per trainee) and a PDF', async () => {
    const { s, files } = setup();
    try {
      const c = s.classes.create({ name: 'Lomé' });
      s.classes.importTexts(c.id, files);
      const fr = s.classes.exportCsv(c.id, 'roster', 'fr');
      expect(fr.fileName).toBe('lome-liste-des-stagiaires.csv');
      expect(fr.text.startsWith('\uFEFFStagiaire;Groupe;Avancement (%);')).toBe(true);
      expect(fr.text.trimEnd().split('\r\n')).toHaveLength(7);
      const en = s.classes.exportCsv(c.id, 'items', 'en');
      expect(en.text.startsWith('\uFEFFQuiz,Question id,Question,')).toBe(true);
      const pdf = await s.classes.exportPdf(c.id, 'fr');
      expect(Buffer.from(pdf.text, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
    } finally {
      await s.close();
    }
  });

  it('keeps whole-class sessions once each and compares the pre-test with the post-test per module', async () => {
    const { s } = setup();
    try {
      const c = s.classes.create({ name: 'Class' });
      const q = (shareCorrect: number) => [{ questionId: 'q1', moduleId: 'basics', shareCorrect }];
      s.classes.recordSession(c.id, { id: 'pre', quizId: 'basics-quiz', kind: 'pretest', at: '2026-03-02T09:00:00.000Z', questions: q(0.25) });
      s.classes.recordSession(c.id, { id: 'post', quizId: 'basics-quiz', kind: 'posttest', at: '2026-03-06T09:00:00.000Z', questions: q(0.75) });
      s.classes.recordSession(c.id, { id: 'post', quizId: 'basics-quiz', kind: 'posttest', at: '2026-03-06T09:00:00.000Z', questions: q(0.75) });
      const view = s.classes.view(c.id, 'en');
      expect(view.sessions).toHaveLength(2);
      expect(view.prePost).toEqual([{ moduleId: 'basics', pre: 0.25, post: 0.75, difference: 0.5 }]);
    } finally {
      await s.close();
    }
  });

  it('writes the report of a folder: three CSV files and the PDF, each rejected file with its reason', async () => {
    const { s } = setup();
    try {
      const folder = tempDir();
      writeDemoFiles(s.content, folder, { count: 5, seed: 9 });
      fs.writeFileSync(path.join(folder, 'zz-broken.json'), '{');
      const out = tempDir();
      const report = await writeClassReport(s.content, folder, out, 'fr');
      expect(report).toMatchObject({ trainees: 5, imported: 5 });
      expect(report.rejected).toEqual([{ fileName: 'zz-broken.json', message: expect.stringContaining('n’est pas un fichier de progression') }]);
      expect(fs.readdirSync(out).sort().map((f) => path.extname(f))).toEqual(['.csv', '.csv', '.csv', '.pdf']);
    } finally {
      await s.close();
    }
  });
});

describe('opening one trainee’s file (a learner’s own progress screen)', () => {
  it('shows what another learner’s file holds, quiz by quiz, and refuses to restore it', async () => {
    const { s, files } = setup();
    try {
      const theirs = s.portable.inspect(files[0]!.text);
      if (!theirs.ok) throw new Error(theirs.reason);
      expect(theirs.ownFile).toBe(false);
      const body = JSON.parse(files[0]!.text).body;
      const taken = new Set(body.progress.attempts.map((a: { quizId: string }) => `wco-ecommerce/${a.quizId}`));
      expect(Object.keys(theirs.quizzes).sort()).toEqual([...taken].sort());
      for (const q of Object.values(theirs.quizzes)) expect(q.bestScore).toBeGreaterThanOrEqual(0);
      expect(() => s.portable.restore(files[0]!.text)).toThrow(/classes.error.otherLearnersFile/);
      // The learner's own file stays restorable.
      const mine = s.portable.exportFile();
      const own = s.portable.inspect(mine.text);
      expect(own.ok && own.ownFile).toBe(true);
      expect(s.portable.restore(mine.text).ok).toBe(true);
    } finally {
      await s.close();
    }
  });
});
