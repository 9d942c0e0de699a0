/** A small deterministic generator: the same seed (a reading id) always yields the same wording. */
export function seededRandom(seed: string): () => number {
  let h = 2166136261;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 16777619);
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks one of several items with a seeded generator. */
export type Pick = <T>(items: readonly T[]) => T;

export function picker(random: () => number): Pick {
  return <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
}
