// A second copy of the app, for dataDirLock.test.ts: locks the folder it is given, prints
// "locked", then waits to be killed ("hold") or exits without releasing anything ("exit").
//   node --import tsx lockHolderChild.ts <data dir> hold|exit
import { lockDataDir } from '../../../electron/services/store/dataDirLock';

const [dir, mode] = process.argv.slice(2);
lockDataDir(dir!);
process.stdout.write('locked\n');
if (mode === 'exit') process.exit(0);
setInterval(() => undefined, 1 << 30);
