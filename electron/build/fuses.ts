// Electron fuses: switches compiled into the Electron binary, flipped once at packaging
// (afterPack.ts) and unchangeable afterwards. The one place they are set; tests/unit/build
// checks each value. Together they stop the installed app from being used as a general
// Node.js runtime or from loading code other than its own signed-off app.asar.
import { FuseV1Options, FuseVersion } from '@electron/fuses';

export const FUSES = {
  version: FuseVersion.V1,
  // ELECTRON_RUN_AS_NODE would turn the app's binary into node.exe for anyone.
  [FuseV1Options.RunAsNode]: false,
  // Cookies on disk encrypted with the OS keys (the app sets none, but Chromium may).
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS / NODE_EXTRA_CA_CERTS could inject code or trust into the main process.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  // --inspect and SIGUSR1 would open a debugger on the main process.
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // app.asar is checked against the hash embedded at packaging (macOS, Windows).
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // Only app.asar is loaded: no loose "app" folder beside it can replace the code.
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // The app is served from app://, never file://: file pages need no extra privileges.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
} as const;
