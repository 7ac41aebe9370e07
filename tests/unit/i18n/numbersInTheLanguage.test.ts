// Every number put into a UI text is written the way the text's language writes it (issue 9 §3):
// the formatter module the renderer gives i18next, tried on a real i18next instance.
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { numbersInTheLanguage } from '../../../src/ui/numberFormat';

async function instance(lng: string) {
  const i = i18next.createInstance();
  await i.use(numbersInTheLanguage).init({
    lng,
    resources: {
      en: { translation: { score: '{{points}} of {{max}} points, {{count}} attempts, since {{year}}, {{name}}' } },
      fr: { translation: { score: '{{points}} point sur {{max}}, {{count}} tentatives, depuis {{year}}, {{name}}' } },
    },
    interpolation: { escapeValue: false, alwaysFormat: true },
  });
  return i;
}

describe('numbers in UI texts follow the language', () => {
  it('writes decimals and thousands the French way in French', async () => {
    const fr = await instance('fr');
    // Intl groups French thousands with a narrow no-break space.
    expect(fr.t('score', { points: 1.5, max: 4, count: 12345, year: 2018, name: 'Aminata' })).toBe('1,5 point sur 4, 12\u202f345 tentatives, depuis 2018, Aminata');
  });

  it('writes them the English way in English, and leaves text values alone', async () => {
    const en = await instance('en');
    expect(en.t('score', { points: 1.5, max: 4, count: 12345, year: 2018, name: '1.5' })).toBe('1.5 of 4 points, 12,345 attempts, since 2018, 1.5');
  });
});
