// Part of `npm run build`: bundles the SCORM player into out/scorm-player for the desktop app.
import { buildPlayer } from '../scorm/playerBundle';
import { repoPath } from './repoRoot';

const { js, css } = await buildPlayer(repoPath(), repoPath('out', 'scorm-player'));
console.log(`out/scorm-player: player.js ${js.length} bytes, player.css ${css.length} bytes`);
