export * from './format';
export * from './conversion';
export * from './bot';
