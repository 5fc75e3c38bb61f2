import { applyDecorators, type Type } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiProduces, getSchemaPath } from '@nestjs/swagger';
import { FhirBundleDto } from '../exports/fhir-bundle.dto';

/** The content types a read may answer in, by the name its `format` parameter gives them. */
const CONTENT_TYPES = { json: 'application/json', csv: 'text/csv', fhir: 'application/fhir+json' } as const;
export type ResponseFormat = keyof typeof CONTENT_TYPES;

/**
 * A read that answers in several formats, the default first: the document gives each content type its own schema,
 * the model for JSON, text for CSV and a FHIR R4 Bundle for FHIR, so generated clients type each answer.
 */
export function ApiFormatsResponse(
  model: Type<unknown>,
  formats: readonly [ResponseFormat, ...ResponseFormat[]],
  description: string,
): MethodDecorator & ClassDecorator {
  const schemas = {
    json: { $ref: getSchemaPath(model) },
    csv: { type: 'string' },
    fhir: { $ref: getSchemaPath(FhirBundleDto) },
  };
  return applyDecorators(
    ApiExtraModels(model, ...(formats.includes('fhir') ? [FhirBundleDto] : [])),
    ApiProduces(...formats.map((format) => CONTENT_TYPES[format])),
    ApiOkResponse({
      description,
      content: Object.fromEntries(formats.map((format) => [CONTENT_TYPES[format], { schema: schemas[format] }])),
    }),
  );
}
