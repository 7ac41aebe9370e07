// CSV bytes as a spreadsheet reads them: BOM, separator and decimal mark by language, RFC 4180
// quoting, no formula from a trainee's name.
import { describe, expect, it } from 'vitest';
import { csvText, csvNumber } from '../../../src/core/classes/csv';

describe('class CSV', () => {
  it('writes a BOM, a header and CRLF lines, "," and "." in English', () => {
    expect(csvText(['Name', 'Score'], [['Awa', 0.5], ['Jean', 1]], 'en')).toBe('\uFEFFName,Score\r\nAwa,0.5\r\nJean,1\r\n');
  });

  it('uses ";" and the decimal comma in French', () => {
    expect(csvText(['Nom', 'Score'], [['Zoé', 0.125]], 'fr')).toBe('\uFEFFNom;Score\r\nZoé;0,125\r\n');
    expect(csvNumber(2 / 3, 'fr')).toBe('0,667');
  });

  it('quotes a field with the separator, a quote or a line break, doubling quotes', () => {
    const text = csvText(['a', 'b', 'c'], [['N’Diaye, Aïcha', 'say "hi"', 'two\nlines']], 'en');
    expect(text).toBe('\uFEFFa,b,c\r\n"N’Diaye, Aïcha","say ""hi""","two\nlines"\r\n');
    // A comma needs no quotes where ";" separates.
    expect(csvText(['a'], [['x, y']], 'fr')).toBe('\uFEFFa\r\nx, y\r\n');
    expect(csvText(['a'], [['x; y']], 'fr')).toBe('\uFEFFa\r\n"x; y"\r\n');
  });

  it('defuses text that a spreadsheet would run as a formula, and leaves empty cells empty', () => {
    expect(csvText(['a', 'b', 'c'], [['=HYPERLINK("x")', undefined, -0.5]], 'en')).toBe('\uFEFFa,b,c\r\n"\'=HYPERLINK(""x"")",,-0.5\r\n');
  });
});
