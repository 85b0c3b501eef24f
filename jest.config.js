// Tests run as ESM through `node --experimental-vm-modules` (MikroORM 7 is ESM-only); @swc/jest strips
// types and keeps decorator metadata. Types are checked separately by `npm run typecheck`.
const swcConfig = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'es6' },
  sourceMaps: 'inline',
};

export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests', '<rootDir>/clients/web/tests', '<rootDir>/clients/kiosk/tests'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['@swc/jest', swcConfig] },
  globalSetup: '<rootDir>/tests/support/global-setup.mjs',
  globalTeardown: '<rootDir>/tests/support/global-teardown.mjs',
  testTimeout: 30000,
  maxWorkers: 2,
  // Each test file's modules stay reachable in its worker after the file ends (about 40 MB a file
  // with ESM under --experimental-vm-modules), so a worker that ran a hundred files spends its time
  // collecting garbage: a worker whose heap has grown past this is replaced before its next file.
  workerIdleMemoryLimit: '800MB',
};
