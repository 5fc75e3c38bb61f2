import { Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Counts events behind for one relay; called when the registry is scraped. */
export type RelayLagProbe = () => Promise<number>;

/**
 * The library's Prometheus metrics, in a registry of their own (not prom-client's global one), so that several
 * instances, and parallel tests, never clash. Share one instance between a service's relay and consumers, and serve
 * `registry.metrics()` from the app's `/metrics` route.
 */
export class MessagingMetrics {
  readonly registry: Registry;
  readonly relayed: Counter<'service'>;
  readonly relayFailures: Counter<'service' | 'error_class'>;
  readonly relayBatchSeconds: Histogram<'service'>;
  readonly relayLag: Gauge<'service'>;
  readonly handled: Counter<'consumer' | 'type'>;
  readonly skipped: Counter<'consumer' | 'type'>;
  readonly duplicates: Counter<'consumer' | 'type'>;
  readonly retried: Counter<'consumer' | 'type'>;
  readonly deadLettered: Counter<'consumer' | 'type' | 'error_class'>;
  private readonly lagProbes = new Map<string, RelayLagProbe>();

  constructor(registry: Registry = new Registry()) {
    this.registry = registry;
    const registers = [registry];
    this.relayed = new Counter({
      name: 'messaging_relay_events_total',
      help: 'Events the relay produced to Kafka and the broker acknowledged',
      labelNames: ['service'],
      registers,
    });
    this.relayFailures = new Counter({
      name: 'messaging_relay_failures_total',
      help: 'Relay batches that failed and will be delivered again',
      labelNames: ['service', 'error_class'],
      registers,
    });
    this.relayBatchSeconds = new Histogram({
      name: 'messaging_relay_batch_seconds',
      help: 'Time to produce one batch and have it acknowledged',
      labelNames: ['service'],
      buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    });
    const probes = this.lagProbes;
    this.relayLag = new Gauge({
      name: 'messaging_relay_lag_events',
      help: 'Events of the service stored but not yet relayed (store head minus relay checkpoint)',
      labelNames: ['service'],
      registers,
      async collect() {
        await Promise.all(
          [...probes].map(async ([service, probe]) => {
            // A failed probe leaves the last value: a scrape must not fail because the database blinked.
            const lag = await probe().catch(() => undefined);
            if (lag !== undefined) this.set({ service }, lag);
          }),
        );
      },
    });
    this.handled = new Counter({
      name: 'messaging_consumer_handled_total',
      help: 'Events a consumer handled (effect and inbox row committed)',
      labelNames: ['consumer', 'type'],
      registers,
    });
    this.skipped = new Counter({
      name: 'messaging_consumer_skipped_total',
      help: 'Events of types the consumer has no handler for',
      labelNames: ['consumer', 'type'],
      registers,
    });
    this.duplicates = new Counter({
      name: 'messaging_consumer_duplicates_total',
      help: 'Redelivered events the inbox recognised and did not apply again',
      labelNames: ['consumer', 'type'],
      registers,
    });
    this.retried = new Counter({
      name: 'messaging_consumer_retried_total',
      help: 'Handler attempts that failed with a transient error and were tried again',
      labelNames: ['consumer', 'type'],
      registers,
    });
    this.deadLettered = new Counter({
      name: 'messaging_consumer_dead_lettered_total',
      help: 'Messages a consumer gave up on and dead-lettered',
      labelNames: ['consumer', 'type', 'error_class'],
      registers,
    });
  }

  /** Registers how to measure a relay's lag at scrape time; returns the function that removes it. */
  addLagProbe(service: string, probe: RelayLagProbe): () => void {
    this.lagProbes.set(service, probe);
    return () => {
      if (this.lagProbes.get(service) === probe) this.lagProbes.delete(service);
    };
  }

  /** The current value of a counter or gauge for some labels (0 when never set); for tests and diagnostics. */
  async value(name: string, labels: Readonly<Record<string, string>> = {}): Promise<number> {
    const metric = this.registry.getSingleMetric(name);
    if (!metric) throw new Error(`No metric ${name}`);
    const { values } = await metric.get();
    return values
      .filter((sample) => Object.entries(labels).every(([key, value]) => sample.labels[key] === value))
      .filter((sample) => !('metricName' in sample) || sample.metricName === undefined || sample.metricName === name)
      .reduce((sum, sample) => sum + sample.value, 0);
  }
}
