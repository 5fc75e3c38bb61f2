import { testKafka, uniqueTopic } from './kafka-test-client';

describe('testKafka', () => {
  const saved = process.env.KAFKA_BROKERS;
  afterEach(() => {
    if (saved === undefined) delete process.env.KAFKA_BROKERS;
    else process.env.KAFKA_BROKERS = saved;
  });

  it('refuses to build a client without KAFKA_BROKERS and says how to run integration tests', () => {
    delete process.env.KAFKA_BROKERS;

    expect(() => testKafka()).toThrow(
      'KAFKA_BROKERS is not set: run integration tests through their Nx target (test-int), which starts the infrastructure',
    );
  });

  it('treats a blank KAFKA_BROKERS as unset', () => {
    process.env.KAFKA_BROKERS = ' , ';

    expect(() => testKafka()).toThrow(/^KAFKA_BROKERS is not set/);
  });

  it('builds a client from a comma-separated broker list without connecting', () => {
    process.env.KAFKA_BROKERS = '127.0.0.1:1, 127.0.0.1:2';

    const kafka = testKafka('unit');

    expect(typeof kafka.producer).toBe('function');
    expect(typeof kafka.admin).toBe('function');
  });
});

describe('uniqueTopic', () => {
  it('keeps the prefix and adds a different suffix on every call', () => {
    const topics = Array.from({ length: 50 }, () => uniqueTopic('intake.events'));

    expect(new Set(topics).size).toBe(50);
    for (const topic of topics) expect(topic).toMatch(/^intake\.events\.[0-9a-z]+-[0-9a-f]{8}$/);
  });

  it('replaces characters Kafka does not allow in topic names', () => {
    expect(uniqueTopic('case plan/v1:notes')).toMatch(/^case-plan-v1-notes\.[0-9a-z]+-[0-9a-f]{8}$/);
  });
});
