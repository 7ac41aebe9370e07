// Numbers as the learner's language writes them ("1,5" in French, "1.5" in English), through
// Intl.NumberFormat. Text keys take the formatted string; plural forms take the number itself.
export function formatNumber(lang: string, value: number, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits }).format(value);
}

/** A share between 0 and 1 as a whole percentage number, without the sign: 0.375 → "38". */
export function formatPercentNumber(lang: string, share: number): string {
  return formatNumber(lang, Math.round(share * 100), 0);
}
