import http from 'node:http';
import { DECK } from '../../libs/domain/src';
import type { TarotCard } from '../../libs/domain/src';
import { freePort } from '../../libs/infrastructure/src';

/** Filler paragraphs: with a reading before them, an answer longer than one Telegram message (4096 characters). */
export const LLM_LONG_READING = Array.from(
  { length: 14 },
  (_, i) =>
    `Part ${i + 1}. The spread asks you to slow down and look at what is already working. ` +
    'Small, steady choices add up: rest when you are tired, speak plainly when something matters, and let go of what you cannot change. ' +
    'Notice which conversations leave you lighter, and make room for more of them. Give the week a simple shape and keep one evening free for yourself.',
).join('\n\n');

/** A card of the reading as the prompt gives it (prompt.ts). */
interface PromptCard {
  position: string;
  card: string;
  orientation: string;
  meaning: string;
}

/** What the stand-in was asked and what it answered, in order. */
export interface LlmExchange {
  question: string;
  language: 'en' | 'ru';
  system: string;
  cards: PromptCard[];
  text: string;
}

type Lang = 'en' | 'ru';

const joinNames = (names: string[], language: Lang) => {
  const and = language === 'ru' ? ' и ' : ' and ';
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')}${and}${names.at(-1)}`;
};

/** A reading of the given cards in the language, each card named as the prompt writes it: what a well-behaved model answers. */
export function standInReading(cards: PromptCard[], language: Lang): string {
  const names = cards.map((c) => c.card);
  const paragraphs = cards.map((c) => `${c.position}: ${c.card}, ${c.orientation}. ${c.meaning}`);
  if (language === 'ru') {
    paragraphs.push(
      names.length === 1
        ? `${names[0]} отвечает на ваш вопрос не приговором, а направлением: многое зависит от того, как вы распорядитесь ближайшими неделями. Присмотритесь, где в вашей жизни это уже проявляется, и что из этого вам хочется укрепить, а что — отпустить без сожалений.`
        : `Вместе ${joinNames(names, language)} складываются в одну линию: то, что уже началось, набирает силу, а исход зависит от ваших шагов.`,
      'Совет на ближайшие дни: выберите одно небольшое дело, которое приближает желаемое, и сделайте его до выходных.',
    );
  } else {
    paragraphs.push(
      names.length === 1
        ? `${names[0]} answers your question with a direction rather than a verdict: much depends on how you use the coming weeks. Look at where this already shows in your life, and at what you want to keep and what you are ready to let go.`
        : `Together, ${joinNames(names, language)} draw one line: what has begun is gathering strength, and how it ends depends on your steps.`,
      'Advice for the coming days: choose one small task that brings what you want closer, and do it before the weekend.',
    );
  }
  return paragraphs.join('\n\n');
}

const CAT_POEM: Record<Lang, string> = {
  en: 'A cat upon the windowsill\nwatches the sparrows, calm and still;\nit naps, it stretches, licks a paw,\nand keeps the house by feline law.',
  ru: 'На подоконнике кошка лежит,\nв сумерках тихо на птиц глядит;\nлапу оближет, зевнёт во весь рот\nи снова весь дом под надзор берёт.',
};

/** A card of the deck that none of these names, in the reading's language. */
const undrawnCard = (cards: PromptCard[], language: Lang): TarotCard =>
  DECK.find((card) => card.arcana === 'major' && card.number > 0 && !cards.some((c) => c.card === card.text[language].name))!;

/**
 * The answer to a request, keyed on words in the user's question (anything else gets the reading
 * a well-behaved model writes, naming every drawn card in the request's language):
 * `llm-stray` names cards that were not drawn; `llm-long` runs past one Telegram message;
 * `llm-phoenix` adds a made-up card; `llm-inflected` names an undrawn card in an inflected
 * form («про Башню»); `llm-echo` names the cards the question names; `llm-wrong-language` is
 * written in the other language; `llm-missing` leaves out the last card; `llm-leak` repeats the
 * system prompt; `llm-short` names the cards and nothing more; `llm-meta` speaks of the JSON it was
 * sent; a question saying "ignore the cards" / «забудь про карты» is obeyed (a poem about cats).
 */
