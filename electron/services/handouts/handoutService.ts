// The printed material of a module: the four PDFs (lesson handout, job aid, quiz sheet,
// facilitator guide with the answer key), built from the pack in one language. The documents
// are data from src/core/print; this module reads what only Node can (the guide file, the
// figures) and lays them out with pdf/layout.
import fs from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { chooseLang } from '../../../src/core/content/views';
import { translate } from '../../../src/core/i18n/resources';
import { handoutDocument, HANDOUT_KINDS, type HandoutKind, type HandoutPdf } from '../../../src/core/print/handouts';
import type { ContentLibrary } from '../content/contentLibrary';
import { MAX_PACK_FILE_BYTES, resolveInside } from '../content/packReader';
import { NotFoundError } from '../errors';
import { renderPrintPdf } from '../pdf/layout';
import { figurePng } from './figures';

export interface HandoutFile {
  kind: HandoutKind;
  fileName: string;
  bytes: Uint8Array;
}

export interface HandoutRequest {
  packId: string;
  moduleId: string;
  lang: string;
  kind: HandoutKind;
}

/** A module's facilitator guide file (`modules/<id>/guide.<lang>.yaml`), parsed, or undefined. */
function readGuide(packDir: string, moduleId: string, lang: string): unknown {
  const file = resolveInside(packDir, `modules/${moduleId}/guide.${lang}.yaml`);
  if (!file) return undefined;
  try {
    if (fs.statSync(file).size > MAX_PACK_FILE_BYTES) return undefined;
    return parseYaml(fs.readFileSync(file, 'utf8'), { maxAliasCount: 50 }) as unknown;
  } catch {
    return undefined;
  }
}

export interface HandoutService {
  /** One of the module's PDFs. */
  make(req: HandoutRequest): Promise<HandoutFile>;
  /** All four, in HANDOUT_KINDS order. */
  makeAll(req: Omit<HandoutRequest, 'kind'>): Promise<HandoutFile[]>;
  /** One PDF as the API returns it. */
  pdf(req: HandoutRequest): Promise<HandoutPdf>;
}

export function openHandoutService(content: ContentLibrary): HandoutService {
  const make = async ({ packId, moduleId, lang, kind }: HandoutRequest): Promise<HandoutFile> => {
    const pack = content.pack(packId);
    if (!pack.modules.some((m) => m.id === moduleId)) throw new NotFoundError('print.errors.noModule', { module: moduleId, pack: packId });
    const dir = content.packDir(packId);
    // Labels and text in one language: the pack's own when it lacks the one asked for.
    const textLang = chooseLang(pack, lang).lang;
    const t = (key: string, params?: Record<string, string>) => translate(textLang, key, params);
    const number = new Intl.NumberFormat(textLang, { maximumFractionDigits: 4 });
    const layout = {
      figure: (src: string) => figurePng(dir, src),
      pageLabel: (page: number, pages: number) => t('print.page', { page: String(page), pages: String(pages) }),
      figureText: (alt: string) => t('print.figureMissing', { alt }),
      onePage: kind === 'job-aid',
      // A fixed date: the same pack gives the same bytes.
      date: new Date(0),
    };
    const input = {
      pack,
      moduleId,
      kind,
      lang,
      t,
      guide: kind === 'facilitator-guide' ? readGuide(dir, moduleId, textLang) : undefined,
      formatNumber: (n: number) => number.format(n),
    };
    const doc = handoutDocument(input);
    let pdf = await renderPrintPdf(doc, layout);
    // A job aid is one page: when the glossary's definitions push it over, the terms alone.
    if (kind === 'job-aid' && pdf.pages > 1) pdf = await renderPrintPdf(handoutDocument({ ...input, termsOnly: true }), layout);
    return { kind, fileName: doc.fileName, bytes: pdf.bytes };
  };
  return {
    make,
    async pdf(req) {
      const file = await make(req);
      return { fileName: file.fileName, pdfBase64: Buffer.from(file.bytes).toString('base64') };
    },
    async makeAll(req) {
      const out: HandoutFile[] = [];
      for (const kind of HANDOUT_KINDS) out.push(await make({ ...req, kind }));
      return out;
    },
  };
}
