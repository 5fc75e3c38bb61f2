import { type FastifyInstance } from 'fastify';
import { DomainError } from '../errors/domain-error';
import { jsonShapeProblem, MAX_JSON_DEPTH, MAX_JSON_ITEMS, type JsonShapeProblem } from './input-limits';

const REFUSALS: Readonly<Record<JsonShapeProblem, { readonly code: string; readonly message: string }>> = {
  'too-deep': {
    code: 'JSON_TOO_DEEP',
    message: `The JSON body nests arrays and objects deeper than ${MAX_JSON_DEPTH} levels`,
  },
  'too-many-items': {
    code: 'JSON_TOO_MANY_ITEMS',
    message: `An array or object in the JSON body holds more than ${MAX_JSON_ITEMS} items`,
  },
};

/**
 * Fastify's own JSON parser (prototype poisoning refused), behind a check of the raw text's shape: a body nested
 * beyond {@link MAX_JSON_DEPTH} levels or with a list beyond {@link MAX_JSON_ITEMS} items answers 400 before anything
 * recurses or loops over it. Like a body that is not JSON at all, it is refused while parsing, before authentication.
 */
export function installJsonBodyParser(fastify: FastifyInstance): void {
  const parse = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    const problem = jsonShapeProblem(text);
    if (problem) {
      const { code, message } = REFUSALS[problem];
      done(new DomainError(code, 'invalid', message), undefined);
      return;
    }
    parse(request, text, done);
  });
}