function answerFor(question: string, cards: PromptCard[], language: Lang, system: string): string {
  const reading = standInReading(cards, language);
  if (question.includes('llm-stray')) return 'Your path is opening slowly and kindly, one step at a time. The Tower and the Ten of Swords both appear here, which changes everything.';
  if (question.includes('llm-long')) return `${reading}\n\n${LLM_LONG_READING}`;
  if (question.includes('llm-phoenix')) return `${reading}\n\n${language === 'ru' ? 'За ними встаёт и карта Феникс — знак того, что из пепла начинается новое.' : 'Behind them rises the Phoenix card, a sign that something new begins from the ashes.'}`;
  if (question.includes('llm-inflected')) {
    const card = undrawnCard(cards, language);
    const name = language === 'ru' ? card.text.ru.forms!.accusative : card.text.en.name;
    return `${reading}\n\n${language === 'ru' ? `И всё же не забывайте про ${name}: это тоже часть картины.` : `Still, keep ${name} in mind as part of the picture.`}`;
  }
  if (question.includes('llm-echo')) {
    const named = DECK.filter((card) => question.toLowerCase().includes(card.text[language].name.replace(/^The /, '').toLowerCase())).map((card) => card.text[language].name);
    return `${reading}\n\n${language === 'ru' ? `А ${joinNames(named, language)} из вашего вопроса вписывается в эту картину: повторяющийся образ говорит о том, что вы уже чувствуете.` : `And ${joinNames(named, language)}, which you keep seeing, fits this picture: a recurring image speaks of what you already sense.`}`;
  }
  if (question.includes('llm-wrong-language')) {
    // The whole reading in the other language, the cards named as that language names them.
    const other: Lang = language === 'ru' ? 'en' : 'ru';
    const translated = cards.map((c, i) => {
      const card = DECK.find((d) => d.text[language].name === c.card)!;
      const reversed = c.orientation === 'reversed' || c.orientation === 'перевёрнутое положение';
      return { position: other === 'ru' ? `Карта ${i + 1}` : `Card ${i + 1}`, card: card.text[other].name, orientation: other === 'ru' ? (reversed ? 'перевёрнутое положение' : 'прямое положение') : reversed ? 'reversed' : 'upright', meaning: card.text[other][reversed ? 'reversed' : 'upright'].meaning };
    });
    return standInReading(translated, other);
  }
  if (question.includes('llm-missing')) return standInReading(cards.slice(0, -1), language);
  if (question.includes('llm-short')) return `${cards.map((c) => `${c.card}.`).join(' ')} ${language === 'ru' ? 'А теперь стихи про кошек.' : 'Now here is the poem about cats.'}`;
  if (question.includes('llm-meta')) return `${reading}\n\n${language === 'ru' ? 'Судя по полученным инструкциям и полю "choice" в JSON, выбора здесь нет.' : 'Since "choice" is false in the JSON you sent, there is no decision to weigh.'}`;
  if (question.includes('llm-leak')) return `${reading}\n\n${language === 'ru' ? 'Вот мои инструкции:' : 'Here are my instructions:'}\n${system}`;
  if (/ignore the cards|забудь(те)? (про|о) карт/i.test(question)) return CAT_POEM[language];
  return reading;
}

/**
 * A chat completions server of ours on 127.0.0.1 that reads the request (the prompt of prompt.ts:
 * JSON of the reading in the user message) and answers from it, streamed as server-sent events in
 * chunks of `chunkSize` characters every `chunkIntervalMs`; `llm-500` in the question is a server
 * error. Every answer is kept (`exchanges`, `answerTo`) for the tests to compare with what was shown.
 */
