import { BadRequestException } from '@nestjs/common';

/** A query parameter that must be a whole number in [min, max], or absent. */
export function wholeNumber(raw: string | undefined, name: string, min: number, max: number): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    throw new BadRequestException({ error: 'invalid_query', message: `${name} must be a whole number from ${min} to ${max}` });
  }
  return value;
}
