import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'custom-elements.json', 'wordpress/build/', '**/*.generated.*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    languageOptions: { globals: globals.browser },
    rules: {
      // Settings arrive as `unknown` from attributes and remote files; a few helpers take `any` on purpose.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Our elements are defined through core/define.ts, which guards against a second copy.
      'wc/define-tag-after-class-definition': 'off',
      'wc/tag-name-matches-class': 'off',
      // Each element merges an interface of its settings' property types into its class
      // (SettingProperties in core/fields.ts): types only, made from the one declaration.
      '@typescript-eslint/no-unsafe-declaration-merging': 'off',
    },
  },
  {
    // chai's `expect(x).to.be.true` is an assertion, not an unused expression.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['tests/hosts/*.js'],
    languageOptions: { globals: { ...globals.browser, hostReport: 'writable' } },
  },
  {
    files: ['scripts/**/*.mjs', 'bench/**/*.mjs', '*.mjs', 'wordpress/**/*.mjs', 'tests/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
