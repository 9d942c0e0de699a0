export * from './credits/reserve';
