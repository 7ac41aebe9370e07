// `npm run policy -- check <file> [--lang fr]`: what an administrator runs before deploying a
// policy file. Every problem with its line, in their language (--lang, else the system's LANG,
// else English); exit 1 when the app would ignore the file, 0 with a one-line summary when
// it would use it, 2 for a wrong command line.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { translate, isUiLanguage, DEFAULT_LANGUAGE } from '../../../src/core/i18n/resources';
import { formatPolicyProblems, openPolicyService } from './policyService';

export interface CliResult {
  code: 0 | 1 | 2;
  lines: string[];
}

/** The language of a system locale such as "fr_FR.UTF-8", when the app has it. */
export function languageOfLocale(locale: string | undefined): string | undefined {
  const lang = locale?.split(/[_.@-]/)[0]?.toLowerCase();
  return lang && isUiLanguage(lang) ? lang : undefined;
}

export function runPolicyCli(argv: readonly string[], env: Readonly<Record<string, string | undefined>> = {}): CliResult {
  let parsed;
  try {
    parsed = parseArgs({ args: argv.filter((a) => a !== '--'), options: { lang: { type: 'string' } }, allowPositionals: true });
  } catch {
    parsed = undefined;
  }
  const envLang = languageOfLocale(env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG']) ?? DEFAULT_LANGUAGE;
  const lang = parsed?.values.lang && isUiLanguage(parsed.values.lang) ? parsed.values.lang : envLang;
  const usage: CliResult = { code: 2, lines: [translate(lang, 'admin.check.usage')] };
  if (!parsed || (parsed.values.lang !== undefined && !isUiLanguage(parsed.values.lang))) return usage;
  const [command, file, ...rest] = parsed.positionals;
  if (command !== 'check' || file === undefined || rest.length > 0) return usage;

  // The file as the administrator typed it, so each line points where they look.
  const shown = file;
  const service = openPolicyService(path.resolve(file));
  if (service.problems.length > 0) {
    return {
      code: 1,
      lines: [...formatPolicyProblems(shown, service.problems, lang), translate(lang, 'admin.check.invalid', { file: shown, count: service.problems.length })],
    };
  }
  const fields = Object.keys(service.policy);
  return {
    code: 0,
    lines: [translate(lang, 'admin.check.valid', { file: shown, fields: fields.length > 0 ? fields.join(', ') : translate(lang, 'admin.check.noField') })],
  };
}
