// What a certificate can print with the standard PDF fonts, and what happens to a name that
// has letters outside it: folded when it is only accents, refused (never garbled) otherwise.
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { foldPrintable, printableCodePoints, printableOrPlaceholder } from '../../../src/core/certificates/printable';

describe('foldPrintable', () => {
  it('knows exactly the characters pdf-lib can encode in the fonts the certificate uses', async () => {
    const doc = await PDFDocument.create();
    for (const name of [StandardFonts.Helvetica, StandardFonts.HelveticaBold]) {
      const font = await doc.embedFont(name);
      expect([...font.getCharacterSet()].sort((a, b) => a - b)).toEqual(printableCodePoints());
    }
  });

  it('keeps names the fonts can print as they are (French, Spanish, Portuguese, German…)', () => {
    for (const name of ['Aminata Diallo', 'Hélène Lefèvre-Œuvray', 'José Muñoz', 'João Gonçalves', 'Jürgen Weiß', 'Zoë O’Brien', 'Šárka Žák']) {
      expect(foldPrintable(name)).toEqual({ text: name, unprintable: [] });
    }
  });

  it('folds Latin letters the fonts lack to the plain letter, and collapses spaces', () => {
    expect(foldPrintable('  Łukasz   Wałęsa ')).toEqual({ text: 'Lukasz Walesa', unprintable: [] });
    expect(foldPrintable('Ștefan Țăran').text).toBe('Stefan Taran');
    expect(foldPrintable('Nguyễn Thị Ánh').text).toBe('Nguyen Thi Ánh');
    expect(foldPrintable('Çağrı Işık').text).toBe('Çagri Isik');
    expect(foldPrintable('Đorđe Đoković').text).toBe('Dorde Dokovic');
    expect(foldPrintable('Chiamaka Ọkọnkwọ').text).toBe('Chiamaka Okonkwo');
  });

  it('refuses other scripts, naming the characters, instead of printing something else', () => {
    expect(foldPrintable('Σωκράτης Παπαδόπουλος')).toEqual({ text: '', unprintable: [...'ΣωκράτηςΠαπδόουλ'].filter((c, i, a) => a.indexOf(c) === i) });
    expect(foldPrintable('محمد علي').unprintable.length).toBeGreaterThan(0);
    expect(foldPrintable('Иван Петров').unprintable).toContain('И');
    expect(foldPrintable('Ana 李').unprintable).toEqual(['李']);
    expect(foldPrintable('Ana 😀').unprintable).toEqual(['😀']);
  });

  it('printableOrPlaceholder never throws on layout text: unknown characters become "?"', () => {
    expect(printableOrPlaceholder('Cours « 李 »')).toBe('Cours « ? »');
  });

  it('the folded text always encodes in Helvetica (pdf-lib would throw otherwise)', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    for (const name of ['Łukasz Wałęsa', 'Ștefan Țăran', 'Nguyễn Thị Ánh', 'Çağrı Işık', 'ʻOkina‑Test', 'A\u202fB']) {
      expect(() => font.encodeText(foldPrintable(name).text), name).not.toThrow();
    }
  });
});
