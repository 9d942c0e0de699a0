import { upcast as domainUpcast } from '@app/domain';
import { EventMetadata, RecordedEvent } from './event-store.port';

export type Upcaster = (eventType: string, schemaVersion: number, data: unknown) => unknown;

/** The domain's upcaster chains: old event shapes are lifted on read, never rewritten. */
export const domainUpcaster: Upcaster = domainUpcast;

/** Builds the envelope handed to readers, lifting old schema versions through `upcast`. */
export function toRecordedEvent(
  raw: Omit<RecordedEvent, 'metadata'> & { metadata: Record<string, unknown> },
  upcast: Upcaster | undefined,
): RecordedEvent {
  const metadata = raw.metadata as unknown as EventMetadata;
  const storedVersion = typeof metadata.schemaVersion === 'number' ? metadata.schemaVersion : 1;
  if (!upcast) return { ...raw, metadata };
  const data = upcast(raw.type, storedVersion, raw.data);
  if (data === raw.data) return { ...raw, metadata };
  return { ...raw, data, metadata: { ...metadata, upcastFromVersion: storedVersion } };
}
