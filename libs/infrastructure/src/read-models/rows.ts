/** A timestamp column (a `Date` from pg, or text) as an ISO string. */
export const iso = (value: Date | string): string => (value instanceof Date ? value.toISOString() : value);
