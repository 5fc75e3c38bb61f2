import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { sharedHsdsSchemas } from './hsds-schemas';

function hsdsDecorator(schemaFile: string, many: boolean, options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: many ? 'isHsdsList' : 'isHsdsObject',
      target: target.constructor,
      propertyName: String(propertyName),
      ...(options ? { options } : {}),
      validator: {
        validate: (value: unknown) =>
          value === undefined ||
          value === null ||
          sharedHsdsSchemas().validateSubRecords(schemaFile, value, many).length === 0,
        defaultMessage: (args: ValidationArguments) =>
          sharedHsdsSchemas()
            .validateSubRecords(schemaFile, args.value, many)
            .map((violation) => `${args.property}${violation.path.slice(1)} ${violation.reason} (HSDS ${schemaFile})`)
            .join('; '),
      },
    });
  };
}

/** The value must be a list of HSDS sub-records valid against `schemaFile` (`phone.json`, `schedule.json` ...). */
export const IsHsdsList = (schemaFile: string, options?: ValidationOptions): PropertyDecorator =>
  hsdsDecorator(schemaFile, true, options);

/** The value must be one HSDS sub-record valid against `schemaFile`. */
export const IsHsdsObject = (schemaFile: string, options?: ValidationOptions): PropertyDecorator =>
  hsdsDecorator(schemaFile, false, options);
