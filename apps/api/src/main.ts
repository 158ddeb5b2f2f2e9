import { ConfigError, listenHost, parseConfig, seedsDemo } from './config/config.js';
import { createApp } from './create-app.js';
import { migrate } from './database/migrate.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './database/embedded-postgres.js';
import { DEMO_LOGIN, seedDemo } from './database/seeds/demo.seed.js';

async function main(): Promise<void> {
  const config = parseConfig(process.env);
  let embedded: EmbeddedDatabase | null = null;
  let databaseUrl = config.DATABASE_URL;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres(config.EMBEDDED_PG_DIR, (m) => console.error(m));
    databaseUrl = embedded.url;
  }
  await migrate(databaseUrl);
  const app = await createApp(config, databaseUrl);
  const seeded = seedsDemo(config) ? await seedDemo(app) : false;

  const shutdown = async () => {
    await app.close();
    await embedded?.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());

  const host = listenHost(config);
  await app.listen({ port: config.PORT, host });
  const url = `http://localhost:${config.PORT}`;
  console.log(`\n  Rundown is running at ${url}${host === '127.0.0.1' ? ' (this machine only; HOST=0.0.0.0 to share it)' : ''}`);
  console.log(`  API docs: ${url}/api/docs`);
  console.log(`  Database: ${embedded ? `embedded PostgreSQL (${config.EMBEDDED_PG_DIR})` : 'DATABASE_URL'}`);
  if (seeded) console.log(`  Demo login: ${DEMO_LOGIN.email} / ${DEMO_LOGIN.password}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
