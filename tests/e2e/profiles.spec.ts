// Several learners on one PC (issue 5): two profiles, one with a PIN. Progress made in one does
// not show in the other; opening the PIN profile needs the PIN, a wrong one is refused with a
// message; a restart asks who is studying; deleting keeps the record aside. The picker, the PIN
// form and the management screen pass axe, and the whole of it works from the keyboard.
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { tabTo } from './keyboardActions';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const MODULE = '#/module/wco-ecommerce/basics';

async function expectNoViolations(page: Page, screen: string) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, `axe violations on ${screen}`).toEqual([]);
  expect(results.passes.length, `axe found nothing to check on ${screen}`).toBeGreaterThan(10);
}

const base = (page: Page) => page.url().replace(/#.*$/, '');
const studyingAs = (page: Page, name: string) => expect(page.locator('.profile-switcher')).toContainText(`You are studying as ${name}.`);

/** Whether the module screen shows the "channels" lesson as finished, for the learner now open. */
async function channelsFinished(page: Page): Promise<boolean> {
  await page.goto(base(page) + MODULE);
  const item = page.locator('.lesson-item').nth(1);
  await expect(item).toBeVisible();
  return (await item.textContent())?.includes('Finished') ?? false;
}

async function addLearner(page: Page, name: string, pin?: string) {
  const form = page.locator('section', { has: page.getByRole('heading', { name: 'Add a learner' }) });
  await form.getByLabel('Name', { exact: true }).fill(name);
  if (pin) {
    await form.getByLabel('PIN, 4 to 12 digits').fill(pin);
    await form.getByLabel('Repeat the PIN').fill(pin);
  }
  await form.getByRole('button', { name: 'Add the learner' }).click();
  await expect(page.getByRole('status').filter({ hasText: `“${name}” was added.` })).toBeVisible();
}

test('two learners, one with a PIN: progress stays apart, and the PIN is needed to switch', async ({ app: page, restart }) => {
  // A long journey (four axe runs and a restart): three times the usual time on a busy machine.
  test.slow();
  // A fresh installation goes straight to the home screen, in a first profile.
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to the Customs E-Commerce Academy' })).toBeVisible();
  await studyingAs(page, 'Learner 1');

  await page.getByRole('link', { name: 'Manage profiles' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Learner profiles' })).toBeVisible();
  await page.getByRole('button', { name: 'Rename Learner 1' }).click();
  await page.getByLabel('New name for Learner 1').fill('Ana');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The profile is now called “Ana”.' })).toBeVisible();
  await addLearner(page, 'Bea', '2468');
  await expect(page.locator('.profile-row')).toHaveCount(2);
  // The PIN form says plainly what a PIN does and does not do.
  await expect(page.getByText('A PIN keeps classmates apart on a shared computer. It does not protect the files').first()).toBeVisible();
  await expectNoViolations(page, 'manage profiles');

  // Ana finishes a lesson.
  await page.goto(base(page) + '#/lesson/wco-ecommerce/channels');
  await page.getByRole('button', { name: 'Finish and take the knowledge check' }).click();
  await expect(page.locator('form.question')).toBeVisible();
  expect(await channelsFinished(page)).toBe(true);

  // Switching to Bea asks for her PIN; a wrong one is refused with a message.
  await page.getByRole('link', { name: 'Home' }).first().click();
  await page.getByRole('button', { name: 'Switch to Bea (PIN)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'PIN for Bea' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expectNoViolations(page, 'PIN form');
  await page.getByLabel('PIN', { exact: true }).fill('1357');
  await page.getByRole('button', { name: 'Open my profile' }).click();
  await expect(page.getByRole('alert')).toHaveText('Wrong PIN. 4 more tries before a 30-second pause.');
  await expect(page.getByLabel('PIN', { exact: true })).toBeFocused();
  await expect(page.getByLabel('PIN', { exact: true })).toHaveValue('');
  await page.getByLabel('PIN', { exact: true }).fill('2468');
  await page.getByRole('button', { name: 'Open my profile' }).click();
  await studyingAs(page, 'Bea');

  // Ana's progress is not Bea's.
  expect(await channelsFinished(page)).toBe(false);

  // Back to Ana, who has no PIN: one click, and her progress is there.
  await page.getByRole('link', { name: 'Home' }).first().click();
  await page.getByRole('button', { name: 'Switch to Ana' }).click();
  await studyingAs(page, 'Ana');
  expect(await channelsFinished(page)).toBe(true);

  // After a restart, with two learners, the app asks who is studying; Bea's PIN is asked again.
  await restart();
  await expect(page.getByRole('heading', { level: 1, name: 'Who is studying?' })).toBeVisible();
  await expectNoViolations(page, 'profile picker');
  await page.getByRole('button', { name: /^Bea/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'PIN for Bea' })).toBeVisible();
  await page.getByLabel('PIN', { exact: true }).fill('2468');
  await page.getByRole('button', { name: 'Open my profile' }).click();
  await studyingAs(page, 'Bea');
  expect(await channelsFinished(page)).toBe(false);
});

test('deleting a profile asks first, and keeps its record in the deleted folder', async ({ app: page, dataDir }) => {
  await page.goto(base(page) + '#/profiles');
  await addLearner(page, 'Cleo');
  await page.getByRole('button', { name: 'Delete Cleo' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Delete the profile “Cleo”?');
  await expect(dialog).toContainText('Its progress is not erased');
  await expectNoViolations(page, 'delete confirmation');
  // Cancel first: nothing happens.
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('.profile-row')).toHaveCount(2);

  await page.getByRole('button', { name: 'Delete Cleo' }).click();
  await dialog.getByRole('button', { name: 'Delete the profile' }).click();
  const status = page.getByRole('status').filter({ hasText: 'The profile “Cleo” was deleted. Its progress was kept in' });
  await expect(status).toBeVisible();
  await expect(page.locator('.profile-row')).toHaveCount(1);
  const kept = fs.readdirSync(path.join(dataDir, 'deleted'));
  expect(kept).toHaveLength(1);
  expect(await status.textContent()).toContain(path.join(dataDir, 'deleted', kept[0]!));
  expect(JSON.parse(fs.readFileSync(path.join(dataDir, 'deleted', kept[0]!, 'deleted-profile.json'), 'utf8'))).toMatchObject({ name: 'Cleo' });
});

test('profiles are managed and switched with the keyboard alone', async ({ app: page }) => {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await tabTo(page, 'Manage profiles');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Learner profiles' })).toBeVisible();
  await tabTo(page, 'Name');
  await page.keyboard.type('Dan');
  await tabTo(page, 'Add the learner');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: '“Dan” was added.' })).toBeVisible();

  // Set a PIN on one's own profile.
  await tabTo(page, 'New PIN, 4 to 12 digits');
  await page.keyboard.type('8642');
  await tabTo(page, 'Repeat the new PIN');
  await page.keyboard.type('8642');
  await tabTo(page, 'Set the PIN');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Your PIN was saved.' })).toBeVisible();

  await tabTo(page, 'Home');
  await page.keyboard.press('Enter');
  await tabTo(page, 'Switch to Dan');
  await page.keyboard.press('Enter');
  await studyingAs(page, 'Dan');

  // Coming back to the first profile now needs its PIN.
  await tabTo(page, 'Switch to Learner 1 (PIN)');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'PIN for Learner 1' })).toBeFocused();
  await tabTo(page, 'PIN');
  await page.keyboard.type('8642');
  await page.keyboard.press('Enter');
  await studyingAs(page, 'Learner 1');
});

