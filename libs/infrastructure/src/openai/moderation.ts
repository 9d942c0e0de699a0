import OpenAI from 'openai';
import type { Logger } from '../logging/logger';

/** A second opinion on crisis language, from outside: the local check (crisis.ts) always runs first. */
export interface Moderation {
  /**
   * Whether the text is flagged for self-harm. False when the service fails, answers something
   * unreadable or takes longer than its timeout: the local check alone decides then.
   */
  flagsSelfHarm(text: string): Promise<boolean>;
}

export const MODERATION_MODEL = 'omni-moderation-latest';
/** How long a question waits for moderation before the local check alone decides. */
export const MODERATION_TIMEOUT_MS = 1500;
const SELF_HARM = ['self-harm', 'self-harm/intent', 'self-harm/instructions'] as const;

/**
 * OpenAI's moderation endpoint (`omni-moderation-latest`) through the `openai` SDK, against
 * OpenAI or a compatible server (OPENAI_BASE_URL). Only the self-harm categories count: a
 * question flagged for anything else is for the interpreter's own rules. The question is never logged.
 */
export class OpenAiModeration implements Moderation {
  private readonly client: OpenAI;
  private readonly timeoutMs: number;

  constructor(
    options: { apiKey: string; baseURL?: string; timeoutMs?: number },
    private readonly logger?: Logger,
  ) {
    this.timeoutMs = options.timeoutMs ?? MODERATION_TIMEOUT_MS;
    this.client = new OpenAI({ apiKey: options.apiKey, baseURL: options.baseURL, timeout: this.timeoutMs, maxRetries: 0 });
  }

  async flagsSelfHarm(text: string): Promise<boolean> {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), this.timeoutMs);
    const started = Date.now();
    try {
      const response = await this.client.moderations.create({ model: MODERATION_MODEL, input: text }, { signal: abort.signal });
      if (!Array.isArray(response?.results)) throw new Error('the moderation answer has no results');
      return response.results.some((result) => SELF_HARM.some((category) => result?.categories?.[category] === true));
    } catch (error) {
      const reason = abort.signal.aborted ? 'timeout' : error instanceof OpenAI.APIError ? `status ${error.status ?? 'none'}` : error instanceof Error ? error.name : 'error';
      this.logger?.warn({ reason, ms: Date.now() - started }, 'moderation unavailable: the local crisis check decides');
      return false;
    } finally {
      clearTimeout(timer);
    }
  }
}
