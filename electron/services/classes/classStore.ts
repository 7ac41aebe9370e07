// Where classes live: `<data>/classes/<classId>/`, apart from every learner profile. Each class
// has two stores with the durability of learner records (../store/safeStore: atomic writes,
// rolling backups, a broken file moved aside and the newest good backup restored): `class.json`
// (name, dates, groups, whole-class sessions) and `trainees.json` (the merged records). Deleting
// a class moves its folder to `<data>/deleted/classes/`, as deleting a profile does: nothing is
// erased.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import {
  CLASS_SCHEMA_VERSION,
  classIdSchema,
  classInfoSchema,
  classTraineesSchema,
  classTraineesWriteSchema,
  CLASS_ID_PATTERN,
  type ClassInfo,
  type ClassTrainees,
} from '../../../src/core/classes/model';
import { NotFoundError } from '../errors';
import { fsyncDirSync } from '../store/atomicFile';
import { stamp } from '../store/backups';
import { openSafeStore, type RecoveryEvent, type SafeStore } from '../store/safeStore';
import type { BackingStoreFactory } from '../store/storeOptions';

export const CLASSES_DIR = 'classes';
export const CLASS_STORE = 'class';
export const TRAINEES_STORE = 'trainees';

export interface OpenClass {
  info: SafeStore<ClassInfo>;
  trainees: SafeStore<ClassTrainees>;
  /** What recovery did at opening, for a notice (undefined when both files were fine). */
  recovery: RecoveryEvent[];
}

export interface ClassStore {
  ids(): string[];
  /** The class's stores; a NotFoundError for a class that does not exist. */
  open(id: string): OpenClass;
  create(info: Omit<ClassInfo, 'id' | 'schemaVersion' | 'sessions'>): OpenClass;
  /** Moves the class's folder aside; returns where it went. */
  remove(id: string): string;
  readonly root: string;
}

export const classesRoot = (dataDir: string) => path.join(dataDir, CLASSES_DIR);
export const deletedClassesDir = (dataDir: string) => path.join(dataDir, 'deleted', CLASSES_DIR);

export function openClassStore(opts: { dataDir: string; createStore: BackingStoreFactory; now?: () => Date }): ClassStore {
  const now = opts.now ?? (() => new Date());
  const root = classesRoot(opts.dataDir);
  const opened = new Map<string, OpenClass>();
  // The id passed the schema (c- and letters/digits): it cannot leave the classes folder.
  const dirOf = (id: string) => path.join(root, classIdSchema.parse(id));

  const openDir = (id: string, initial?: ClassInfo): OpenClass => {
    const dir = dirOf(id);
    const info = openSafeStore<ClassInfo>({
      dir,
      name: CLASS_STORE,
      schema: classInfoSchema,
      // A class file lost with no backup left: the class stays listed under its id until renamed.
      defaults: () => initial ?? { schemaVersion: CLASS_SCHEMA_VERSION, id, name: id, groups: [], createdAt: now().toISOString(), sessions: [] },
      createStore: opts.createStore,
      now,
    });
    const trainees = openSafeStore<ClassTrainees>({
      dir,
      name: TRAINEES_STORE,
      schema: classTraineesSchema,
      writeSchema: classTraineesWriteSchema,
      defaults: () => ({ schemaVersion: CLASS_SCHEMA_VERSION, trainees: [] }),
      createStore: opts.createStore,
      now,
    });
    const recovery = [info.recovery, trainees.recovery].filter((r): r is RecoveryEvent => r !== undefined);
    const c = { info, trainees, recovery };
    opened.set(id, c);
    return c;
  };

  return {
    root,
    ids() {
      if (!fs.existsSync(root)) return [];
      return fs
        .readdirSync(root, { withFileTypes: true })
        .filter((e) => e.isDirectory() && CLASS_ID_PATTERN.test(e.name) && fs.existsSync(path.join(root, e.name, `${CLASS_STORE}.json`)))
        .map((e) => e.name)
        .sort();
    },
    open(id) {
      const known = opened.get(id);
      if (known) return known;
      if (!CLASS_ID_PATTERN.test(id) || !fs.existsSync(path.join(dirOf(id), `${CLASS_STORE}.json`))) throw new NotFoundError('classes.error.notFound', { id });
      return openDir(id);
    },
    create(fields) {
      fs.mkdirSync(root, { recursive: true });
      let id = `c-${randomBytes(6).toString('hex')}`;
      while (fs.existsSync(dirOf(id))) id = `c-${randomBytes(6).toString('hex')}`;
      const initial: ClassInfo = { schemaVersion: CLASS_SCHEMA_VERSION, id, ...fields, sessions: [] };
      const c = openDir(id, initial);
      // The defaults are in memory until the first write: write both so the class is on disk.
      c.info.write(initial);
      c.trainees.write(c.trainees.read());
      fsyncDirSync(root);
      return c;
    },
    remove(id) {
      const from = dirOf(id);
      if (!fs.existsSync(from)) throw new NotFoundError('classes.error.notFound', { id });
      opened.delete(id);
      const deleted = deletedClassesDir(opts.dataDir);
      fs.mkdirSync(deleted, { recursive: true });
      let to = path.join(deleted, `${id}-${stamp(now())}`);
      for (let n = 2; fs.existsSync(to); n++) to = path.join(deleted, `${id}-${stamp(now())}-${n}`);
      fs.renameSync(from, to);
      fsyncDirSync(deleted);
      fsyncDirSync(root);
      return to;
    },
  };
}
