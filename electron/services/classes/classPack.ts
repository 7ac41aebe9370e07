// The pack a class is read against: the one named, else the first loaded (the built-in course
// comes first). No pack at all is a refusal the trainer reads in their language.
import type { Pack } from '../../../src/core/content/model';
import type { ContentLibrary } from '../content/contentLibrary';
import { NotFoundError } from '../errors';

export function classPack(content: ContentLibrary, packId?: string): Pack {
  if (packId) return content.pack(packId);
  const first = content.catalog('en').packs[0];
  if (!first) throw new NotFoundError('classes.error.noPack');
  return content.pack(first.id);
}
