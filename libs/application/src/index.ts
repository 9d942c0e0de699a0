export * from './credits/reserve';
export * from './credits/settlement';
export * from './credits/welcome-credits';
export * from './credits/reservation-sweeper';
export * from './conversion/processes';
export * from './tarot/reading-settlement';
export * from './process-managers';
