import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'bin/**', 'eslint.config.js']},
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  prettier,
  {
    languageOptions: {parserOptions: {projectService: true, tsconfigRootDir: import.meta.dirname}},
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/only-throw-error': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/prefer-nullish-coalescing': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_'}],
      'no-console': 'error',
    },
  },
  {
    files: ['src/**/math/**', 'src/eval/metrics/**', 'src/index/**', 'src/data/matrix/**'],
    rules: {'@typescript-eslint/no-non-null-assertion': 'off'},
  },
  {files: ['**/*.js'], ...tseslint.configs.disableTypeChecked},
  {
    files: ['test/**', 'bench/**', 'scripts/**'],
    rules: {'no-console': 'off', '@typescript-eslint/no-non-null-assertion': 'off'},
  },
)
