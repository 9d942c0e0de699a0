/**
 * Test stand-ins: `@app/infrastructure/testing`. Tests, benchmarks, tools and the local-mode
 * launcher import them; production code (apps/*, libs/*) does not.
 */
export * from './local-bot-api';
export * from './local-stars';
export * from './local-stripe';
