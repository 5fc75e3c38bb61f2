// Prints the platform's OpenAPI document on stdout, built without a database (see platformDocument). The console's
// client types are generated from it.
import { platformDocument } from './platform-document';

platformDocument()
  .then((document) => process.stdout.write(`${JSON.stringify(document, null, 2)}\n`))
  .catch((error: unknown) => {
    process.stderr.write(`openapi: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
