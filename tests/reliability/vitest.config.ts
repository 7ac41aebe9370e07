// The reliability tests run on their own (npm test has a step for them), not in the unit run:
// they take a minute and start a hundred processes.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..'),
    include: ['tests/reliability/**/*.reliability.ts'],
    // About a minute on an idle 2-core machine; a busy one (other test runs) can take several.
    testTimeout: 900_000,
    hookTimeout: 900_000,
  },
});
