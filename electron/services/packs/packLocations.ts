// Where the desktop app finds packs outside the data folder: the system-wide folders an
// administration preloads (one per OS, documented in content/README.md) and .academypack files
// the app was asked to open. Electron main supplies the platform, environment and argv.
import path from 'node:path';
import { ARCHIVE_EXTENSION } from '../../../src/core/packs/archiveFormat';

/** The system-wide folder of preloaded packs for a platform. */
export function systemPackFolder(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string {
  if (platform === 'win32') return path.win32.join(env['ProgramData'] ?? 'C:\\ProgramData', 'CustomsEcommerceAcademy', 'packs');
  if (platform === 'darwin') return '/Library/Application Support/CustomsEcommerceAcademy/packs';
  return '/etc/customs-ecommerce-academy/packs';
}

/** The folders preloaded at start: the system-wide one, then the installer's resources/packs. */
export function preloadPackFolders(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, resourcesPath: string): string[] {
  return [systemPackFolder(platform, env), path.join(resourcesPath, 'packs')];
}

/** The .academypack files named on a command line (Windows and Linux open a file that way). */
export function packFilesInArgv(argv: readonly string[]): string[] {
  return argv.slice(1).filter((a) => !a.startsWith('-') && a.toLowerCase().endsWith(ARCHIVE_EXTENSION) && path.isAbsolute(a));
}
