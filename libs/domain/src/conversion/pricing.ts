/** Conversion price (product.md): 1 credit per started 10 minutes of media, +1 with enhancement. */
export const CREDIT_MINUTES = 10;

export function conversionPrice(durationSeconds: number, enhance: boolean): number {
  const blocks = Math.max(1, Math.ceil(durationSeconds / (CREDIT_MINUTES * 60)));
  return blocks + (enhance ? 1 : 0);
}
