// A copy of the app's services in a process of its own that sends the learner's statements:
// the SIGKILL test kills it in the middle of a send. Prints "sending" when it starts, and the
// status as JSON when the send ends (it should never get there in the test).
import { openServices, FAST_SENDER } from './journey';

const [dataDir, policyFile] = process.argv.slice(2);
const services = openServices(dataDir!, policyFile!, { ...FAST_SENDER, timeoutMs: 60_000 });
console.log('sending');
const status = await services.xapi.sendNow();
console.log(JSON.stringify(status));
await services.close();
