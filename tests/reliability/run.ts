// `npm run reliability`: the SIGKILL loop and the broken-file corpus, side by side. Prints
// exactly two lines on stdout; what went wrong, if anything, goes to stderr.
import { runCorpus } from './corpus/runCorpus';
import { runKillLoop } from './kill/killLoop';
import { killLoopOptions, lostLine, survivedLine } from './settings';

const options = killLoopOptions();
const [kill, corpus] = await Promise.all([runKillLoop(options), runCorpus()]);

console.log(lostLine(kill));
console.log(survivedLine(corpus));

const problems = [
  ...kill.problems.map((p) => `kill test (seed ${options.seed}): ${p}`),
  ...corpus.cases.filter((c) => !c.survived).map((c) => `broken file "${c.name}": ${c.problems.join('; ')}`),
];
if (kill.kills !== options.kills) problems.push(`kill test: only ${kill.kills} of ${options.kills} children were killed as planned`);
for (const p of problems) console.error(p);
process.exit(problems.length > 0 || kill.lost > 0 ? 1 : 0);
