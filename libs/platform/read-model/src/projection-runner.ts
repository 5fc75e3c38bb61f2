import { type EventStore, type Subscription } from '@casemgmt/event-store';
import { type DataSource } from 'typeorm';
import { changesToSql } from './change-sql';
import { projectEvent, type Projection } from './projection';

export interface ProjectionRunnerLogger {
  log(message: string): void;
  error(message: string, trace?: string): void;
}

/**
 * Feeds projections from the store's catch-up subscriptions. Each batch's changes are written in the transaction
 * in which the store saves the subscription's checkpoint, so a crash neither applies an event twice nor skips one.
 * Nest calls `onApplicationBootstrap` and `beforeApplicationShutdown` when the runner is a provider.
 */
export class ProjectionRunner {
  private readonly subscriptions: Subscription[] = [];

  constructor(
    private readonly store: EventStore,
    private readonly dataSource: DataSource,
    private readonly projections: readonly Projection[],
    private readonly logger?: ProjectionRunnerLogger,
  ) {}

  static subscriptionId(projection: Projection): string {
    return `projection:${projection.name}:v${projection.version}`;
  }

  start(): void {
    for (const projection of this.projections) {
      this.subscriptions.push(
        this.store.subscribe({
          subscriptionId: ProjectionRunner.subscriptionId(projection),
          categories: projection.categories,
          handler: async (events, context) => {
            const transaction = context.transaction;
            if (!transaction) {
              throw new Error(
                `projection ${projection.name} needs a store that writes checkpoints in a SQL transaction`,
              );
            }
            const changes = events.flatMap((event) => projectEvent(projection, event));
            for (const { text, values } of changesToSql(changes, this.dataSource)) {
              await transaction.query(text, values);
            }
          },
        }),
      );
      this.logger?.log(`projection ${projection.name} v${projection.version} subscribed`);
    }
  }

  async stop(): Promise<void> {
    await Promise.all(this.subscriptions.splice(0).map((subscription) => subscription.stop()));
  }

  onApplicationBootstrap(): void {
    this.start();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.stop();
  }
}
