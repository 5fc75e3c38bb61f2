import { Partitioners, type Admin, type Kafka, type Producer } from 'kafkajs';
import { consumeN, createTopics, testKafka, uniqueTopic } from './index';

// Proves that the broker the test infrastructure resolved (KAFKA_BROKERS) is a real Kafka: durable writes with
// acks=all, consumer groups, partition metadata.
describe('the Kafka broker resolved for integration tests', () => {
  let kafka: Kafka;
  let producer: Producer;
  let admin: Admin;

  beforeAll(async () => {
    kafka = testKafka('kafka-broker-int-spec');
    // An explicit partitioner keeps kafkajs from warning about its v2 default-partitioner switch.
    producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner, allowAutoTopicCreation: false });
    admin = kafka.admin();
    await Promise.all([producer.connect(), admin.connect()]);
  });

  afterAll(async () => {
    await Promise.all([producer?.disconnect(), admin?.disconnect()]);
  });

  it('acknowledges keyed messages with headers on all three partitions and a consumer group reads them back in partition order', async () => {
    const topic = uniqueTopic('broker-roundtrip');
    await createTopics(kafka, [topic], 3);
    const cases = ['case-a', 'case-b', 'case-c'];
    const messages = cases.flatMap((caseId, partition) =>
      [1, 2, 3, 4].map((sequence) => ({
        partition,
        key: caseId,
        value: JSON.stringify({ caseId, sequence }),
        headers: { 'event-type': sequence === 1 ? 'CaseOpened' : 'CaseNoteAdded', sequence: String(sequence) },
      })),
    );

    const acknowledged = await producer.send({ topic, acks: -1, messages });

    expect(
      acknowledged
        .map(({ partition, errorCode, baseOffset }) => ({ partition, errorCode, baseOffset }))
        .sort((a, b) => a.partition - b.partition),
    ).toEqual([
      { partition: 0, errorCode: 0, baseOffset: '0' },
      { partition: 1, errorCode: 0, baseOffset: '0' },
      { partition: 2, errorCode: 0, baseOffset: '0' },
    ]);

    const consumed = await consumeN(kafka, topic, 12, { timeoutMs: 30_000 });

    expect(consumed).toHaveLength(12);
    for (const [partition, caseId] of cases.entries()) {
      const ofPartition = consumed.filter((message) => message.partition === partition);
      expect(ofPartition.map(({ offset, key, value, headers }) => ({ offset, key, value, headers }))).toEqual([
        {
          offset: '0',
          key: caseId,
          value: JSON.stringify({ caseId, sequence: 1 }),
          headers: { 'event-type': 'CaseOpened', sequence: '1' },
        },
        {
          offset: '1',
          key: caseId,
          value: JSON.stringify({ caseId, sequence: 2 }),
          headers: { 'event-type': 'CaseNoteAdded', sequence: '2' },
        },
        {
          offset: '2',
          key: caseId,
          value: JSON.stringify({ caseId, sequence: 3 }),
          headers: { 'event-type': 'CaseNoteAdded', sequence: '3' },
        },
        {
          offset: '3',
          key: caseId,
          value: JSON.stringify({ caseId, sequence: 4 }),
          headers: { 'event-type': 'CaseNoteAdded', sequence: '4' },
        },
      ]);
    }
    expect(consumed.every((message) => message.topic === topic)).toBe(true);
  });

  it('sends a key to one partition and keeps its messages in the order they were produced', async () => {
    const topic = uniqueTopic('broker-key-order');
    await createTopics(kafka, [topic], 3);
    const keys = ['referral-1', 'referral-2', 'referral-3', 'referral-4', 'referral-5'];
    for (const round of [1, 2, 3]) {
      await producer.send({ topic, acks: -1, messages: keys.map((key) => ({ key, value: `${key}#${round}` })) });
    }

    const consumed = await consumeN(kafka, topic, 15);

    for (const key of keys) {
      const ofKey = consumed.filter((message) => message.key === key);
      expect(ofKey.map((message) => message.value)).toEqual([`${key}#1`, `${key}#2`, `${key}#3`]);
      expect(new Set(ofKey.map((message) => message.partition)).size).toBe(1);
      const offsets = ofKey.map((message) => Number(message.offset));
      expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    }
    const offsets = await admin.fetchTopicOffsets(topic);
    expect(offsets.reduce((sum, partition) => sum + Number(partition.high), 0)).toBe(15);
  });

  it('shows an admin client the created topic with three partitions, each led and replicated by a live broker', async () => {
    const topic = uniqueTopic('broker-metadata');
    await createTopics(kafka, [topic], 3);

    const [cluster, metadata, offsets, topics] = await Promise.all([
      admin.describeCluster(),
      admin.fetchTopicMetadata({ topics: [topic] }),
      admin.fetchTopicOffsets(topic),
      admin.listTopics(),
    ]);

    expect(topics).toContain(topic);
    expect(metadata.topics).toHaveLength(1);
    const described = metadata.topics[0]!;
    expect(described.name).toBe(topic);
    const brokerIds = cluster.brokers.map((broker) => broker.nodeId);
    const partitions = [...described.partitions].sort((a, b) => a.partitionId - b.partitionId);
    expect(partitions.map((partition) => partition.partitionId)).toEqual([0, 1, 2]);
    for (const partition of partitions) {
      expect(brokerIds).toContain(partition.leader);
      expect(partition.replicas).toEqual([partition.leader]);
      expect(partition.isr).toEqual([partition.leader]);
      expect(partition.partitionErrorCode).toBe(0);
    }
    expect(
      offsets.map(({ partition, low, high }) => ({ partition, low, high })).sort((a, b) => a.partition - b.partition),
    ).toEqual([
      { partition: 0, low: '0', high: '0' },
      { partition: 1, low: '0', high: '0' },
      { partition: 2, low: '0', high: '0' },
    ]);
  });

  it('rejects consumeN with a timeout naming the topic when fewer messages than asked for arrive', async () => {
    const topic = uniqueTopic('broker-short-read');
    await createTopics(kafka, [topic], 1);
    await producer.send({ topic, acks: -1, messages: [{ key: 'only', value: 'one message' }] });

    // Long enough for a group join on a busy 2-core machine (a second broker may be starting beside this suite).
    await expect(consumeN(kafka, topic, 2, { timeoutMs: 20_000 })).rejects.toThrow(
      `consumeN: received 1 of 2 messages from topic '${topic}' within 20000 ms`,
    );
  });
});
