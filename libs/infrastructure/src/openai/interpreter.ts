import { cardsNamedIn, checkAnswer, composeReading, DrawnCard, Language, madeUpCard, repeatsOf, Spread, TarotCard, undrawnCardNamed } from '@app/domain';
import { buildPrompt } from './prompt';
import OpenAI, { APIConnectionTimeoutError, APIUserAbortError } from 'openai';

export interface InterpretationInput {
  readingId: string;
  spread: Spread;
  cards: DrawnCard[];
  question: string;
  language: Language;
}

export interface Interpretation {
  text: string;
  source: 'llm' | 'offline';
  model?: string;
}

export type InterpretationFailure = 'llm_failed' | 'llm_timeout' | 'llm_blocked';

export class InterpretationError extends Error {
  constructor(
    readonly reason: InterpretationFailure,
    message: string,
  ) {
    super(message);
    this.name = 'InterpretationError';
  }
}

export interface Interpreter {
  /** Writes the reading; `onText` receives the text so far as it grows (for streaming edits). */
  interpret(input: InterpretationInput, onText: (soFar: string) => void): Promise<Interpretation>;
  /**
   * Present when the text follows from the reading's data alone, with no outside service and no
   * way to fail: the reading is then written before anything is recorded, and recorded with the request.
   */
  composeNow?(input: InterpretationInput): Interpretation;
}

/** No LLM configured: the offline composer writes the reading from the deck data. */
export class OfflineInterpreter implements Interpreter {
  constructor(private readonly cardById: (id: string) => TarotCard | undefined) {}

  composeNow(input: InterpretationInput): Interpretation {
    return { text: composeReading(input, this.cardById), source: 'offline' };
  }

  async interpret(input: InterpretationInput, onText: (soFar: string) => void): Promise<Interpretation> {
    const interpretation = this.composeNow(input);
    onText(interpretation.text);
    return interpretation;
  }
}

/**
 * Chat completions with streaming through the `openai` SDK, against OpenAI or any compatible
 * server (OPENAI_BASE_URL), with the prompt of prompt.ts. A timeout, an API error, a filtered
 * answer, or an answer failing the domain's answer checks (answer-check.ts: wrong language, a drawn
 * card missing, a card not drawn or made up, the instructions repeated) fails the interpretation;
 * the caller releases the credits. A card not drawn stops the stream as soon as it appears.
 */
export class OpenAiInterpreter implements Interpreter {
  private readonly client: OpenAI;

  constructor(
    options: { apiKey: string; baseURL?: string; timeoutMs: number },
    private readonly model: string,
    private readonly deck: readonly TarotCard[],
  ) {
    this.client = new OpenAI({ apiKey: options.apiKey, baseURL: options.baseURL, timeout: options.timeoutMs, maxRetries: 0 });
    this.timeoutMs = options.timeoutMs;
  }

  private readonly timeoutMs: number;

  async interpret(input: InterpretationInput, onText: (soFar: string) => void): Promise<Interpretation> {
    const prompt = buildPrompt(input, this.deck);
    // A card the user's own question names may be named in the answer ("I keep seeing the Tower…").
    const allowed = cardsNamedIn(input.question, this.deck);
    const leaked = repeatsOf(prompt.system);
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), this.timeoutMs);
    let text = '';
    let finish: string | null | undefined;
    try {
      const stream = await this.client.chat.completions.create(
        {
          model: this.model,
          stream: true,
          temperature: 0.8,
          // Scaled to the length asked for, with headroom (Russian takes about twice the tokens a word).
          max_tokens: prompt.maxTokens,
          messages: [
            { role: 'system', content: prompt.system },
            { role: 'user', content: prompt.user },
          ],
        },
        { signal: abort.signal },
      );
      for await (const chunk of stream) {
        const choice = chunk.choices[0];
        const delta = choice?.delta?.content ?? '';
        if (delta) {
          // Checked as it grows, before the user sees it: the instructions repeated, a card that
          // was not drawn or a made-up card stop the stream at once (for the cards, with room for a
          // name that straddles chunks).
          const leak = leaked(text + delta);
          if (leak) {
            abort.abort();
            throw new InterpretationError('llm_blocked', `prompt_leak: ${leak}`);
          }
          const stray = undrawnCardNamed(text + delta, input.cards, this.deck, input.language, { from: Math.max(0, text.length - 64), complete: false, allowed });
          if (stray) {
            abort.abort();
            throw new InterpretationError('llm_blocked', `undrawn_card: ${stray}`);
          }
          const invented = madeUpCard(text + delta, this.deck, { question: input.question, complete: false });
          if (invented) {
            abort.abort();
            throw new InterpretationError('llm_blocked', `made_up_card: ${invented}`);
          }
          text += delta;
          onText(text);
        }
        if (choice?.finish_reason) finish = choice.finish_reason;
      }
    } catch (error) {
      if (error instanceof InterpretationError) throw error;
      if (abort.signal.aborted || error instanceof APIConnectionTimeoutError || error instanceof APIUserAbortError) {
        throw new InterpretationError('llm_timeout', 'the interpretation took too long');
      }
      throw new InterpretationError('llm_failed', error instanceof Error ? error.message : String(error));
    } finally {
      clearTimeout(timer);
    }
    if (finish === 'content_filter') throw new InterpretationError('llm_blocked', 'the answer was filtered');
    // Cut off at the token limit: a reading that stops mid-sentence is not delivered (nor charged).
    if (finish === 'length') throw new InterpretationError('llm_failed', 'the answer was cut off at the token limit');
    text = text.trim();
    if (!text) throw new InterpretationError('llm_failed', 'the answer was empty');
    // The whole answer, before it is delivered: no leak, no talk of the machinery, the language,
    // every drawn card named, no other card, none made up, and the length of a reading (the domain
    // blocks fewer than half of the words the prompt asked for).
    const fault = checkAnswer({ text, language: input.language, drawn: input.cards, question: input.question, deck: this.deck, secret: prompt.system, minWords: prompt.words.min });
    if (fault) throw new InterpretationError('llm_blocked', `${fault.check}: ${fault.detail}`);
    return { text, source: 'llm', model: this.model };
  }
}
