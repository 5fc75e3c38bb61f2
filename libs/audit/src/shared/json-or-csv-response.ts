import { applyDecorators, type Type } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiProduces, getSchemaPath } from '@nestjs/swagger';

/**
 * A read that answers JSON by default and CSV with `format=csv`: the document gives each content type its own schema,
 * the model for JSON and text for CSV, so generated clients type the JSON answer.
 */
export function ApiJsonOrCsvResponse(model: Type<unknown>, csv: string): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiExtraModels(model),
    ApiProduces('application/json', 'text/csv'),
    ApiOkResponse({
      description: `JSON by default; with format=csv, ${csv}`,
      content: {
        'application/json': { schema: { $ref: getSchemaPath(model) } },
        'text/csv': { schema: { type: 'string' } },
      },
    }),
  );
}
