export * from './format';
export * from './conversion';
export * from './bot';
export * from './payments';
export * from './billing';
export * from './billing-views';
export * from './refunds';
