import { randomUUID } from 'node:crypto';
import { currentSchemaVersion, DomainEvent, normalizeText } from '@app/domain';
import { parse as parseUuid, v5 as uuidv5 } from 'uuid';
import { Actor, EventMetadata, EventToAppend } from './event-store.port';

/** Namespace for ids derived from other ids (events from command ids, commands from events). */
const ARCANA_NAMESPACE = '4f0c3f3e-8d55-4f4a-9a4f-6b1c0f6f2a10';
/** Parsed once: ids are derived on every command and event. */
const NAMESPACE_BYTES = parseUuid(ARCANA_NAMESPACE);

/** A deterministic UUID for `name`: the same input always gives the same id. */
export function deterministicId(name: string): string {
  return uuidv5(name, NAMESPACE_BYTES);
}

/** Who asked for a command and why; becomes the metadata of every event it produces. */
export interface CommandContext {
  actor: Actor;
  correlationId?: string;
  /** The command id, or the id of the event that caused this command (process managers). */
  causationId?: string;
  reason?: string;
}

export const systemActor = (id: string): Actor => ({ kind: 'system', id });

/**
 * Wraps domain events for the log. Event ids derive from the command id and the event's index, so
 * a retried command proposes the same ids and the store turns the retry into a no-op.
 */
export function toEventsToAppend(
  commandId: string,
  events: readonly DomainEvent[],
  context: CommandContext,
  now: Date = new Date(),
): EventToAppend[] {
  const correlationId = context.correlationId ?? commandId;
  // An operator's reason is text a person typed: normalised like every other (no NUL in the log).
  const reason = context.reason ? normalizeText(context.reason) : '';
  return events.map((event, index) => {
    const metadata: EventMetadata = {
      correlationId,
      causationId: context.causationId ?? commandId,
      actor: context.actor,
      schemaVersion: currentSchemaVersion(event.type),
      occurredAt: now.toISOString(),
      ...(reason ? { reason } : {}),
    };
    return { id: deterministicId(`${commandId}/${index}`), type: event.type, data: event.data, metadata };
  });
}

export const newId = (): string => randomUUID();
