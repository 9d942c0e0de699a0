import { describe, it } from 'vitest';
import { specFor } from '../shared/decider-spec';
import { userAccount } from './user-account';

const spec = specFor(userAccount);
const register = { type: 'RegisterUser', commandId: 'c1', userId: 'u1', telegramId: 42, profile: { displayName: 'Ada', languageCode: 'en' } } as const;

describe('UserAccount decider', () => {
  it('registers a user', () =>
    spec().when(register).then([{ type: 'UserRegistered', data: { userId: 'u1', telegramId: 42, profile: { displayName: 'Ada', languageCode: 'en' } } }]));
  it('records the referrer', () =>
    spec()
      .when({ ...register, referredBy: 'u0' })
      .then([{ type: 'UserRegistered', data: { userId: 'u1', telegramId: 42, profile: { displayName: 'Ada', languageCode: 'en' }, referredBy: 'u0' } }]));
  it('registering again changes nothing', () =>
    spec([{ type: 'UserRegistered', data: { userId: 'u1', profile: { displayName: 'Ada' } } }]).when(register).thenNothing());
  it('needs a display name', () => spec().when({ ...register, profile: { displayName: ' ' } }).thenThrows('invalid_command'));
  it('rejects a malformed telegram id', () => spec().when({ ...register, telegramId: -5 }).thenThrows('invalid_command'));
});
