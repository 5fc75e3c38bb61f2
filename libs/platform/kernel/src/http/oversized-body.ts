import { type FastifyInstance } from 'fastify';

/** Bodies up to this size are read and dropped after a 413, so the client can read the answer (ADR 0015). */
export const DRAINED_BODY_LIMIT_BYTES = 8 * 1_048_576;

/**
 * Fastify answers a body over its limit with 413 and `Connection: close` before reading it. A client still sending
 * the body then meets a closed socket: the kernel resets the connection, and the reset can discard the 413 before the
 * client has read it (the client sees EPIPE or ECONNRESET and no answer). For a declared length up to
 * {@link DRAINED_BODY_LIMIT_BYTES}, the connection is kept instead: Node reads the rest of the body and drops it, and
 * the client reads the 413. Larger bodies are still cut off at once.
 *
 * A connection still draining when the server closes is not idle, so closing passes it by; once drained it would
 * hold the close until the keep-alive timeout (72 s). It is ended as soon as its body has been read instead.
 */
export function drainOversizedBodies(fastify: FastifyInstance): void {
  fastify.addHook('onSend', async (request, reply, payload) => {
    if (reply.statusCode === 413 && declaredLength(request.headers['content-length']) <= DRAINED_BODY_LIMIT_BYTES) {
      reply.removeHeader('connection');
      const socket = request.raw.socket;
      request.raw.once('end', () => {
        if (!fastify.server.listening) socket.end();
      });
    }
    return payload;
  });
}

function declaredLength(header: string | undefined): number {
  const length = header === undefined ? Number.NaN : Number(header);
  return Number.isSafeInteger(length) && length >= 0 ? length : Number.POSITIVE_INFINITY;
}
