// A learner's journey in the preview with a policy naming an LRS (Learning Locker's
// xapi-statements, started by the test on 127.0.0.1): the settings screen shows the
// statements waiting, "Send now" sends them from the services, and the LRS ends up holding the
// journey's statements. The page itself never talks to the LRS (only to its own origin).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from '@playwright/test';
import { startPreview, type Preview } from './previewProcess';
import { startLrs, LRS_PASSWORD, LRS_USER, type TestLrs } from '../lrs/lrsServer';
import { quizKey } from './packData';
import { answerQuiz } from './quizActions';

const LESSON = 'std-01-legal-framework-aed';
const CHECK = 'std-01-legal-framework-aed-check';
const BASE = 'https://customs.example/academy';

test('a journey ends with its statements in the LRS named by the policy', async ({ page }) => {
  test.setTimeout(300_000); // a preview start, a quiz and an LRS, on a busy machine
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'academy-e2e-xapi-'));
  let lrs: TestLrs | undefined;
  let preview: Preview | undefined;
  try {
    lrs = await startLrs();
    const policy = path.join(dir, 'academy-policy.yaml');
    fs.writeFileSync(policy, `lrs:\n  endpoint: ${lrs.endpoint}\n  username: ${LRS_USER}\n  password: ${LRS_PASSWORD}\n  activityIriBase: ${BASE}\n`);
    preview = await startPreview(path.join(dir, 'data'), ['--policy', policy]);
    const origin = preview.origin;
    const outside: string[] = [];
    page.on('request', (req) => {
      if (!req.url().startsWith('data:') && new URL(req.url()).origin !== origin) outside.push(req.url());
    });

    await page.goto(`${preview.url}#/lesson/wco-ecommerce/${LESSON}`);
    await expect(page.locator('.lesson-body h2').first()).toBeVisible();
    const keys = quizKey('aed-risk', CHECK, 'en');
    await page.goto(`${preview.url}#/quiz/wco-ecommerce/${CHECK}`);
    await answerQuiz(page, keys, keys.length, 'en');
    await expect(page.locator('.score-card')).toBeVisible();

    await page.goto(`${preview.url}#/settings`);
    const panel = page.locator('section.xapi');
    await expect(panel.getByRole('heading', { name: 'Results for your administration' })).toBeVisible();
    await expect(panel.getByTestId('xapi-last')).toHaveText('Nothing sent from this computer yet.');
    const queuedText = (await panel.getByTestId('xapi-queued').textContent()) ?? '';
    const queued = Number(/\d+/.exec(queuedText)?.[0]);
    // experienced + attempted + one answered per question + passed.
    expect(queued).toBeGreaterThanOrEqual(keys.length + 3);
    const axe = await new AxeBuilder({ page }).include('section.xapi').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);

    // Keyboard alone: focus the button and press Enter.
    await panel.getByRole('button', { name: 'Send now' }).focus();
    await page.keyboard.press('Enter');
    await expect(panel.getByTestId('xapi-queued')).toHaveText('0 results waiting to be sent');
    await expect(panel.getByTestId('xapi-state')).toHaveText('Connected to your administration’s learning record store.');
    await expect(panel.getByTestId('xapi-last')).toContainText('Last sent:');

    const stored = await lrs.statements();
    expect(stored).toHaveLength(queued);
    const verbs = (word: string, object: string) => stored.filter((s) => s.verb.id === `http://adlnet.gov/expapi/verbs/${word}` && s.object.id === object);
    expect(verbs('experienced', `${BASE}/packs/wco-ecommerce/lessons/${LESSON}`)).toHaveLength(1);
    expect(verbs('attempted', `${BASE}/packs/wco-ecommerce/quizzes/${CHECK}`)).toHaveLength(1);
    expect(verbs('passed', `${BASE}/packs/wco-ecommerce/quizzes/${CHECK}`)).toHaveLength(1);
    expect(stored.filter((s) => s.verb.id === 'http://adlnet.gov/expapi/verbs/answered')).toHaveLength(keys.length);
    expect(outside, 'requests from the page outside its origin').toEqual([]);
  } finally {
    await preview?.stop();
    await lrs?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
