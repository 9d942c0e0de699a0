import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('applies defaults', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.ADMIN_TOKENS).toBeUndefined();
  });

  it('names the malformed variable', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT: must be a number \(got "eighty"\)/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL: must be a postgres/);
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
  });

  it('says which bound a number misses, and that a fraction is not whole', () => {
    expect(() => loadConfig({ WELCOME_CREDITS: '-3' })).toThrow(/WELCOME_CREDITS: must be at least 0 \(got "-3"\)/);
    expect(() => loadConfig({ WELCOME_CREDITS: '99999' })).toThrow(/WELCOME_CREDITS: must be at most 10000 \(got "99999"\)/);
    expect(() => loadConfig({ WELCOME_CREDITS: '2.5' })).toThrow(/WELCOME_CREDITS: must be a whole number \(got "2.5"\)/);
    expect(() => loadConfig({ WELCOME_CREDITS: 'lots' })).toThrow(/WELCOME_CREDITS: must be a number \(got "lots"\)/);
    expect(loadConfig({ WELCOME_CREDITS: '0' }).WELCOME_CREDITS).toBe(0);
  });

  it('takes a log format: auto (default), json or pretty', () => {
    expect(loadConfig({}).LOG_FORMAT).toBe('auto');
    expect(loadConfig({ LOG_FORMAT: 'json' }).LOG_FORMAT).toBe('json');
    expect(() => loadConfig({ LOG_FORMAT: 'fancy' })).toThrow(/LOG_FORMAT/);
  });

  it('parses admin tokens and refuses weak or malformed ones without echoing them', () => {
    const token = 'a'.repeat(32);
    expect(loadConfig({ ADMIN_TOKENS: `alice:admin:${token}, bob:support:${token}` }).ADMIN_TOKENS).toEqual([
      { id: 'alice', role: 'admin', token },
      { id: 'bob', role: 'support', token },
    ]);
    const error = (() => {
      try {
        loadConfig({ ADMIN_TOKENS: 'alice:root:short' });
      } catch (e) {
        return e as ConfigError;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect(error!.message).toContain('ADMIN_TOKENS');
    expect(error!.message).not.toContain('short');
  });

  it('refuses webhook mode without a secret token', () => {
    expect(() => loadConfig({ TELEGRAM_WEBHOOK_URL: 'https://bot.example.com/telegram' })).toThrow(/TELEGRAM_WEBHOOK_SECRET: required when TELEGRAM_WEBHOOK_URL is set/);
    const config = loadConfig({ TELEGRAM_WEBHOOK_URL: 'https://bot.example.com/telegram', TELEGRAM_WEBHOOK_SECRET: 'webhook-secret-0123456789' });
    expect(config.TELEGRAM_WEBHOOK_SECRET).toBe('webhook-secret-0123456789');
  });

  it('refuses Stripe in production without a public URL for the pages Checkout returns to', () => {
    const stripe = { NODE_ENV: 'production', STRIPE_SECRET_KEY: 'sk_live_0123456789abcdef', STRIPE_WEBHOOK_SECRET: 'whsec_0123456789' } as const;
    expect(() => loadConfig(stripe)).toThrow(/PUBLIC_URL: required in production when STRIPE_SECRET_KEY is set/);
    expect(loadConfig({ ...stripe, PUBLIC_URL: 'https://pay.example.com' }).PUBLIC_URL).toBe('https://pay.example.com');
    expect(loadConfig({ ...stripe, NODE_ENV: 'development' }).PUBLIC_URL).toBeUndefined();
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: ' ' }).PORT).toBe(3000);
  });
});
