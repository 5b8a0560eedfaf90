// @ts-check
// Lint (npm run lint, run by .ci/run): ESLint's and typescript-eslint's recommended rules on src/.
import eslint from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'node_modules/', 'src/types/contracts.ts', 'src/standard/schema-validators.ts'] },
  {
    files: ['src/**/*.ts'],
    extends: [eslint.configs.recommended, tseslint.configs.recommended],
    rules: {
      // A leading underscore marks a parameter or binding kept on purpose (an interface's argument, a key
      // dropped from an object by destructuring its rest).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
);
