// Trainer area → "Module for an LMS": the same SCORM 1.2 package as `npm run scorm`, made from a
// loaded pack and handed to the renderer to save.
import type { ContentLibrary } from '../content/contentLibrary';
import { appPlayer, type PlayerBundle } from './playerBundle';
import { buildScormPackage, scormZipBytes } from './scormExport';
import type { ScormZip } from '../../../src/core/scorm/packageData';

export interface ScormService {
  exportModule(args: { packId: string; moduleId: string; lang: string }): Promise<ScormZip>;
}

export function openScormService(content: ContentLibrary, player: () => Promise<PlayerBundle> = () => appPlayer()): ScormService {
  return {
    async exportModule({ packId, moduleId, lang }) {
      const pack = content.pack(packId);
      const { files } = buildScormPackage(pack, content.packDir(packId), moduleId, lang, await player());
      const bytes = await scormZipBytes(files);
      return { fileName: `${packId}-${moduleId}-${lang}-scorm12.zip`, zipBase64: bytes.toString('base64') };
    },
  };
}
