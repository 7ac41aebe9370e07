// `npm run policy -- check <file> [--lang en|fr]`: checks an administration's policy file (see
// electron/services/policy/policyCheck.ts and the administrators' guide).
import { runPolicyCli } from '../policy/policyCheck';

const result = runPolicyCli(process.argv.slice(2), process.env);
for (const line of result.lines) (result.code === 2 ? console.error : console.log)(line);
process.exit(result.code);
