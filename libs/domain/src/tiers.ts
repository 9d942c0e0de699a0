/** Product defaults (product.md); every figure is overridable through configuration. */
export type Tier = 'free' | 'basic' | 'pro';

export const WELCOME_CREDITS = 20;
