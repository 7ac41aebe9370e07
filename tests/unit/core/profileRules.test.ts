// The profile rules both sides share: names (trimmed, 1 to 60 characters, no control characters,
// unique whatever the case), PINs (4 to 12 digits), and the refusals the renderer reads back.
import { describe, expect, it } from 'vitest';
import { pinSchema, profileIdSchema, profileNameSchema, storedProfileNameSchema } from '../../../src/core/profiles/model';
import { isValidPin, profileNameKey, profileNameProblem } from '../../../src/core/profiles/rules';

describe('profile names', () => {
  it('are trimmed before they are checked and stored', () => {
    expect(profileNameSchema.parse('  Ana Silva \t')).toBe('Ana Silva');
  });

  it('must have 1 to 60 characters, counted as a learner sees them', () => {
    expect(profileNameSchema.safeParse('').success).toBe(false);
    expect(profileNameSchema.safeParse('    ').success).toBe(false);
    expect(profileNameSchema.safeParse('a'.repeat(60)).success).toBe(true);
    expect(profileNameSchema.safeParse('a'.repeat(61)).success).toBe(false);
    // 60 letters outside the Basic Multilingual Plane are 120 UTF-16 units, and still 60 characters.
    expect(profileNameSchema.safeParse('𝐀'.repeat(60)).success).toBe(true);
    expect(profileNameProblem('𝐀'.repeat(61))).toBe('too-long');
  });

  it('refuse control characters and line breaks', () => {
    for (const bad of ['Ana\nSilva', 'Ana\u0000', 'Ana\u2028Silva', 'A\u007f']) {
      expect(profileNameSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
    expect(profileNameProblem('Ana\tSilva')).toBe('control');
  });

  it('name the problem in the refusal', () => {
    const r = profileNameSchema.safeParse('a'.repeat(61));
    expect(r.success ? '' : r.error.issues[0]?.message).toMatch(/at most 60 characters/);
  });

  it('as stored, must already be trimmed (a hand-edited file with spaces is refused)', () => {
    expect(storedProfileNameSchema.safeParse(' Ana').success).toBe(false);
    expect(storedProfileNameSchema.safeParse('Ana').success).toBe(true);
  });

  it('compare without regard to case or Unicode form', () => {
    expect(profileNameKey('ANA')).toBe(profileNameKey('ana'));
    expect(profileNameKey('Élodie')).toBe(profileNameKey('E\u0301LODIE'));
    expect(profileNameKey('Ｅｌｏｄｉｅ')).toBe(profileNameKey('elodie'));
    expect(profileNameKey('Ana')).not.toBe(profileNameKey('Ana B'));
  });
});

describe('PINs', () => {
  it('are 4 to 12 digits', () => {
    for (const good of ['0000', '1234', '123456789012']) expect(isValidPin(good), good).toBe(true);
    for (const bad of ['', '123', '1234567890123', '12a4', ' 1234', '１２３４', '12.4']) {
      expect(isValidPin(bad), bad).toBe(false);
      expect(pinSchema.safeParse(bad).success, bad).toBe(false);
    }
  });
});

describe('profile ids', () => {
  it('cannot name a folder outside the profiles folder', () => {
    expect(profileIdSchema.safeParse('p-1a2b3c4d5e6f').success).toBe(true);
    for (const bad of ['../x', 'p-../../etc', 'p-ABC123', 'p-', '', 'p-a/b', 'P-1234', '__proto__']) {
      expect(profileIdSchema.safeParse(bad).success, bad).toBe(false);
    }
  });
});
