// Shared Jest settings for every project: TypeScript through ts-jest (type checking is the
// `typecheck` target's job, so tests only transpile) and the workspace path aliases.
const path = require('node:path');
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.base.json');

/** @param {string} projectDir the project's directory (pass __dirname) */
module.exports = function jestConfigFor(projectDir, overrides = {}) {
  const toRoot = path.relative(projectDir, __dirname) || '.';
  return {
    rootDir: projectDir,
    testEnvironment: 'node',
    transform: {
      '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
    },
    moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
    moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: `<rootDir>/${toRoot}/` }),
    reporters: ['default', path.join(__dirname, 'tools/test/summary-reporter.js')],
    ...overrides,
  };
};
