// The app's own version, which a pack's minAppVersion is compared with. Bundled into main and
// the CLIs from package.json; Electron's app.getVersion() reads the same field.
import pkg from '../../../package.json' with { type: 'json' };

export const APP_VERSION: string = pkg.version;
