import { applyDecorators } from '@nestjs/common';
import { IsDefined, Matches } from 'class-validator';

const REQUIRED = { message: '$property is required' };

/**
 * A required body field, checked rule by rule in the order given: absent or null is reported as
 * `<field> is required` and nothing else; otherwise the first rule it breaks alone is reported.
 * Relies on the ValidationPipe's `stopAtFirstError` (class-validator checks IsDefined first, then
 * a property's rules in the order they were registered, which `applyDecorators` keeps).
 */
export const Required = (...rules: PropertyDecorator[]) => applyDecorators(IsDefined(REQUIRED), ...rules);

/** After IsString: an empty or all-blank text counts as missing. */
export const NotBlank = () => Matches(/\S/, REQUIRED);
