import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { crisisSignals, isCrisisText } from './crisis';

/** The labelled evaluation set (test/fixtures/crisis-phrases.tsv). */
export interface LabelledPhrase {
  set: 'dev' | 'holdout' | 'holdout2' | 'holdout3' | 'holdout4' | 'holdout5' | 'probe4';
  label: 'crisis' | 'ordinary' | 'ambiguous';
  language: 'en' | 'ru';
  text: string;
}

export function loadPhrases(): LabelledPhrase[] {
  const file = path.resolve(__dirname, '../../../../test/fixtures/crisis-phrases.tsv');
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#') && !line.startsWith('set\t'))
    .map((line) => {
      const [set, label, language, text] = line.split('\t') as [LabelledPhrase['set'], LabelledPhrase['label'], LabelledPhrase['language'], string];
      return { set, label, language, text };
    });
}

const phrases = loadPhrases();
const rate = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
const percent = (x: number) => `${(100 * x).toFixed(1)}%`;

describe('crisis gate on the labelled evaluation set', () => {
  it('has at least 300 phrases in both languages and all three labels, none twice', () => {
    expect(phrases.length).toBeGreaterThanOrEqual(300);
    for (const label of ['crisis', 'ordinary', 'ambiguous'] as const) {
      for (const language of ['en', 'ru'] as const) expect(phrases.filter((p) => p.label === label && p.language === language).length).toBeGreaterThan(5);
    }
    expect(new Set(phrases.map((p) => p.text)).size).toBe(phrases.length);
  });

  it('catches at least 98% of crisis phrases with at most 3% false positives on ordinary questions', () => {
    const lines: string[] = [];
    const figures = (subset: LabelledPhrase[], name: string) => {
      const crisis = subset.filter((p) => p.label === 'crisis');
      const ordinary = subset.filter((p) => p.label === 'ordinary');
      const ambiguous = subset.filter((p) => p.label === 'ambiguous');
      const caught = crisis.filter((p) => isCrisisText(p.text)).length;
      const falsePositives = ordinary.filter((p) => isCrisisText(p.text)).length;
      const flaggedAmbiguous = ambiguous.filter((p) => isCrisisText(p.text)).length;
      lines.push(
        `${name.padEnd(14)} recall ${percent(rate(caught, crisis.length)).padStart(6)} (${caught}/${crisis.length})` +
          `   false positives ${percent(rate(falsePositives, ordinary.length)).padStart(5)} (${falsePositives}/${ordinary.length})` +
          `   ambiguous flagged ${flaggedAmbiguous}/${ambiguous.length}`,
      );
      return { recall: rate(caught, crisis.length), falsePositiveRate: rate(falsePositives, ordinary.length) };
    };
    const all = figures(phrases, 'all');
    for (const language of ['en', 'ru'] as const) figures(phrases.filter((p) => p.language === language), `  ${language}`);
    for (const set of new Set(phrases.map((p) => p.set))) figures(phrases.filter((p) => p.set === set), `  ${set}`);
    const misses = phrases.filter((p) => p.label === 'crisis' && !isCrisisText(p.text)).map((p) => `  missed: ${p.text}`);
    const wrong = phrases.filter((p) => p.label === 'ordinary' && isCrisisText(p.text)).map((p) => `  flagged: ${p.text}  [${crisisSignals(p.text).join(', ')}]`);
    console.log(['crisis gate evaluation', ...lines, ...misses, ...wrong].join('\n'));
    expect(all.recall).toBeGreaterThanOrEqual(0.98);
    expect(all.falsePositiveRate).toBeLessThanOrEqual(0.03);
  });

  it('holds every phrase the issue reported as missed', () => {
    const reported = [
      'I wanna die', 'I wish I was dead', 'I can’t go on', 'no point in living', 'I want to overdose', 'should I jump off a bridge', 'kms',
      'unalive myself', 'I don’t want to be here anymore', 'Жить не хочется', 'умереть хочу', 'не вижу смысла жить', 'хочу уйти из жизни',
      'повеситься', 'хочу сдохнуть', 'устала жить', 'наглотаться таблеток', 'выпрыгнуть из окна',
    ];
    expect(reported.filter((text) => !isCrisisText(text))).toEqual([]);
  });
});
