export * from './shared/decider';
export * from './shared/errors';
export * from './shared/guards';
export * from './credits/credit-ledger';
export * from './users/user-account';
export * from './upcasting';
export * from './tiers';
export * from './tarot';
