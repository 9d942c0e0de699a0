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

/**
 * Picks one of several items with a seeded generator, without repeating an item of the same list
 * until every item of it has been used: a frame used for one card is not used for the next.
 */
export function picker(random: () => number): Pick {
  const used = new Map<readonly unknown[], Set<number>>();
  return <T>(items: readonly T[]): T => {
    let taken = used.get(items);
    if (!taken || taken.size >= items.length) used.set(items, (taken = new Set()));
    const free = items.map((_, i) => i).filter((i) => !taken.has(i));
    const index = free[Math.floor(random() * free.length)]!;
    taken.add(index);
    return items[index]!;
  };
}
