// Bench: course-wide search on a synthetic course 100 times the built-in one (its lessons,
// terms and questions repeated under new ids), in English and French. Prints the index build
// time and the p95 time of the query each keystroke sends while typing real searches.
import path from 'node:path';
import { loadPackDir } from '../../electron/services/content/packCache';
import { buildPackIndex } from '../../src/core/search/courseIndex';
import { packSearchDocuments, type SearchDocument } from '../../src/core/search/documents';
import { MIN_QUERY_LENGTH } from '../../src/core/search/limits';

const COPIES = 100;
const TYPED: Record<string, string[]> = {
  en: ['immediate release', 'advance electronic data', 'authorized economic operator', 'de minimis threshold', 'low value consignment', 'risk management', 'postal operators', 'revenue collection model', 'returns of goods', 'platform data sharing'],
  fr: ['mainlevée immédiate', 'donnees electroniques prealables', 'opérateur économique agréé', 'seuil de minimis', 'envois de faible valeur', 'gestion des risques', 'opérateurs postaux', 'modèle de recouvrement', 'retours de marchandises', 'échange de données'],
};

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(q * xs.length) - 1)] ?? NaN;

function syntheticCourse(docs: SearchDocument[]): SearchDocument[] {
  const out: SearchDocument[] = [];
  for (let copy = 0; copy < COPIES; copy++) {
    for (const d of docs) {
      const r = d.route;
      const route = r.screen === 'lesson' ? { ...r, lessonId: `${r.lessonId}-${copy}` } : r.screen === 'glossary' ? { ...r, termId: `${r.termId}-${copy}` } : r;
      out.push({ ...d, title: copy === 0 ? d.title : `${d.title} (${copy})`, route });
    }
  }
  return out;
}

export function printSearchBench(repo: string): void {
  const pack = loadPackDir(path.join(repo, 'content/wco-ecommerce')).pack;
  if (!pack) throw new Error('the built-in pack does not load: run npm run content:check');
  for (const lang of ['en', 'fr']) {
    const base = packSearchDocuments(pack, lang);
    const docs = syntheticCourse(base);
    const lessons = new Set(docs.flatMap((d) => (d.route.screen === 'lesson' && d.kind === 'lesson' ? [d.route.lessonId] : []))).size;
    const t0 = performance.now();
    const index = buildPackIndex(docs, lang);
    const buildMs = performance.now() - t0;
    const times: number[] = [];
    let found = 0;
    for (let round = 0; round < 2; round++) {
      for (const phrase of TYPED[lang]!) {
        for (let n = MIN_QUERY_LENGTH; n <= phrase.length; n++) {
          const q = phrase.slice(0, n);
          const s = performance.now();
          const hits = index.search(q, 20);
          if (round === 1) times.push(performance.now() - s); // round 0 warms the JIT
          if (round === 1 && n === phrase.length && hits.length > 0) found++;
        }
      }
    }
    console.log(
      `bench (g) search [${lang}], synthetic course ${COPIES}x (${lessons} lessons, ${docs.length} sections/terms/questions): p95 ${quantile(times, 0.95).toFixed(1)} ms per keystroke query, p50 ${quantile(times, 0.5).toFixed(1)} ms (${times.length} queries; target p95 <= 16 ms); index build ${(buildMs / 1000).toFixed(1)} s; ${found}/${TYPED[lang]!.length} phrases found`,
    );
  }
}
