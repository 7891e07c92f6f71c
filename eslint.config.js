// Flat ESLint config. Correctness rules only: no stylistic rules, no type-aware linting (it stays fast).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The classic hook rules only. The React Compiler rules in the plugin's `recommended` set run
// the compiler on every component: they took ~40 s of a ~75 s lint of renderer/ here, for warnings.
const hookRules = { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' };

export default tseslint.config(
  { ignores: ['out/', 'dist/', 'node_modules/', 'test-output/', '.native/', 'coverage/', '.vite/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts,cts}'],
    rules: {
      // TypeScript itself reports undefined names better than no-undef does.
      'no-undef': 'off',
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/no-explicit-any': 'warn',
      // Comma expressions (`a(), b()`) are a style choice here, not a bug.
      '@typescript-eslint/no-unused-expressions': 'warn',
      // New in ESLint 10's recommended set; worth seeing, not worth failing a build over.
      'preserve-caught-error': 'warn',
      'no-useless-assignment': 'warn',
    },
  },
  {
    files: ['electron/**', 'build/**', 'test/**', 'shared/**', '*.config.{js,ts,mjs}', '.ci/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['renderer/**', 'test/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  // Where code lives: shared/ computes for both sides, so it may not reach into the main process
  // or the window; the window talks to main only through the contract.
  {
    files: ['shared/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/electron/**', '**/renderer/**', 'electron', 'react', 'react-dom', 'node:*'], message: 'shared/ runs anywhere: no electron/, renderer/, Electron, React or Node imports.' }] }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/electron/**', 'electron'], message: 'The window reaches the main process only through window.api and the contract.' }] }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'test/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: hookRules,
  },
);
