import { randomBytes } from 'node:crypto';
import type { ReadModels } from '@app/infrastructure';

/** A new account's referral code: what its invitation link carries (8 URL-safe characters). */
export function newReferralCode(): string {
  return randomBytes(6).toString('base64url');
}

/** The user a referral code belongs to, if any. */
export function referrerOf(readModels: Pick<ReadModels, 'userIdByReferralCode'>, code: string): Promise<string | undefined> {
  return readModels.userIdByReferralCode(code);
}
