import nx from '@nx/eslint-plugin';
import eslintConfigPrettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

// Service scopes: each may use its own scope and the platform, never another service.
const services = ['intake', 'care-plan', 'referral', 'provider-directory'];
// Scopes that read the services (audit; compliance when it comes), each in libs/<scope>: only through the services'
// published surfaces, `@casemgmt/<service>/published`, never a root entry with its module (ADR 0018).
const readers = ['audit'];

const dependencyConstraints = (allowTesting) => [
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:feature', 'type:platform', ...(allowTesting ? ['type:testing'] : [])] },
  { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:feature', 'type:platform', ...(allowTesting ? ['type:testing'] : [])] },
  { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:platform', ...(allowTesting ? ['type:testing'] : [])] },
  { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:platform', 'type:testing'] },
  { sourceTag: 'type:tooling', onlyDependOnLibsWithTags: ['type:feature', 'type:platform', 'type:testing'] },
  ...services.map((scope) => ({ sourceTag: `scope:${scope}`, onlyDependOnLibsWithTags: [`scope:${scope}`, 'scope:platform'] })),
  ...readers.map((reader) => ({ sourceTag: `scope:${reader}`, onlyDependOnLibsWithTags: [`scope:${reader}`, 'scope:platform', ...services.map((s) => `scope:${s}`)] })),
  { sourceTag: 'scope:platform', onlyDependOnLibsWithTags: ['scope:platform'] },
  // The kernel (errors, HTTP app, configuration) is what the other platform libraries build on: it uses none of them.
  { sourceTag: 'layer:kernel', notDependOnLibsWithTags: ['type:platform'] },
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

const relativeImports = { group: ['../../*/src/*', '../../../*/src/*', '**/libs/**'], message: 'Import another library through its @casemgmt alias.' };
const publishedOnly = 'Another context imports a service only through @casemgmt/<service>/published (ADR 0018).';

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
      'no-restricted-imports': ['error', { patterns: [relativeImports] }],
    },
  },
  {
    files: readers.map((reader) => `libs/${reader}/**/*.ts`),
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: services.map((service) => ({ name: `@casemgmt/${service}`, message: publishedOnly })),
          patterns: [
            relativeImports,
            { group: services.flatMap((service) => [`@casemgmt/${service}/*`, `!@casemgmt/${service}/published`]), message: publishedOnly },
          ],
        },
      ],
    },
  },
  {
    // Only spec files may use the testing library; they may also be loose with types.
    files: ['**/*.spec.ts', 'libs/platform/testing/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': boundaries(true),
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', __dirname: 'readonly', require: 'readonly', module: 'writable' } },
    rules: { 'no-console': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
  eslintConfigPrettier,
];
