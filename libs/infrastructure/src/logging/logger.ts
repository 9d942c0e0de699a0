import pino, { Logger } from 'pino';

/** The one logger: JSON lines on stdout, tagged with the process role. */
export function createLogger(level: string, name: string): Logger {
  return pino({ level, name, base: { app: name }, timestamp: pino.stdTimeFunctions.isoTime });
}

export const LOGGER = Symbol('LOGGER');
export type { Logger };
