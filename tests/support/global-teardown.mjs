import pg from 'pg';

/** Drops the template databases of this run. */
export default async function globalTeardown() {
  const run = process.env.RATHAUS_TEST_RUN;
  if (!run) return;
  const client = new pg.Client({
    connectionString:
      process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  });
  await client.connect();
  try {
    const { rows } = await client.query(
      "select datname from pg_database where datname like 'rathaus_template_' || $1 || '%'",
      [run],
    );
    for (const { datname } of rows)
      await client.query(`drop database if exists "${datname}" with (force)`);
  } finally {
    await client.end();
  }
}
