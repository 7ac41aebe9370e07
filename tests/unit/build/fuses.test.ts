// The Electron fuses, set in one place (electron/build/fuses.ts), as values; and the afterPack
// hook flipping them with @electron/fuses in a binary. There is no Electron binary here, so the
// hook flips a FAKE one: random bytes around Electron's fuse sentinel and a 9-fuse wire, which
// is all @electron/fuses reads or writes.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { flipFuses, FuseState, FuseV1Options, FuseVersion, getCurrentFuseWire } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import afterPack, { type PackContext } from '../../../electron/build/afterPack';
import { FUSES } from '../../../electron/build/fuses';
import { useTempDirs } from '../tempDirs';

const tempDir = useTempDirs('academy-fuses-');
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const WIRE_LENGTH = 9;

/** A fake Electron binary: every fuse at '1' (enabled), as in a stock build where most are on. */
function fakeElectronBinary(): string {
  const file = path.join(tempDir(), 'FAKE-electron-binary');
  const wire = Buffer.from([1, WIRE_LENGTH, ...Array<number>(WIRE_LENGTH).fill(FuseState.ENABLE)]);
  fs.writeFileSync(file, Buffer.concat([crypto.randomBytes(4096), Buffer.from(SENTINEL), wire, crypto.randomBytes(4096)]));
  return file;
}

describe('Electron fuses (electron/build/fuses.ts)', () => {
  it.each([
    ['RunAsNode', FuseV1Options.RunAsNode, false],
    ['EnableNodeOptionsEnvironmentVariable', FuseV1Options.EnableNodeOptionsEnvironmentVariable, false],
    ['EnableNodeCliInspectArguments', FuseV1Options.EnableNodeCliInspectArguments, false],
    ['EnableCookieEncryption', FuseV1Options.EnableCookieEncryption, true],
    ['EnableEmbeddedAsarIntegrityValidation', FuseV1Options.EnableEmbeddedAsarIntegrityValidation, true],
    ['OnlyLoadAppFromAsar', FuseV1Options.OnlyLoadAppFromAsar, true],
    ['GrantFileProtocolExtraPrivileges', FuseV1Options.GrantFileProtocolExtraPrivileges, false],
  ] as const)('%s is %s', (_name, fuse, value) => {
    expect(FUSES[fuse]).toBe(value);
  });

  it('is a version-1 fuse configuration and sets nothing else', () => {
    expect(FUSES.version).toBe(FuseVersion.V1);
    expect(Object.keys(FUSES).filter((k) => k !== 'version').length).toBe(7);
  });

  it('afterPack flips them in the packaged binary through electron-builder’s packager', async () => {
    const binary = fakeElectronBinary();
    const calls: unknown[] = [];
    // FAKE electron-builder packager: its addElectronFuses finds the real binary per OS; here the fake one.
    const context: PackContext = {
      electronPlatformName: 'linux',
      arch: 1,
      packager: {
        addElectronFuses: async (ctx, fuses) => {
          calls.push({ platform: ctx.electronPlatformName, reset: fuses.resetAdHocDarwinSignature });
          return flipFuses(binary, fuses);
        },
      },
    };
    await afterPack(context);
    expect(calls).toEqual([{ platform: 'linux', reset: false }]);
    const wire = await getCurrentFuseWire(binary);
    expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
  });

  it('resets the ad-hoc signature only for macOS on arm64', async () => {
    const seen: boolean[] = [];
    const packager = { addElectronFuses: async (_c: PackContext, f: { resetAdHocDarwinSignature: boolean }) => void seen.push(f.resetAdHocDarwinSignature) };
    await afterPack({ electronPlatformName: 'darwin', arch: 3, packager });
    await afterPack({ electronPlatformName: 'darwin', arch: 1, packager });
    await afterPack({ electronPlatformName: 'win32', arch: 3, packager });
    expect(seen).toEqual([true, false, false]);
  });
});
