// The messaging port: the little the library needs from a Kafka client. kafkajs sits behind it (kafkajs/), so that
// another client can replace it without touching the relay or the consumers (ADR 0006).

/** A message to produce. Header values are UTF-8 strings. */
export interface OutgoingMessage {
  readonly key: string | Buffer | null;
  readonly value: string | Buffer | null;
  readonly headers: Readonly<Record<string, string | Buffer>>;
}

/** A message as the broker delivered it. */
export interface ConsumedMessage {
  readonly topic: string;
  readonly partition: number;
  /** The message's offset, as a decimal string (offsets exceed 2^53). */
  readonly offset: string;
  readonly key: Buffer | null;
  readonly value: Buffer | null;
  /** Header values decoded as UTF-8; a repeated header keeps its last value. */
  readonly headers: Readonly<Record<string, string>>;
  readonly timestamp: string;
}

/** How a topic is created when it does not exist yet; -1 (the default) leaves a value to the broker's default. */
export interface TopicSettings {
  readonly numPartitions?: number;
  readonly replicationFactor?: number;
  /** Topic-level configuration, e.g. `{ 'min.insync.replicas': '2' }`. */
  readonly configEntries?: Readonly<Record<string, string>>;
}

export interface TopicSpec extends TopicSettings {
  readonly topic: string;
}

export interface MessageProducer {
  connect(): Promise<void>;
  /**
   * Produces the messages in order and resolves once the broker has acknowledged every one of them from all in-sync
   * replicas; rejects when it could not (then some may have been written: at least once).
   */
  send(topic: string, messages: readonly OutgoingMessage[]): Promise<void>;
  disconnect(): Promise<void>;
}

/** A run of messages of one partition, in offset order. */
export interface PartitionBatch {
  readonly topic: string;
  readonly partition: number;
  readonly messages: readonly ConsumedMessage[];
}

export interface BatchControl {
  /** The message is finished with (handled, skipped or dead-lettered): its offset may be committed. */
  markDone(message: ConsumedMessage): void;
  /** Commits the offset after the last message marked done; a no-op when nothing new was marked. */
  commit(): Promise<void>;
  /** Tells the group coordinator the consumer is alive during long work. */
  heartbeat(): Promise<void>;
  /** False once the consumer is stopping or the partition moved to another member: stop taking messages. */
  shouldContinue(): boolean;
}

export interface ConsumerRunOptions {
  readonly topics: readonly string[];
  /** Where a group without committed offsets starts: the earliest message (true) or new ones only. */
  readonly fromBeginning: boolean;
  /** Partitions handled at the same time; messages of one partition always go one after the other. */
  readonly concurrentPartitions: number;
  /**
   * Called with each batch. A throw is treated as a crash: nothing after the last commit counts as consumed, and the
   * client re-delivers from there (after reconnecting, if it restarts the consumer).
   */
  onBatch(batch: PartitionBatch, control: BatchControl): Promise<void>;
  /** The client gave up on the consumer after a failure; `restarting` says whether it starts it again. */
  onCrash?(error: Error, restarting: boolean): void;
}

export interface MessageConsumer {
  /** Joins the group and delivers batches until stop(). Offsets move only through `BatchControl.commit`. */
  run(options: ConsumerRunOptions): Promise<void>;
  /** Lets the batch in hand finish, leaves the group and disconnects. */
  stop(): Promise<void>;
}

/** A connection to the broker(s): makes producers and consumers, and creates topics. */
export interface MessagingTransport {
  producer(): MessageProducer;
  consumer(groupId: string): MessageConsumer;
  /** Creates the topics that do not exist yet and waits for their leaders; existing topics are left as they are. */
  ensureTopics(topics: readonly TopicSpec[]): Promise<void>;
}
