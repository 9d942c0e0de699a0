import { describe, expect, it } from 'vitest';
import { createLogger, readableLine } from './logger';
import { redactText, redactValue } from './redact';

const BOT_TOKEN = '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw';

function capture(format: 'json' | 'pretty' = 'json') {
  const lines: string[] = [];
  const logger = createLogger('info', 'spec', { format, destination: { write: (line: string) => void lines.push(line) } });
  return { logger, lines };
}

describe('log redaction', () => {
  it('removes the bot token of Telegram API URLs, bearer tokens and secret query parameters from text', () => {
    const text = redactText(
      `invalid json response body at http://127.0.0.1:9/bot${BOT_TOKEN}/sendMessage; GET /x?limit=5&token=s3cr3t&api_key=k3y&sig=s1g&monkey=banana; token ${BOT_TOKEN} set; Bearer abcdefghijklmnop; postgres://me:pw123@db/x`,
    );
    expect(text).not.toMatch(/AAHdqTc|s3cr3t|k3y|s1g|abcdefghijklmnop|pw123/);
    expect(text).toContain('/bot[redacted]/sendMessage');
    expect(text).toContain('limit=5&token=[redacted]&api_key=[redacted]&sig=[redacted]&monkey=banana');
  });

  it('replaces secret headers and fields by key, at any depth, and scrubs every other string', () => {
    const out = redactValue({
      req: { url: '/a?secret=x1', query: { secret: 'x1', sig: 'x2', key: 'x3', n: '1' }, headers: { authorization: 'Bearer t0k3n-t0k3n', cookie: 'sid=1', 'idempotency-key': 'k-1', host: 'h' } },
      res: { headers: { 'set-cookie': ['a=1', 'b=2'] } },
      payload: { secret_token: 'whsec', text: 'hello' },
      err: { stack: `Error: at /file/bot${BOT_TOKEN}/photo.jpg` },
      count: 3,
    });
    expect(JSON.stringify(out)).not.toMatch(/t0k3n|sid=1|k-1|x1|x2|x3|a=1|whsec|AAHdqTc/);
    expect(out).toMatchObject({ req: { query: { n: '1' }, headers: { host: 'h', authorization: '[redacted]' } }, payload: { text: 'hello' }, count: 3 });
  });

  it('applies to everything the logger writes: messages, bound fields and errors (their stacks too)', () => {
    const { logger, lines } = capture();
    const error = new Error(`request to http://127.0.0.1:1/bot${BOT_TOKEN}/getMe failed`);
    error.message = 'request failed'; // as telegraf does: the stack still holds the original message
    logger.child({ authorization: 'Bearer child-secret-123' }).error({ err: error }, `calling /bot${BOT_TOKEN}/getUpdates`);
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toMatch(/AAHdqTc|child-secret/);
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 50, app: 'spec', msg: 'calling /bot[redacted]/getUpdates' });
  });
});

describe('log format', () => {
  it('writes JSON lines unless asked for readable ones', () => {
    const { logger, lines } = capture('json');
    logger.info({ userId: 'u1' }, 'hello');
    expect(JSON.parse(lines[0]!)).toMatchObject({ msg: 'hello', userId: 'u1' });
  });

  it('pretty: time, level, process and message on one line, fields after, an error stack below', () => {
    const { logger, lines } = capture('pretty');
    logger.warn({ userId: 'u1', req: { method: 'GET', headers: { host: 'x' } } }, 'slow request');
    logger.error({ err: new Error('boom') }, 'failed');
    expect(lines[0]).toMatch(/^\d\d:\d\d:\d\d\.\d{3} WARN  spec: slow request  userId=u1 req\.method=GET\n$/);
    expect(lines[1]).toMatch(/ERROR spec: failed\n    Error: boom\n    +at /);
    expect(readableLine({ level: 30, msg: 'x', app: 'a', note: 'two words' })).toContain('note="two words"');
  });
});
