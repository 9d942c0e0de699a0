import { deterministicId } from '@app/infrastructure';

/** The channels a person reaches us through (the web app will be one more). */
export type Channel = 'telegram';

/** Who someone is on a channel: the channel's own id for them, and what it tells us about them. */
export interface ChannelIdentity {
  channel: Channel;
  /** The channel's id for the person (a Telegram user id). */
  id: number;
  /** Their name as the channel gives it (first and last name on Telegram), if any. */
  name?: string;
  username?: string;
  /** Their language as the channel reports it (an IETF tag, e.g. `ru`, `en-GB`). */
  languageCode?: string;
}

/** Our user id for a channel identity: derived, so every process and instance agrees on it. */
export function accountIdOf(identity: Pick<ChannelIdentity, 'channel' | 'id'>): string {
  return deterministicId(`${identity.channel}:${identity.id}`);
}
