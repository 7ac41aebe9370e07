// Writes a set of files all or nothing: every file is first written to a temporary file next to
// its target, then the temporary files are renamed over their targets. If anything fails, the
// files already renamed are put back as they were and the new folders are removed, so a
// failed import leaves the pack folder as it found it.
import fs from 'node:fs';
import path from 'node:path';

export interface FileToWrite {
  /** Path inside `root`, with forward slashes. */
  path: string;
  text: string;
  /** True when the file exists and is to be replaced; false when it must not exist yet. */
  replaces: boolean;
}

/** The absolute path of `rel` inside `root`; refuses anything that would leave it. */
export function insideRoot(root: string, rel: string): string {
  const target = path.resolve(root, ...rel.split('/'));
  if (rel.includes('\\') || rel.split('/').some((s) => s === '..' || s === '.' || s === '') || !target.startsWith(path.resolve(root) + path.sep)) {
    throw new Error(`refusing to write outside the pack folder: ${rel}`);
  }
  return target;
}

/** Writes `text` to `file` through a temporary file and a rename. */
export function writeFileAtomically(file: string, text: string): void {
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    fs.writeFileSync(tmp, text, { encoding: 'utf8', flag: 'wx' });
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

/** Writes every file or none; returns the absolute paths written. */
export function writeAllOrNothing(root: string, files: readonly FileToWrite[]): string[] {
  const createdDirs: string[] = [];
  const staged: { tmp: string; target: string; previous?: Buffer; renamed: boolean }[] = [];
  try {
    for (const f of files) {
      const target = insideRoot(root, f.path);
      const previous = f.replaces ? fs.readFileSync(target) : undefined;
      if (!f.replaces && fs.existsSync(target)) throw new Error(`${f.path} already exists`);
      makeDirs(path.dirname(target), createdDirs);
      const tmp = `${target}.${process.pid}.gift-import.tmp`;
      fs.writeFileSync(tmp, f.text, { encoding: 'utf8', flag: 'wx' });
      staged.push({ tmp, target, previous, renamed: false });
    }
    for (const s of staged) {
      fs.renameSync(s.tmp, s.target);
      s.renamed = true;
    }
    return staged.map((s) => s.target);
  } catch (e) {
    for (const s of staged.reverse()) {
      try {
        if (!s.renamed) fs.rmSync(s.tmp, { force: true });
        else if (s.previous) fs.writeFileSync(s.target, s.previous);
        else fs.rmSync(s.target, { force: true });
      } catch {
        // Keep undoing the rest; the error below is the one to report.
      }
    }
    for (const dir of createdDirs.reverse()) {
      try {
        fs.rmdirSync(dir);
      } catch {
        // Not empty: something else wrote there meanwhile; leave it.
      }
    }
    throw e;
  }
}

/** mkdir -p that remembers which folders it created, parents first. */
function makeDirs(dir: string, created: string[]): void {
  if (fs.existsSync(dir)) return;
  makeDirs(path.dirname(dir), created);
  fs.mkdirSync(dir);
  created.push(dir);
}
