import pino, { DestinationStream, Logger } from 'pino';
import { redactValue } from './redact';

/** `auto`: readable lines on a terminal, JSON lines otherwise (files, pipes, log collectors). */
export type LogFormat = 'auto' | 'json' | 'pretty';

export interface LoggerOptions {
  format?: LogFormat;
  /** Where lines go; default stdout. */
  destination?: DestinationStream;
}

/**
 * The one logger: JSON lines on stdout, tagged with the process role. Every line passes through
 * {@link redactValue} on its way out, so no secret reaches a log whichever code logged it (request
 * headers, error stacks with Telegram API URLs, messages); on a terminal the line is printed readably.
 */
export function createLogger(level: string, name: string, options: LoggerOptions = {}): Logger {
  const destination = options.destination ?? pino.destination({ fd: 1, sync: true });
  const format = options.format ?? 'auto';
  const pretty = format === 'pretty' || (format === 'auto' && !options.destination && process.stdout.isTTY === true);
  return pino({ level, name, base: { app: name }, timestamp: pino.stdTimeFunctions.isoTime }, cleanStream(destination, pretty));
}

/** A destination that redacts each record and writes it as JSON or as a readable line. */
function cleanStream(destination: DestinationStream, pretty: boolean): DestinationStream {
  return {
    write(line: string) {
      let record: Record<string, unknown>;
      try {
        record = redactValue(JSON.parse(line)) as Record<string, unknown>;
      } catch {
        destination.write(line);
        return;
      }
      destination.write(pretty ? readableLine(record) : `${JSON.stringify(record)}\n`);
    },
  };
}

const LEVEL_NAMES: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };
/** Fields the line's head already shows, or that say nothing to a reader. */
const HEAD_FIELDS = new Set(['level', 'time', 'pid', 'hostname', 'name', 'app', 'msg', 'err']);

/** `12:00:01.234 INFO  api: request completed  req.method=GET res.statusCode=200`, then an error's stack. */
export function readableLine(record: Record<string, unknown>): string {
  const time = typeof record.time === 'string' ? record.time.slice(11, 23) : '';
  const level = (LEVEL_NAMES[record.level as number] ?? String(record.level)).padEnd(5);
  const fields = Object.entries(record)
    .filter(([key]) => !HEAD_FIELDS.has(key))
    .flatMap(([key, value]) => flatten(key, value))
    .join(' ');
  const err = record.err as { stack?: string; message?: string } | undefined;
  const stack = err ? `\n    ${(err.stack ?? err.message ?? JSON.stringify(err)).split('\n').join('\n    ')}` : '';
  return `${time} ${level} ${record.app ?? record.name ?? ''}: ${record.msg ?? ''}${fields ? `  ${fields}` : ''}${stack}\n`;
}

function flatten(key: string, value: unknown, depth = 0): string[] {
  // A terminal reader wants the request line; its headers, query and params are in the JSON form.
  if (/^(req|res)\.(headers|query|params|remotePort)$/.test(key)) return [];
  if (value && typeof value === 'object' && !Array.isArray(value) && depth < 2) {
    return Object.entries(value).flatMap(([k, v]) => flatten(`${key}.${k}`, v, depth + 1));
  }
  return [`${key}=${typeof value === 'string' && !/\s/.test(value) ? value : JSON.stringify(value)}`];
}

export const LOGGER = Symbol('LOGGER');
export type { Logger };
