export * from './conversion';
export * from './pricing';
