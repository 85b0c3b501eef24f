// Plain JavaScript: jest loads global setup outside the ESM test runtime, where the TypeScript
// sources (ESM-only MikroORM) cannot be imported. It only names this run; the workers build the
// template databases on first use (tests/support/templates.ts).
export default function globalSetup() {
  process.env.RATHAUS_TEST_RUN = `${process.pid}_${Date.now().toString(36)}`;
}
