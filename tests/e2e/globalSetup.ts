// Before the browser tests: the preview CLI as built JavaScript (see previewBuild.ts).
import { buildPreview } from './previewBuild';

export default async function globalSetup(): Promise<void> {
  await buildPreview();
}
