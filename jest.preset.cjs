// Shared jest settings: ts-jest without type-checking (the typecheck target does that), workspace aliases mapped.
const path = require('node:path');
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.base.json');

/** @param {string} projectDir absolute folder of the project @param {string} displayName */
function projectConfig(projectDir, displayName) {
  return {
    displayName,
    rootDir: projectDir,
    testEnvironment: 'node',
    transform: {
      '^.+\\.ts$': ['ts-jest', { tsconfig: path.join(projectDir, 'tsconfig.json') }],
      // jose ships only ES modules, which jest cannot require() on Node 20: compile them to CommonJS for tests.
      '^.+/node_modules/jose/.+\\.js$': [
        'ts-jest',
        { tsconfig: { allowJs: true, module: 'commonjs', target: 'ES2022', isolatedModules: true } },
      ],
    },
    transformIgnorePatterns: ['/node_modules/(?!jose/)'],
    moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
    moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: `${__dirname}/` }),
    testMatch: ['**/*.spec.ts'],
    testTimeout: 60_000,
    maxWorkers: 2,
  };
}

module.exports = { projectConfig };
