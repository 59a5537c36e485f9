// ESM jest: NestJS 12 is pure ESM, so the tests run as native modules
// (node --experimental-vm-modules) and @swc/jest compiles TypeScript with decorator metadata.
import { readFileSync } from 'node:fs';

const swcrc = JSON.parse(readFileSync(new URL('./.swcrc', import.meta.url), 'utf8'));
const { exclude: _builtFilesOnly, ...swcForTests } = swcrc;

/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/test'],
  testMatch: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { ...swcForTests, swcrc: false, jsc: { ...swcForTests.jsc, baseUrl: import.meta.dirname } }],
  },
  moduleNameMapper: {
    '^@samverkan/event-store$': '<rootDir>/libs/event-store/src/index.ts',
    '^@samverkan/event-store/sqlite$': '<rootDir>/libs/event-store/src/adapters/sqlite/index.ts',
    '^@samverkan/event-store/postgres$': '<rootDir>/libs/event-store/src/adapters/postgres/index.ts',
    '^@samverkan/event-store/open$': '<rootDir>/libs/event-store/src/adapters/open-event-store.ts',
    '^@samverkan/event-store/kurrentdb$': '<rootDir>/libs/event-store/src/adapters/kurrentdb/index.ts',
    '^@samverkan/event-store/testing$': '<rootDir>/libs/event-store/src/testing/index.ts',
    '^@samverkan/cycle$': '<rootDir>/libs/cycle/src/index.ts',
    '^@samverkan/agreements$': '<rootDir>/libs/agreements/src/index.ts',
    '^@samverkan/meetings$': '<rootDir>/libs/meetings/src/index.ts',
    '^@samverkan/annexes$': '<rootDir>/libs/annexes/src/index.ts',
    '^@samverkan/notifications$': '<rootDir>/libs/notifications/src/index.ts',
    '^@samverkan/shared-kernel$': '<rootDir>/libs/shared-kernel/src/index.ts',
    '^@samverkan/shared-kernel/testing$': '<rootDir>/libs/shared-kernel/src/testing/index.ts',
    '^@samverkan/dates$': '<rootDir>/libs/shared-kernel/src/dates.ts',
    '^@samverkan/cycle-labels$': '<rootDir>/libs/cycle/src/labels.ts',
    '^@samverkan/follow-up$': '<rootDir>/libs/cycle/src/follow-up.ts',
    '^@samverkan/annex-kind$': '<rootDir>/libs/annexes/src/annex-kind.ts',
    '^@samverkan/audit-labels$': '<rootDir>/libs/read-models/src/audit-history/event-type-labels.ts',
    '^@samverkan/read-models$': '<rootDir>/libs/read-models/src/index.ts',
    '^@samverkan/read-models/sqlite$': '<rootDir>/libs/read-models/src/adapters/sqlite/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  setupFiles: ['<rootDir>/test/support/preload-cjs-nest-packages.ts'],
  testTimeout: 30000,
};
