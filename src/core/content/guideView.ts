// The facilitator guide a trainer reads for a module, in the language they asked for or, when
// the pack does not have it, the pack's first language (as lessons fall back). Trainer area and
// printed guide both go through here, so they always show the same guide.
import type { Guide } from './guide';
import type { Pack } from './model';
import { chooseLang } from './views';

export interface GuideChoice {
  guide: Guide;
  lang: string;
  /** True when the guide is not in the requested language. */
  fallback: boolean;
}

export function guideFor(pack: Pack, moduleId: string, requested: string): GuideChoice | undefined {
  const { lang, fallback } = chooseLang(pack, requested);
  const guide = pack.guides?.get(moduleId)?.[lang];
  return guide && { guide, lang, fallback };
}
