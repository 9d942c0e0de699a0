export * from './credits/reserve';
export * from './tarot/reading-presenter';
export * from './tarot/reading-workflow';
export * from './tarot/daily-card';
