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
const testHelpersOnly = { group: ['@casemgmt/*/testing'], message: 'Test helpers are for specs and test apps only.' };

// Another library only through its @casemgmt alias; test helpers (`@casemgmt/<lib>/testing`) only in specs and the
// services' test apps; a reader only a service's published surface.
const restrictedImports = ({ allowTesting = false, reader = false } = {}) => [
  'error',
  {
    ...(reader ? { paths: services.map((service) => ({ name: `@casemgmt/${service}`, message: publishedOnly })) } : {}),
    patterns: [
      relativeImports,
      ...(allowTesting ? [] : [testHelpersOnly]),
      ...(reader ? [{ group: services.flatMap((service) => [`@casemgmt/${service}/*`, `!@casemgmt/${service}/published`]), message: publishedOnly }] : []),
    ],
  },
];

// Test code: specs, the testing library, the services' test apps, the host's test application and the browser tests' harness.
const testFiles = ['**/*.spec.ts', 'apps/*/e2e/**/*.ts', 'apps/*/src/testing/**/*.ts', 'libs/platform/testing/**/*.ts', 'libs/*/src/testing/**/*.ts', 'libs/platform/host/src/testing/**/*.ts'];
const readerFiles = readers.map((reader) => `libs/${reader}/**/*.ts`);
const readerTestFiles = readers.flatMap((reader) => [`libs/${reader}/**/*.spec.ts`, `libs/${reader}/src/testing/**/*.ts`]);

export default [
  { ignores: ['**/node_modules/**', '**/dist/**', '**/.cache/**', '**/.nx/**', '**/coverage/**', '**/tmp/**'] },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@nx/enforce-module-boundaries': boundaries(false),
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
      'no-restricted-imports': restrictedImports(),
    },
  },
  {
    // Only test code may use the testing library and the host's test application.
    files: testFiles,
    rules: {
      '@nx/enforce-module-boundaries': boundaries(true),
      'no-restricted-imports': restrictedImports({ allowTesting: true }),
    },
  },
  {
    // Specs and the testing library may also be loose with types.
    files: ['**/*.spec.ts', 'libs/platform/testing/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  { files: readerFiles, ignores: readerTestFiles, rules: { 'no-restricted-imports': restrictedImports({ reader: true }) } },
  { files: readerTestFiles, rules: { 'no-restricted-imports': restrictedImports({ reader: true, allowTesting: true }) } },
  {
    files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', __dirname: 'readonly', require: 'readonly', module: 'writable' } },
    rules: { 'no-console': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
  eslintConfigPrettier,
];
