/**
 * The kill test's writer compacts its log at opening once superseded events outnumber this and
 * the attempts: with two position events per attempt that is most openings, so the kills aimed
 * at the opening land in compactions too.
 */
export const KILL_COMPACT_AFTER = 50;
