// `npm run content:check`, run for real (tsx, from the repository root) as a trainer would.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BAD_PACKS, PACKS_DIR_REL, REPO_ROOT, VALID_PACK, locate } from './fixturePacks';

const TSX = path.join(REPO_ROOT, 'node_modules/.bin/tsx');
const CLI = 'electron/services/cli/contentCheck.ts';
const TIMEOUT = 60_000;
const PROBLEM_LINE = /^tests\/fixtures\/packs\/bad-[a-z-]+\/[^:]+:\d+: .+/m;

function contentCheck(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(TSX, [CLI, ...args], { cwd: REPO_ROOT, encoding: 'utf8', timeout: TIMEOUT });
  if (run.error) throw run.error;
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function badCase(name: string) {
  const c = BAD_PACKS.find((b) => b.name === name);
  if (!c) throw new Error(`no bad pack ${name}`);
  return c;
}

/** The lines the CLI must print for a bad pack: `dir/file:line: message`. */
function expectProblemLines(stdout: string, name: string): void {
  const c = badCase(name);
  const printed = stdout.split('\n').filter((l) => l.startsWith(`${PACKS_DIR_REL}/bad-${name}/`));
  const expected = locate(c);
  expect(printed).toHaveLength(expected.length);
  for (const e of expected) {
    const prefix = `${PACKS_DIR_REL}/bad-${name}/${e.file}:${e.line}: `;
    const line = printed.find((p) => p.startsWith(prefix));
    expect(line, `a line starting ${prefix}`).toBeDefined();
    expect(line?.slice(prefix.length)).toMatch(e.message);
  }
}

describe('content:check CLI', () => {
  it('exits 0 and says ok for the valid-minimal pack', () => {
    const run = contentCheck(`${PACKS_DIR_REL}/${VALID_PACK}`);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(new RegExp(`^${PACKS_DIR_REL}/${VALID_PACK}: ok$`, 'm'));
    expect(run.stdout).toMatch(/^content:check: 1 pack\(s\), 0 problem\(s\)/m);
    expect(run.stdout).not.toMatch(PROBLEM_LINE);
    expect(run.status).toBe(0);
  }, TIMEOUT);

  it('exits 1 and prints file:line: message for a bad quiz (answer key pointing at nothing)', () => {
    const run = contentCheck(`${PACKS_DIR_REL}/bad-answer-key-points-at-nothing`);
    expect(run.stdout).toMatch(PROBLEM_LINE);
    expectProblemLines(run.stdout, 'answer-key-points-at-nothing');
    expect(run.stdout).toMatch(/^content:check: 1 pack\(s\), 1 problem\(s\)/m);
    expect(run.stdout).not.toMatch(/: ok$/m);
    expect(run.status).toBe(1);
  }, TIMEOUT);

  it('exits 1 and prints every problem of every pack given (broken anchors and malformed front matter)', () => {
    const run = contentCheck(`${PACKS_DIR_REL}/bad-broken-anchor`, `${PACKS_DIR_REL}/bad-malformed-front-matter`);
    expect(run.stdout).toMatch(PROBLEM_LINE);
    expectProblemLines(run.stdout, 'broken-anchor');
    expectProblemLines(run.stdout, 'malformed-front-matter');
    expect(run.stdout).toMatch(/^content:check: 2 pack\(s\), 4 problem\(s\)/m);
    expect(run.status).toBe(1);
  }, TIMEOUT);

  it('checks the built-in pack when given no argument, and exits 0', () => {
    const run = contentCheck();
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^content\/wco-ecommerce: ok$/m);
    expect(run.stdout).toMatch(/^content:check: \d+ pack\(s\), 0 problem\(s\)/m);
    expect(run.status).toBe(0);
  }, TIMEOUT);

  it('exits 1 when a folder holds no pack', () => {
    const run = contentCheck('tests/fixtures');
    expect(run.stdout).toMatch(/^tests\/fixtures:1: no pack found/m);
    expect(run.status).toBe(1);
  }, TIMEOUT);
});
