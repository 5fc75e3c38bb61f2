import nx from '@nx/eslint-plugin';
import eslintConfigPrettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

// Service scopes: each may use its own scope and the platform; audit may also read the other services' deciders.
const services = ['intake', 'care-plan', 'referral', 'provider-directory'];

const dependencyConstraints = (allowTesting) => [
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:feature', 'type:platform', ...(allowTesting ? ['type:testing'] : [])] },
  { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:feature', 'type:platform', ...(allowTesting ? ['type:testing'] : [])] },
  { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:platform', ...(allowTesting ? ['type:testing'] : [])] },
  { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:platform', 'type:testing'] },
  { sourceTag: 'type:tooling', onlyDependOnLibsWithTags: ['type:feature', 'type:platform', 'type:testing'] },
  ...services.map((scope) => ({ sourceTag: `scope:${scope}`, onlyDependOnLibsWithTags: [`scope:${scope}`, 'scope:platform'] })),
  { sourceTag: 'scope:audit', onlyDependOnLibsWithTags: ['scope:audit', 'scope:platform', ...services.map((s) => `scope:${s}`)] },
  { sourceTag: 'scope:platform', onlyDependOnLibsWithTags: ['scope:platform'] },
  // The kernel (errors, HTTP app, configuration) is what the other platform libraries build on: it uses none of them.
  { sourceTag: 'layer:kernel', notDependOnLibsWithTags: ['type:platform'] },
];

// Another library's files only through its @casemgmt alias; test helpers (`@casemgmt/<lib>/testing`) only in specs
// and the services' test apps.
const restrictedImports = (allowTesting) => [
  'error',
  {
    patterns: [
      { group: ['../../*/src/*', '../../../*/src/*', '**/libs/**'], message: 'Import another library through its @casemgmt alias.' },
      ...(allowTesting ? [] : [{ group: ['@casemgmt/*/testing'], message: 'Test helpers are for specs and test apps only.' }]),
    ],
  },
];

const boundaries = (allowTesting) => [
  'error',
  {
    enforceBuildableLibDependency: true,
    banTransitiveDependencies: false,
    allow: [],
    depConstraints: dependencyConstraints(allowTesting),
  },
];

export default [
  { ignores: ['**/node_modules/**', '**/dist/**', '**/.cache/**', '**/.nx/**', '**/coverage/**', '**/tmp/**'] },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    files: ['**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': boundaries(false),
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
      'no-restricted-imports': restrictedImports(false),
    },
  },
  {
    // Only spec files may use the testing library, and they and the services' test apps the host's test
    // application; they may also be loose with types.
    files: ['**/*.spec.ts', 'libs/platform/testing/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': boundaries(true),
      'no-restricted-imports': restrictedImports(true),
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // The services' test apps and the host's test application: test code that specs import.
    files: ['libs/*/src/testing/**/*.ts', 'libs/platform/host/src/testing/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': boundaries(true), 'no-restricted-imports': restrictedImports(true) },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', __dirname: 'readonly', require: 'readonly', module: 'writable' } },
    rules: { 'no-console': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
  eslintConfigPrettier,
];