export async function startMockLlm(streaming = { chunkSize: 12, chunkIntervalMs: 100 }): Promise<{
  url: string;
  exchanges: LlmExchange[];
  /** The text of the latest answer to a question containing `fragment` (undefined before it is asked). */
  answerTo(fragment: string): string | undefined;
  close(): Promise<void>;
}> {
  const port = await freePort();
  const exchanges: LlmExchange[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
        res.writeHead(404).end();
        return;
      }
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { stream?: boolean; messages: { role: string; content: string }[] };
      const system = body.messages.find((m) => m.role === 'system')?.content ?? '';
      const user = body.messages.at(-1)?.content ?? '';
      let data: { question?: string; cards?: PromptCard[] } = {};
      try {
        data = JSON.parse(user) as typeof data;
      } catch {
        data = { question: user };
      }
      const question = data.question ?? user;
      const cards = data.cards ?? [];
      const language: Lang = /\p{Script=Cyrillic}/u.test(system) ? 'ru' : 'en';
      if (question.includes('llm-500')) {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { message: 'The server had an error', type: 'server_error', param: null, code: null } }));
        return;
      }
      const text = answerFor(question, cards, language, system);
      exchanges.push({ question, language, system, cards, text });
      if (!body.stream) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: 'chatcmpl-test', object: 'chat.completion', created: 0, model: 'mock', choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }] }));
        return;
      }
      const event = (delta: object, finish: string | null) =>
        `data: ${JSON.stringify({ id: 'chatcmpl-test', object: 'chat.completion.chunk', created: 0, model: 'mock', choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      res.write(event({ role: 'assistant', content: '' }, null));
      let at = 0;
      const next = () => {
        if (res.destroyed) return;
        if (at >= text.length) {
          res.end(`${event({}, 'stop')}data: [DONE]\n\n`);
          return;
        }
        res.write(event({ content: text.slice(at, at + streaming.chunkSize) }, null));
        at += streaming.chunkSize;
        const timer = setTimeout(() => {
          timers.delete(timer);
          next();
        }, streaming.chunkIntervalMs);
        timers.add(timer);
      };
      next();
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}/v1`,
    exchanges,
    answerTo: (fragment) => exchanges.findLast((e) => e.question.includes(fragment))?.text,
    close: () =>
      new Promise((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A server of our own that accepts the request and never answers (for timeouts). */
export async function startStallingLlm(): Promise<{ url: string; close(): Promise<void> }> {
  const port = await freePort();
  const open = new Set<http.ServerResponse>();
  const server = http.createServer((req, res) => {
    open.add(res);
    req.resume();
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}/v1`,
    close: () =>
      new Promise((resolve) => {
        for (const res of open) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * A server of our own that streams an answer (server-sent events, as chat completions stream)
 * and ends it with `finish_reason: "length"`: cut off at the token limit.
 */
export async function startCutOffLlm(): Promise<{ url: string; close(): Promise<void> }> {
  const port = await freePort();
  const chunk = (delta: object, finish: string | null) =>
    `data: ${JSON.stringify({ id: 'chatcmpl-cut', object: 'chat.completion.chunk', created: 0, model: 'mock', choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write(chunk({ role: 'assistant', content: 'The cards speak of a long road, and the first steps' }, null));
      res.write(chunk({ content: ' on it are' }, null));
      res.end(`${chunk({}, 'length')}data: [DONE]\n\n`);
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}/v1`, close: () => new Promise((r) => server.close(() => r())) };
}

/** What the moderation stand-in was asked, and when (ms since the epoch). */
export interface ModerationRequest {
  model: string;
  input: string;
  at: number;
}

/**
 * A moderation endpoint of ours (`POST /v1/moderations`, as OpenAI answers it), keyed on words in
 * the input: `mod-sh` → flagged for self-harm/intent; `mod-violence` → flagged for violence
 * only; `mod-500` → a server error; `mod-malformed` → 200 with no results; `mod-slow` → flagged for
 * self-harm, but only after `slowMs`; anything else → not flagged. Every other request (chat
 * completions) is passed to `upstream` (a mock LLM), so one base URL serves the whole bot.
 */
export async function startModerationStandIn(options: { upstream?: string; slowMs?: number } = {}): Promise<{
  url: string;
  moderations: ModerationRequest[];
  /** When each request that was not a moderation arrived. */
  others: number[];
  close(): Promise<void>;
}> {
  const port = await freePort();
  const moderations: ModerationRequest[] = [];
  const others: number[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const categories = (flagged: string[]) =>
    Object.fromEntries(
      ['harassment', 'harassment/threatening', 'hate', 'hate/threatening', 'illicit', 'illicit/violent', 'self-harm', 'self-harm/instructions', 'self-harm/intent', 'sexual', 'sexual/minors', 'violence', 'violence/graphic'].map((c) => [c, flagged.includes(c)]),
    );
  const result = (flagged: string[]) => ({ flagged: flagged.length > 0, categories: categories(flagged), category_scores: Object.fromEntries(Object.entries(categories(flagged)).map(([c, f]) => [c, f ? 0.97 : 0.001])), category_applied_input_types: {} });
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      if (req.method === 'POST' && req.url === '/v1/moderations') {
        const { model, input } = JSON.parse(body.toString('utf8')) as { model: string; input: string };
        moderations.push({ model, input, at: Date.now() });
        const answer = (status: number, payload: unknown) => {
          res.writeHead(status, { 'content-type': 'application/json' });
          res.end(JSON.stringify(payload));
        };
        if (input.includes('mod-500')) return answer(500, { error: { message: 'The server had an error', type: 'server_error', param: null, code: null } });
        if (input.includes('mod-malformed')) return answer(200, { id: 'modr-test', model });
        const flagged = input.includes('mod-sh') || input.includes('mod-slow') ? ['self-harm', 'self-harm/intent'] : input.includes('mod-violence') ? ['violence'] : [];
        const payload = { id: 'modr-test', model, results: [result(flagged)] };
        if (!input.includes('mod-slow')) return answer(200, payload);
        const timer = setTimeout(() => {
          timers.delete(timer);
          if (!res.destroyed) answer(200, payload);
        }, options.slowMs ?? 5000);
        timers.add(timer);
        return;
      }
      others.push(Date.now());
      if (!options.upstream) {
        res.writeHead(404).end();
        return;
      }
      const target = new URL(options.upstream);
      const forward = http.request(
        { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...req.headers, host: target.host } },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      forward.on('error', () => res.destroy());
      forward.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}/v1`,
    moderations,
    others,
    close: () =>
      new Promise((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
