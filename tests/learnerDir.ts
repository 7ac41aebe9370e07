// Where a test finds the learner's files: each profile keeps its record in
// `<data>/profiles/<id>/` (see electron/services/profiles/). A fresh data folder has exactly one
// profile, made at the first start.
import fs from 'node:fs';
import path from 'node:path';

/** The folder of the data folder's only profile; throws when there is not exactly one. */
export function learnerDir(dataDir: string): string {
  const file = JSON.parse(fs.readFileSync(path.join(dataDir, 'profiles.json'), 'utf8')) as { profiles: { id: string; name: string }[] };
  if (file.profiles.length !== 1) {
    throw new Error(`learnerDir: expected one profile in ${dataDir}, found ${file.profiles.map((p) => p.name).join(', ') || 'none'}`);
  }
  return path.join(dataDir, 'profiles', file.profiles[0]!.id);
}
