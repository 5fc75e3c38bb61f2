import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { serviceContracts } from './contracts';
import { generateAsyncApiYaml } from './generate-asyncapi';

/** Where the generated document is committed. */
export const ASYNCAPI_DOCUMENT = resolve(__dirname, '..', '..', '..', 'docs', 'asyncapi.yaml');

if (require.main === module) {
  writeFileSync(ASYNCAPI_DOCUMENT, generateAsyncApiYaml(serviceContracts));
  process.stdout.write(`wrote ${ASYNCAPI_DOCUMENT}\n`);
}
