import type { OutgoingMessage } from '../messaging.port';
import { chunkByBytes } from './kafkajs.transport';

const message = (bytes: number): OutgoingMessage => ({ key: 'k', value: 'x'.repeat(bytes), headers: { ce_id: 'i' } });

describe('splitting a send into produce requests', () => {
  it('keeps the order and stays under the byte limit', () => {
    const messages = Array.from({ length: 10 }, () => message(100));

    const chunks = chunkByBytes(messages, 450);

    expect(chunks.map((chunk) => chunk.length)).toEqual([3, 3, 3, 1]);
    expect(chunks.flat()).toEqual(messages);
  });

  it('sends a message larger than the limit on its own rather than dropping it', () => {
    expect(chunkByBytes([message(10), message(1_000), message(10)], 200).map((chunk) => chunk.length)).toEqual([
      1, 1, 1,
    ]);
  });
});
