export * from './card';
export * from './spreads';
export * from './draw';
export * from './reading';
export * from './daily-card';
export * from './crisis';
export * from './composer';
export * from './deck';
