import { LocalBotApi, Reply } from '@app/infrastructure';

/**
 * The Bot API stand-in for `npm run bench -- bot`, in a process of its own (Telegram is not inside
 * the bot's process either). Both timestamps of a measurement — update handed out, reply
 * received — are taken here, on one clock.
 */
export type StandInRequest = { requestId: number; kind: 'command' | 'message' | 'callback'; id: number; text: string; token: string };
export type StandInEvent =
  | { type: 'ready'; url: string }
  | { type: 'added'; requestId: number; updateId: number }
  | { type: 'delivered'; updateId: number; at: number }
  | ({ type: 'reply' } & Reply);

const send = (event: StandInEvent) => process.send!(event);

async function main() {
  const api = await LocalBotApi.start({ holdPollMs: 200 });
  api.events.on('reply', (reply: Reply) => send({ type: 'reply', ...reply }));
  api.events.on('delivered', (updateId: number, at: number) => send({ type: 'delivered', updateId, at }));
  process.on('message', (request: StandInRequest) => {
    const from = { id: request.id, is_bot: false, first_name: `U${request.id}`, username: `u${request.id}` };
    const chat = { id: request.id, type: 'private', first_name: `U${request.id}` };
    const meta = { botToken: request.token, date: Math.floor(Date.now() / 1000) };
    if (request.kind === 'command') {
      void api.server.addUserCommand({ ...meta, from, chat, text: request.text, entities: [{ offset: 0, length: request.text.length, type: 'bot_command' }] } as never);
    } else if (request.kind === 'message') {
      void api.server.addUserMessage({ ...meta, from, chat, text: request.text } as never);
    } else {
      void api.server.addUserCallback({ ...meta, from, message: { message_id: 1, chat, from }, data: request.text } as never);
    }
    const updateId = (api.server.storage.userMessages.at(-1) as unknown as { updateId: number }).updateId;
    send({ type: 'added', requestId: request.requestId, updateId });
  });
  process.on('disconnect', () => void api.stop().then(() => process.exit(0)));
  send({ type: 'ready', url: api.url });
}

void main();
