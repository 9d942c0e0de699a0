import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cardById } from '@app/domain';
import { headingName } from '@app/domain/tarot/compose/names';
import { sampleReadings } from '@app/domain/tarot/compose/samples';

/**
 * `npm run tarot:samples -- [out-file]`: writes the offline composer's thirty sample readings
 * (every spread, both languages, several topics and decisions, with reversals) to a Markdown file
 * a person can read (default ./tarot-samples.md).
 */
// Relative to where the command was typed (npm runs scripts from the project's root and says where in INIT_CWD).
const out = resolve(process.env.INIT_CWD ?? process.cwd(), process.argv[2] ?? 'tarot-samples.md');
const readings = sampleReadings();
const parts = ['# Tarot samples: the offline composer', '', `${readings.length} readings, written ${new Date().toISOString().slice(0, 10)}.`, ''];
for (const r of readings) {
  const cards = r.cards.map((c) => `${c.position}: ${headingName(cardById(c.cardId)!, c.reversed, r.language)}`).join('; ');
  parts.push(
    `## ${r.readingId} · ${r.spread.name.en} · ${r.language}`,
    '',
    `- Question: ${r.question}`,
    `- Cards: ${cards}`,
    `- Length: ${r.text.length} characters`,
    '',
    '```text',
    r.text,
    '```',
    '',
  );
}
writeFileSync(out, parts.join('\n'));
console.log(`${readings.length} readings written to ${out}`);
