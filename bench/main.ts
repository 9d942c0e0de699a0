import 'reflect-metadata';
import { botBench } from './bot.bench';
import { convertBench } from './convert.bench';
import { ledgerBench } from './ledger.bench';
import { paymentsBench } from './payments.bench';

const BENCHES: Record<string, () => Promise<void>> = { ledger: ledgerBench, bot: botBench, convert: convertBench, payments: paymentsBench };

async function main() {
  const name = process.argv[2];
  const bench = name ? BENCHES[name] : undefined;
  if (!bench) {
    process.stderr.write(`usage: npm run bench -- <${Object.keys(BENCHES).join('|')}>\n`);
    process.exit(2);
  }
  await bench();
  process.exit(0);
}

void main().catch((error) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
