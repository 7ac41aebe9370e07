// Rules for the names of entries in a pack archive, checked before anything is written: a name
// must stay inside the folder it is extracted to on every OS, and no two names may land on the
// same file on a case-insensitive disk (Windows, macOS).

export type NameProblem = 'absolute' | 'traversal' | 'badName';

const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d|conin\$|conout\$)(\..*)?$/i;
// Archives inside archives are never content: a pack would smuggle files past the checks.
const NESTED_ARCHIVE = /\.(zip|academypack|jar|war|apk|7z|rar|tar|tgz|gz|bz2|xz|zst|cab|iso|dmg|msi)$/i;

/** Why an entry name may not be extracted, or undefined when it is a safe relative path. */
export function entryNameProblem(name: string): NameProblem | undefined {
  if (name.startsWith('/') || name.startsWith('\\') || /^[a-zA-Z]:/.test(name)) return 'absolute';
  const segments = name.split(/[\\/]/);
  if (segments.includes('..')) return 'traversal';
  if (name.includes('\\') || name.length > 512) return 'badName';
  // eslint-disable-next-line no-control-regex -- control characters are what this refuses
  if (/[\u0000-\u001f\u007f:*?"<>|]/.test(name)) return 'badName';
  const isDir = name.endsWith('/');
  const parts = isDir ? segments.slice(0, -1) : segments;
  if (parts.some((s) => s === '' || s === '.' || s.endsWith('.') || s.endsWith(' ') || WINDOWS_DEVICE.test(s))) return 'badName';
  return undefined;
}

/** The name a case-insensitive, Unicode-normalising file system would see. */
export const collisionKey = (name: string): string => name.normalize('NFC').toLowerCase();

export const isNestedArchive = (name: string): boolean => NESTED_ARCHIVE.test(name);
