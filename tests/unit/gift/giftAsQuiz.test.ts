// A GIFT import with a title (what the app's question bank asks for): the questions land as one
// quiz of that name, the module's own quiz, in the trainer's national pack beside the course;
// no stub lesson asking anyone to edit Markdown. A second import extends the same pack.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importGift } from '../../../electron/services/gift/giftService';
import { useTempDirs } from '../tempDirs';
import { giftFixture, loadDir } from './giftFixtures';

const tempDir = useTempDirs('gift-as-quiz-');
const TWO_CATEGORIES = '$CATEGORY: customs/checks\n\n::q1::Customs can release low-risk parcels on arrival.{T}\n\n$CATEGORY: customs/data\n\n::q1::Who sends postal data?{=The post ~The buyer}\n';

describe('importGift with a title', () => {
  it('makes one module quiz named by the title, with every question and no lesson', () => {
    const dir = path.join(tempDir(), 'Questions du formateur (FR)');
    const result = importGift(TWO_CATEGORIES, dir, 'fr', { sourceName: 'export-moodle.gift', title: 'Contrôles à l’arrivée' });
    expect(result.problems).toEqual([]);
    expect(result.quizzes).toEqual([{ id: 'controles-a-larrivee', title: 'Contrôles à l’arrivée', file: 'modules/controles-a-larrivee/quizzes/controles-a-larrivee.yaml', questions: 2 }]);
    expect(fs.existsSync(path.join(dir, 'modules/controles-a-larrivee/lessons'))).toBe(false);
    const { pack, problems } = loadDir(dir);
    expect(problems).toEqual([]);
    const mod = pack!.modules.find((m) => m.id === 'controles-a-larrivee')!;
    expect(mod).toMatchObject({ title: { fr: 'Contrôles à l’arrivée' }, lessonIds: [], quiz: 'controles-a-larrivee' });
    const quiz = pack!.quizzes.get('controles-a-larrivee')!;
    // Two questions both called q1 in GIFT: both kept, the second renamed.
    expect(quiz.questions.map((q) => q.id)).toEqual(['q1', 'q1-2']);
    expect(quiz.title).toEqual({ fr: 'Contrôles à l’arrivée' });
  });

  it('a second import with another title extends the same pack with a second quiz module', () => {
    const dir = path.join(tempDir(), 'Trainer questions (EN)');
    expect(importGift(TWO_CATEGORIES, dir, 'en', { sourceName: 'a.gift', title: 'Arrival checks' }).problems).toEqual([]);
    const second = importGift(giftFixture('round-trip.gift'), dir, 'en', { sourceName: 'b.gift', title: 'Arrival checks' });
    expect(second.problems).toEqual([]);
    const { pack } = loadDir(dir);
    expect(pack!.manifest.modules).toEqual(['arrival-checks', 'arrival-checks-2']);
    expect(pack!.modules.map((m) => [m.id, m.quiz, m.lessonIds.length])).toEqual([
      ['arrival-checks', 'arrival-checks', 0],
      ['arrival-checks-2', 'arrival-checks-2', 0],
    ]);
  });
});