test('the picker and the PIN form pass axe in French too', async ({ app: page, restart }) => {
  test.slow();
  await page.goto(base(page) + '#/settings');
  await page.getByRole('radio', { name: 'Français' }).check();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.goto(base(page) + '#/profiles');
  await expect(page.getByRole('heading', { level: 1, name: 'Profils des apprenants' })).toBeVisible();
  const form = page.locator('section', { has: page.getByRole('heading', { name: 'Ajouter un apprenant' }) });
  await form.getByLabel('Nom', { exact: true }).fill('Élodie');
  await form.getByLabel('Code PIN, de 4 à 12 chiffres').fill('1234');
  await form.getByLabel('Répétez le code PIN').fill('1234');
  await form.getByRole('button', { name: 'Ajouter l’apprenant' }).click();
  await expect(page.getByRole('status')).toContainText('Le profil « Élodie » a été ajouté.');
  await expectNoViolations(page, 'gérer les profils');

  await restart();
  await expect(page.getByRole('heading', { level: 1, name: 'Qui étudie ?' })).toBeVisible();
  await expectNoViolations(page, 'sélecteur de profil');
  await page.getByRole('button', { name: /^Élodie/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Élodie : saisissez votre code PIN' })).toBeVisible();
  await page.getByLabel('Code PIN', { exact: true }).fill('0000');
  await page.getByRole('button', { name: 'Ouvrir mon profil' }).click();
  await expect(page.getByRole('alert')).toHaveText('Code PIN incorrect. Encore 4 essais avant une pause de 30 secondes.');
  await expectNoViolations(page, 'code PIN');
});

test('a lone learner with a PIN is asked for it at start; Cancel shows the picker', async ({ app: page, restart }) => {
  await page.goto(base(page) + '#/profiles');
  await page.getByLabel('New PIN, 4 to 12 digits').fill('97531');
  await page.getByLabel('Repeat the new PIN').fill('97531');
  await page.getByRole('button', { name: 'Set the PIN' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your PIN was saved.' })).toBeVisible();

  await restart();
  await expect(page.getByRole('heading', { level: 1, name: 'PIN for Learner 1' })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Who is studying?' })).toBeVisible();
  await page.getByRole('button', { name: /^Learner 1/ }).click();
  await page.getByLabel('PIN', { exact: true }).fill('97531');
  await page.getByRole('button', { name: 'Open my profile' }).click();
  await studyingAs(page, 'Learner 1');
});
