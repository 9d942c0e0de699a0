import { it } from 'vitest';
import { crisisSignals } from './crisis';
it('dbg', () => { for (const t of (process.env.T ?? '').split('|')) console.log(t, '=>', crisisSignals(t)); });
