// What a certificate can print with the embedded Unicode font, what it refuses, and the form a
// name is hashed in for the verification code (folded as before the font, so old codes hold).
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { foldPrintable, printableOrPlaceholder, verificationForm, winAnsiCodePoints } from '../../../src/core/certificates/printable';

describe('foldPrintable', () => {
  it('keeps names in Latin, Greek, Cyrillic, Armenian and Georgian as written, collapsing spaces', () => {
    const names = ['Aminata Diallo', 'Hélène Lefèvre-Œuvray', 'Zoë O’Brien', 'Łukasz Wałęsa', 'Ștefan Țăran', 'Nguyễn Thị Ánh', 'Çağrı Işık',
      'Αλέξανδρος Παπαδόπουλος', 'Анна Иванова', 'Ђорђе Јовановић', 'Արամ Պետրոսյան', 'ნინო ბერიძე'];
    for (const name of names) expect(foldPrintable(name), name).toEqual({ text: name, unprintable: [] });
    expect(foldPrintable('  Анна   Иванова ')).toEqual({ text: 'Анна Иванова', unprintable: [] });
  });

  it('refuses characters the font lacks or pdf-lib cannot lay out, naming each once', () => {
    expect(foldPrintable('Ana 李')).toEqual({ text: '', unprintable: ['李'] });
    expect(foldPrintable('Ana अ ก')).toEqual({ text: '', unprintable: ['अ', 'ก'] });
    // Arabic and Hebrew have glyphs in DejaVu Sans, but pdf-lib neither joins letters nor writes right to left.
    expect(foldPrintable('محمد علي').unprintable).toEqual([...'محمدعلي'].filter((c, i, a) => a.indexOf(c) === i));
    expect(foldPrintable('דוד').unprintable).toEqual(['ד', 'ו']);
    // An invisible right-to-left override would reorder nothing and hide nothing: refused.
    expect(foldPrintable('Ana\u202eB').unprintable).toEqual(['\u202e']);
  });

  it('printableOrPlaceholder never throws on layout text: unknown characters become "?"', () => {
    expect(printableOrPlaceholder('Cours « 李 » Ω')).toBe('Cours « ? » Ω');
  });
});

describe('verificationForm', () => {
  it('folds Latin letters Windows-1252 lacks, as certificates printed them before the font', () => {
    expect(verificationForm('  Łukasz   Wałęsa ')).toBe('Lukasz Walesa');
    expect(verificationForm('Ștefan Țăran')).toBe('Stefan Taran');
    expect(verificationForm('Nguyễn Thị Ánh')).toBe('Nguyen Thi Ánh');
    expect(verificationForm('Çağrı Işık')).toBe('Çagri Isik');
    expect(verificationForm('Đorđe Đoković')).toBe('Dorde Dokovic');
    expect(verificationForm('Hélène Lefèvre-Œuvray')).toBe('Hélène Lefèvre-Œuvray');
  });

  it('keeps a name in another script as printed', () => {
    expect(verificationForm('Αλέξανδρος  Παπαδόπουλος')).toBe('Αλέξανδρος Παπαδόπουλος');
    expect(verificationForm('Анна Иванова')).toBe('Анна Иванова');
  });

  it('the Windows-1252 list is exactly what pdf-lib encodes in Helvetica, and every folded Latin name encodes in it', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    expect([...font.getCharacterSet()].sort((a, b) => a - b)).toEqual(winAnsiCodePoints());
    for (const name of ['Łukasz Wałęsa', 'Ștefan Țăran', 'Nguyễn Thị Ánh', 'Çağrı Işık', 'ʻOkina‑Test', 'A\u202fB']) {
      expect(() => font.encodeText(verificationForm(name)), name).not.toThrow();
    }
  });
});
