import { describe, expect, it } from 'vitest';
import { billingNoticeText, duplicatePlanText, REFUND_TEXTS } from './refunds';

describe('texts: a second plan refunded', () => {
  it('has every message in both languages', () => {
    expect(Object.keys(REFUND_TEXTS.ru).sort()).toEqual(Object.keys(REFUND_TEXTS.en).sort());
  });
  it('names the plan and the Stars, with Russian plural forms', () => {
    expect(duplicatePlanText('ru', { tier: 'pro', provider: 'stars', refunded: true, stars: 750 })).toMatch(/^Оплата на 750 звёзд пришла, .*Pro не включён/);
    expect(duplicatePlanText('ru', { tier: 'basic', provider: 'stars', refunded: true, stars: 2 })).toMatch(/^Оплата на 2 звезды пришла/);
    expect(duplicatePlanText('en', { tier: 'basic', provider: 'stars', refunded: true, stars: 1 })).toMatch(/^Your payment of 1 Star arrived/);
  });
  it('says a card refund takes days, and what happens when the refund failed', () => {
    expect(billingNoticeText('en', { kind: 'duplicate_plan', tier: 'pro', provider: 'stripe', refunded: true })).toMatch(/refunding it in full; your bank shows the refund within a few days/);
    expect(duplicatePlanText('ru', { tier: 'pro', provider: 'stripe', refunded: false })).toMatch(/Вернуть деньги автоматически не получилось/);
    expect(billingNoticeText('en', { kind: 'renewal_failed', tier: 'basic', graceDays: 3 })).toMatch(/could not renew your Basic plan/);
  });
});
