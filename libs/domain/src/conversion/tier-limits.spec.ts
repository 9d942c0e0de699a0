import { describe, it } from 'vitest';
import { specFor } from '../shared/decider-spec';
import { DEFAULT_TIER_LIMITS } from '../tiers';
import { conversion, RequestConversion } from './conversion';

const spec = specFor(conversion);
const request = (overrides: Partial<RequestConversion> = {}): RequestConversion => ({
  type: 'RequestConversion',
  commandId: 'cmd',
  conversionId: 'c1',
  userId: 'u1',
  chatId: 42,
  url: 'https://video.example/watch?v=1',
  mediaId: 'youtube:1',
  title: 'A talk',
  durationSeconds: 60,
  format: 'mp3',
  enhance: false,
  tier: 'free',
  reservationId: 'c1',
  price: 1,
  limits: DEFAULT_TIER_LIMITS.free,
  ...overrides,
});

/** The tier's limits, as the decider enforces them on the limits of the tier in force it is given. */
describe('a conversion request and the tier limits', () => {
  it('names the limit a refusal is about', () => {
    spec().when(request({ durationSeconds: 601, price: 2 })).thenThrows('invalid_command', { limit: 'maxDurationSeconds' });
    spec().when(request({ estimatedBytes: DEFAULT_TIER_LIMITS.free.maxBytes + 1 })).thenThrows('invalid_command', { limit: 'maxBytes' });
    spec().when(request({ enhance: true, price: 2 })).thenThrows('invalid_command', { limit: 'enhancement' });
  });

  it('a size within the limit is accepted, and not recorded in the event', () => {
    const { type: _t, commandId: _c, limits: _l, ...data } = request();
    spec().when(request({ estimatedBytes: DEFAULT_TIER_LIMITS.free.maxBytes })).then([{ type: 'ConversionRequested', data }]);
  });

  it('a title is normalised like any other text (no control or zero-width characters)', () => {
    const { type: _t, commandId: _c, limits: _l, ...data } = request();
    spec().when(request({ title: 'A\u0000 talk\u200b' })).then([{ type: 'ConversionRequested', data: { ...data, title: 'A talk' } }]);
    spec().when(request({ title: '\u0000\u200b' })).then([{ type: 'ConversionRequested', data: { ...data, title: 'audio' } }]);
  });
});
