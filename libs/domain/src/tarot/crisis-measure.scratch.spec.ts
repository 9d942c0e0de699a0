import { readFileSync } from 'node:fs';
import path from 'node:path';
import { it } from 'vitest';
import { isCrisisText } from './crisis';

it('measure', () => {
  const file = process.env.CRISIS_SET ?? path.resolve(__dirname, '../../../../test/fixtures/crisis-holdout4.scratch.tsv');
  const rows = readFileSync(file, 'utf8').split('\n').filter((l) => l && !l.startsWith('#') && !l.startsWith('set\t')).map((l) => l.split('\t'));
  const sets = [...new Set(rows.map((r) => r[0]))];
  for (const s of [...sets, 'ALL']) {
    const rs = rows.filter((r) => s === 'ALL' || r[0] === s);
    const c = rs.filter((r) => r[1] === 'crisis'), o = rs.filter((r) => r[1] === 'ordinary'), a = rs.filter((r) => r[1] === 'ambiguous');
    const miss = c.filter((r) => !isCrisisText(r[3])), fp = o.filter((r) => isCrisisText(r[3]));
    const t0 = performance.now(); for (const r of rs) isCrisisText(r[3]); const dt = (performance.now() - t0) / rs.length;
    console.log(`${s}: recall ${((100 * (c.length - miss.length)) / c.length).toFixed(1)}% (${c.length - miss.length}/${c.length}), FP ${fp.length}/${o.length}, ambiguous flagged ${a.filter((r) => isCrisisText(r[3])).length}/${a.length}, ${dt.toFixed(3)} ms/phrase`);
    if (s !== 'ALL') { for (const r of miss) console.log(`  MISS ${r[2]} ${r[3]}`); for (const r of fp) console.log(`  FP   ${r[2]} ${r[3]}`); }
  }
});
