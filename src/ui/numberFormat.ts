// Numbers as the learner's language writes them ("1,5" in French, "1.5" in English), through
// Intl.NumberFormat. Groups of thousands start at five digits, so years ("2018") stay whole.
export function formatNumber(lang: string, value: number, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits, useGrouping: 'min2' }).format(value);
}

/** A share between 0 and 1 as a whole percentage number, without the sign: 0.375 → "38". */
export function formatPercentNumber(lang: string, share: number): string {
  return formatNumber(lang, Math.round(share * 100), 0);
}

/**
 * An i18next formatter module: with `interpolation.alwaysFormat`, every number put into a UI
 * text ({{count}}, {{percent}}, {{points}}…) is written in the text's language, so no screen
 * can forget to. Texts here use no named formats ("{{x, number}}"), so none are offered.
 */
export const numbersInTheLanguage = {
  type: 'formatter' as const,
  init(): void {},
  add(): void {},
  addCached(): void {},
  format(value: unknown, _format: string | undefined, lng: string | undefined): unknown {
    return typeof value === 'number' && Number.isFinite(value) ? formatNumber(lng ?? 'en', value, 2) : value;
  },
};
