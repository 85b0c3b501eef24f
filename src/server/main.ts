import './node-version.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { startConfiguredEmbeddedDatabase } from './embedded-database.js';

// The server's entry point. It reads the configuration and starts the embedded database (when
// DATABASE_URL is unset) before it loads the rest of the server: PGlite starts in a thread of its
// own, so that its second of WebAssembly runs while this thread loads the server's modules and
// builds its schema (issue #20: a later `npm start` ready in under 3 s). The rest is serve.ts.

function readConfig(): Config {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}

const config = readConfig();
const embedded = startConfiguredEmbeddedDatabase(config, 'server');
// serve() awaits it; until then a failed start must not count as an unhandled rejection.
embedded.catch(() => undefined);
const { serve } = await import('./serve.js');
await serve(config, embedded);
