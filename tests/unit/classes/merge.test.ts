// Importing trainees' files into a class: one row per trainee, every attempt once, the newest
// position wins, and importing the same file again adds nothing.
import { describe, expect, it } from 'vitest';
import { mergeFileIntoTrainee, traineeKeyOf } from '../../../src/core/classes/merge';
import { buildPortableFile, type PortableBody, type PortableFile } from '../../../src/core/portable/format';
import { attempt, sampleBody, sha256 } from '../portable/sampleRecord';

const fileOf = (body: PortableBody, exportedAt: string, learner: { id?: string; name?: string } = { id: 'p-awa1', name: 'Awa Diallo' }): PortableFile =>
  buildPortableFile(body, { exportedAt, learnerId: learner.id, learnerName: learner.name, sha256 }).file;

const day1 = () => sampleBody(2);
function day2(): PortableBody {
  const body = sampleBody(4); // attempts 0 and 1 again, plus 2 and 3
  body.progress.position = { screen: 'lesson', packId: 'wco-ecommerce', lessonId: 'channels', at: '2026-01-02T09:00:00.000Z' };
  return body;
}

describe('class merge', () => {
  it('keys a trainee by the learner id in the file, else the name, else the file', () => {
    expect(traineeKeyOf(fileOf(day1(), '2026-01-01T18:00:00.000Z'))).toBe('id:p-awa1');
    expect(traineeKeyOf(fileOf(day1(), '2026-01-01T18:00:00.000Z', { name: '  Awa DIALLO ' }))).toBe('name:awa diallo');
    const anonymous = fileOf(day1(), '2026-01-01T18:00:00.000Z', {});
    expect(traineeKeyOf(anonymous)).toBe(`file:${anonymous.hash.slice(7)}`);
  });

  it('adds a new trainee with the file as their record', () => {
    const f = fileOf(day1(), '2026-01-01T18:00:00.000Z');
    const { trainee, outcome, changes } = mergeFileIntoTrainee(undefined, f, 'awa-day1.json', '2026-01-03T08:00:00.000Z');
    expect(outcome).toBe('added');
    expect(changes.attemptsAdded).toBe(2);
    expect(trainee).toMatchObject({ key: 'id:p-awa1', name: 'Awa Diallo' });
    expect(trainee.progress.attempts.map((a) => a.id)).toEqual(['attempt-0', 'attempt-1']);
    expect(trainee.files).toEqual([{ fileName: 'awa-day1.json', hash: f.hash, exportedAt: '2026-01-01T18:00:00.000Z', importedAt: '2026-01-03T08:00:00.000Z' }]);
  });

  it('merges day 2 into day 1: every attempt once, the newest position', () => {
    const first = mergeFileIntoTrainee(undefined, fileOf(day1(), '2026-01-01T18:00:00.000Z'), 'd1.json', '2026-01-03T08:00:00.000Z').trainee;
    const second = mergeFileIntoTrainee(first, fileOf(day2(), '2026-01-02T18:00:00.000Z'), 'd2.json', '2026-01-03T08:00:01.000Z');
    expect(second.outcome).toBe('merged');
    expect(second.changes.attemptsAdded).toBe(2);
    expect(second.trainee.progress.attempts.map((a) => a.id)).toEqual(['attempt-0', 'attempt-1', 'attempt-2', 'attempt-3']);
    expect(second.trainee.progress.position).toMatchObject({ lessonId: 'channels', at: '2026-01-02T09:00:00.000Z' });
    expect(second.trainee.files.map((f) => f.fileName)).toEqual(['d1.json', 'd2.json']);
    // Day 1 imported after day 2 brings nothing back: the position stays the newer one.
    const again = mergeFileIntoTrainee(second.trainee, fileOf(day1(), '2026-01-01T18:00:00.000Z'), 'd1.json', '2026-01-03T08:00:02.000Z');
    expect(again.outcome).toBe('unchanged');
    expect(again.trainee).toBe(second.trainee);
  });

  it('re-importing the same file adds nothing', () => {
    const f = fileOf(day2(), '2026-01-02T18:00:00.000Z');
    const first = mergeFileIntoTrainee(undefined, f, 'd2.json', '2026-01-03T08:00:00.000Z').trainee;
    const again = mergeFileIntoTrainee(first, f, 'd2-copy.json', '2026-01-04T08:00:00.000Z');
    expect(again.outcome).toBe('unchanged');
    expect(again.trainee).toBe(first);
    expect(again.changes).toEqual({ lessonsAdded: 0, lessonsFinished: 0, attemptsAdded: 0, reviewCardsAdded: 0, studyTimeAddedMs: 0, positionChanged: false });
  });

  it('keeps attempts in the order they finished, whatever order the files come in', () => {
    const late = sampleBody(0);
    late.progress.attempts = [attempt(9)];
    const first = mergeFileIntoTrainee(undefined, fileOf(late, '2026-01-02T18:00:00.000Z'), 'late.json', '2026-01-03T08:00:00.000Z').trainee;
    const both = mergeFileIntoTrainee(first, fileOf(day1(), '2026-01-01T18:00:00.000Z'), 'early.json', '2026-01-03T08:00:00.000Z').trainee;
    expect(both.progress.attempts.map((a) => a.id)).toEqual(['attempt-0', 'attempt-1', 'attempt-9']);
    // The name shown is the one of the most recently saved file.
    expect(both.name).toBe('Awa Diallo');
  });
});
