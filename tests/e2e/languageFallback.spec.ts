// A pack without the learner's language falls back to its first language, and says so.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { startPreview } from './previewProcess';

test('an English-only pack is shown in English with a visible notice when the app is in French', async ({ page }) => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'academy-e2e-'));
  const preview = await startPreview(dataDir, ['--content', path.resolve(import.meta.dirname, '../fixtures/packs/english-only')]);
  try {
    await page.goto(`${preview.url}#/settings`);
    await page.getByRole('radio', { name: 'Français' }).check();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');

    await page.goto(`${preview.url}#/lesson/english-only/intro`);
    await expect(page.locator('.lesson-body h2').first()).toBeVisible();
    const notice = page.getByRole('note').filter({ hasText: 'n’est pas encore disponible dans votre langue' });
    await expect(notice).toContainText('English');
    await expect(page.locator('.lesson-body')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'en');
    // The app around the lesson stays in French.
    await expect(page.getByRole('link', { name: 'Accueil' }).first()).toBeVisible();

    // The built-in pack, which has French, shows no such notice.
    await page.goto(`${preview.url}#/lesson/wco-ecommerce/channels`);
    await expect(page.locator('.lesson-body')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('note').filter({ hasText: 'pas encore disponible' })).toHaveCount(0);
  } finally {
    await preview.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
