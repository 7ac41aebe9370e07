// electron-builder's afterPack hook (electron-builder.yml): flips the fuses of fuses.ts in the
// packaged Electron binary, before electron-builder signs it. electron-builder's packager finds
// the binary for each OS (addElectronFuses). `npm run dist` runs electron-builder under tsx, so
// this TypeScript file loads as it is.
import { FUSES } from './fuses';

/** What this hook uses of electron-builder's AfterPackContext. */
export interface PackContext {
  electronPlatformName: string;
  /** electron-builder's Arch: 3 is arm64. */
  arch: number;
  packager: { addElectronFuses(context: PackContext, fuses: typeof FUSES & { resetAdHocDarwinSignature: boolean }): Promise<unknown> };
}

const ARM64 = 3;

export default async function afterPack(context: PackContext): Promise<void> {
  // An ad-hoc signature on Apple silicon breaks when the binary changes: reset it (signing follows).
  const resetAdHocDarwinSignature = context.electronPlatformName === 'darwin' && context.arch === ARM64;
  await context.packager.addElectronFuses(context, { ...FUSES, resetAdHocDarwinSignature });
}
