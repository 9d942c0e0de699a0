/**
 * Old event shapes are upcast on read, never rewritten in the log. Each entry names the current
 * schema version of an event type and how to lift each older version one step.
 */
export interface UpcasterChain {
  currentVersion: number;
  /** `steps[v]` turns version v data into version v + 1 data. */
  steps: Record<number, (data: Record<string, unknown>) => Record<string, unknown>>;
}

export const upcasters: Record<string, UpcasterChain> = {
  UserRegistered: {
    currentVersion: 2,
    steps: {
      // v1 kept Telegram profile fields at the top level.
      1: ({ userId, telegramId, firstName, lastName, username, languageCode, ...rest }) => ({
        ...rest,
        userId,
        ...(telegramId !== undefined ? { telegramId } : {}),
        profile: {
          displayName: [firstName, lastName].filter(Boolean).join(' ') || String(username ?? 'unknown'),
          ...(username ? { username } : {}),
          ...(languageCode ? { languageCode } : {}),
        },
      }),
    },
  },
};

export function currentSchemaVersion(eventType: string): number {
  return upcasters[eventType]?.currentVersion ?? 1;
}

/** Lifts `data` written at `version` to the current schema of `eventType`. */
export function upcast(eventType: string, version: number, data: unknown): unknown {
  const chain = upcasters[eventType];
  if (!chain || version >= chain.currentVersion) return data;
  let lifted = data as Record<string, unknown>;
  for (let v = version; v < chain.currentVersion; v++) {
    const step = chain.steps[v];
    if (!step) throw new Error(`no upcaster for ${eventType} v${v}`);
    lifted = step(lifted);
  }
  return lifted;
}
