import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

/**
 * Lint for every project. The module-boundary rule keeps the architecture's arrows one way:
 * apps -> libs; matching -> domain; graph-store -> domain; domain -> nothing.
 */
export default [
  { ignores: ['**/dist', '**/node_modules', '**/.nx', 'tools/neo4j/target', '**/vite.config.*.timestamp*'] },
  ...tseslint.configs.recommended,
  { files: ['**/*.js', '**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  {
    plugins: { '@nx': nx },
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:domain', 'type:data-access', 'type:matching', 'type:data', 'type:io'] },
            { sourceTag: 'type:io', onlyDependOnLibsWithTags: ['type:domain', 'type:data-access'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:domain'] },
            { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:domain'] },
            { sourceTag: 'type:matching', onlyDependOnLibsWithTags: ['type:domain'] },
            { sourceTag: 'type:data', onlyDependOnLibsWithTags: ['type:domain', 'type:data-access'] },
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:shared', 'scope:web'] },
          ],
        },
      ],
    },
  },
  {
    // The domain and the matching engine stay pure: no database driver, no framework.
    files: ['libs/domain/**/*.ts', 'libs/matching/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['neo4j-driver', '@nestjs/*', 'better-sqlite3', 'node:fs', 'fs'], message: 'libs/domain and libs/matching are pure: no I/O, no framework.' }] },
      ],
    },
  },
];
