// The whole-class sessions a trainer ran (class quizzes, pre-tests, post-tests), one JSON file
// each in the trainer profile's folder: `<profile>/class-sessions/<time>-<random>.json`. A
// file is written atomically once and never changed; a damaged or foreign file is skipped when
// listing, never deleted. (When a class store exists, the session is recorded there as well.)
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { classSessionSchema, type ClassSession, type SavedClassSession } from '../../../src/core/trainer/classSession';
import { writeFileAtomicSync } from '../store/atomicFile';
import { readStoreFile } from '../store/readStoreFile';

export const CLASS_SESSIONS_DIR = 'class-sessions';
/** Newest first, at most this many: a trainer's year of sessions. */
export const MAX_LISTED_SESSIONS = 500;
const FILE = /^(\d{8}T\d{6}Z)-([a-f0-9]{8})\.json$/;

export interface ClassSessionStore {
  save(session: ClassSession): SavedClassSession;
  list(packId?: string): SavedClassSession[];
}

const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');

export function openClassSessions(opts: { dir: () => string; now?: () => Date }): ClassSessionStore {
  const now = opts.now ?? (() => new Date());
  const folder = () => path.join(opts.dir(), CLASS_SESSIONS_DIR);
  return {
    save(session) {
      const dir = folder();
      fs.mkdirSync(dir, { recursive: true });
      let id: string;
      do id = `${stamp(now())}-${randomBytes(4).toString('hex')}`;
      while (fs.existsSync(path.join(dir, `${id}.json`)));
      writeFileAtomicSync(path.join(dir, `${id}.json`), `${JSON.stringify(session, null, 1)}\n`);
      return { ...session, id };
    },
    list(packId) {
      const dir = folder();
      if (!fs.existsSync(dir)) return [];
      const names = fs
        .readdirSync(dir)
        .filter((n) => FILE.test(n))
        .sort()
        .reverse();
      const out: SavedClassSession[] = [];
      for (const name of names) {
        if (out.length >= MAX_LISTED_SESSIONS) break;
        const read = readStoreFile(path.join(dir, name), { schema: classSessionSchema });
        if (!read.ok) continue;
        if (packId !== undefined && read.data.packId !== packId) continue;
        out.push({ ...read.data, id: name.replace(/\.json$/, '') });
      }
      return out;
    },
  };
}
