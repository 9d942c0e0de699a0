/** The services a reservation pays for; a reservation's purpose names the service and its id. */
export type ServiceKind = 'reading' | 'conversion';

/** The purpose recorded with a service's reservation: `reading:<readingId>`, `conversion:<conversionId>`. */
export function servicePurpose(kind: ServiceKind, serviceId: string): string {
  return `${kind}:${serviceId}`;
}

/** The service a reservation's purpose names, or undefined for any other purpose. */
export function serviceOfPurpose(purpose: string | undefined): { kind: ServiceKind; serviceId: string } | undefined {
  const match = /^(reading|conversion):(.+)$/.exec(purpose ?? '');
  return match ? { kind: match[1] as ServiceKind, serviceId: match[2]! } : undefined;
}
