// Lint: TypeScript rules, React hooks, JSX accessibility, and no hard-coded UI text (every
// string a learner sees goes through i18next). Layering is checked by tests/unit/layers.test.ts.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import i18next from 'eslint-plugin-i18next';

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'test-results/**', 'playwright-report/**', 'tests/fixtures/**', 'release/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='sendSync']", message: 'No synchronous IPC.' },
      ],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y, i18next },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      // Text in JSX must come from t(); markup-only strings (class names, ids) are not text.
      'i18next/no-literal-string': ['error', { mode: 'jsx-text-only' }],
    },
  },
);
