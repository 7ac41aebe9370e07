// Brings a stored record up to the current schema. Each step takes version n to n+1 and is
// tested. A record from a newer app is refused rather than guessed at: the newer app may
// have written data this one would drop.
import { PROGRESS_SCHEMA_VERSION } from './model';

type Step = (data: Record<string, unknown>) => Record<string, unknown>;

/** MIGRATIONS[n] turns a version-n record into version n+1. */
export const MIGRATIONS: Record<number, Step> = {
  // Version 0: records written before the schema was versioned had no `position` field.
  0: (d) => ({ ...d, position: d.position ?? null, schemaVersion: 1 }),
  // Version 1 had no spaced review: start with an empty queue and no study days. Past attempts
  // are not replayed into the queue (they keep no per-question scores to replay from).
  1: (d) => ({ ...d, review: d.review ?? { cards: {}, activeDays: [] }, schemaVersion: 2 }),
};

export class FutureVersionError extends Error {
  override name = 'FutureVersionError';
}

export function migrateProgress(raw: unknown): unknown {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  let data = raw as Record<string, unknown>;
  let version = data.schemaVersion === undefined ? 0 : data.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) return raw;
  if (version > PROGRESS_SCHEMA_VERSION) {
    throw new FutureVersionError(`made by a newer version of the app (schema ${version}; this app reads up to ${PROGRESS_SCHEMA_VERSION})`);
  }
  while (version < PROGRESS_SCHEMA_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) throw new Error(`no migration from schema ${version}`);
    data = step(data);
    version++;
  }
  return data;
}
