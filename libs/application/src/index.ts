export * from './credits/reserve';
export * from './conversion/pending';
export * from './conversion/cached-audio';
export * from './conversion/confirm';
export * from './conversion/cancel';
export * from './conversion/preview';
