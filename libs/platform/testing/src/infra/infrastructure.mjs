import { resolvePostgres } from './postgres.mjs';

/**
 * Resolves PostgreSQL and Kafka once for a whole test run and exports their addresses through the environment
 * (DATABASE_URL, KAFKA_BROKERS), which every jest worker and every Nx task started afterwards inherits.
 * @param {{ postgres?: boolean, kafka?: boolean, log?: (line: string) => void }} options
 */
export async function startInfrastructure({ postgres = true, kafka = true, log = console.log } = {}) {
  const stops = [];
  const sources = {};
  try {
    if (postgres) {
      const pg = await resolvePostgres({ log });
      stops.push(pg.stop);
      process.env.DATABASE_URL = pg.url;
      sources.postgres = pg.source;
    }
    if (kafka) {
      const { resolveKafka } = await import('./kafka.mjs');
      const broker = await resolveKafka({ log });
      stops.push(broker.stop);
      process.env.KAFKA_BROKERS = broker.brokers;
      sources.kafka = broker.source;
    }
  } catch (error) {
    await stopAll(stops);
    throw error;
  }
  return { sources, stop: () => stopAll(stops) };
}

async function stopAll(stops) {
  for (const stop of stops.reverse()) {
    await stop().catch((error) => console.error(`stopping test infrastructure failed: ${error}`));
  }
}
