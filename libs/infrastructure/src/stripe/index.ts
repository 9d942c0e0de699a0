export * from './stripe-client';
export * from './stripe-webhooks';
export * from './stripe-gateway';
