import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MEDIA_TOOLS, encodeAudio, finishFile, probeMedia, runProcess } from '..';
import { makeMediaFixtures, MediaFixtures } from '../../../../tools/media/media-fixtures';

let fixtures: MediaFixtures;
let dir: string;
beforeAll(async () => {
  fixtures = await makeMediaFixtures();
  dir = await mkdtemp(path.join(os.tmpdir(), 'arcana-encode-'));
}, 120_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

async function streams(file: string): Promise<{ codec_name: string; disposition?: { attached_pic?: number } }[]> {
  const { stdout } = await runProcess('ffprobe', { args: ['-v', 'error', '-print_format', 'json', '-show_streams', file] });
  return JSON.parse(stdout).streams;
}

describe('encode and finish', () => {
  it.each(['mp3', 'm4a', 'opus'] as const)('%s: codec, duration, title and artist tags; a cover where the container carries one', async (format) => {
    const encoded = path.join(dir, `encoded.${format}`);
    await encodeAudio(DEFAULT_MEDIA_TOOLS, { input: fixtures.clipMp4.path, output: encoded, format, title: 'placeholder', sourceAudioCodec: 'aac' });
    const output = path.join(dir, `final.${format}`);
    await finishFile(DEFAULT_MEDIA_TOOLS, format, encoded, output, { title: 'Ночь · Night', artist: 'Arcana Test', cover: fixtures.thumbJpg.path });
    const probed = await probeMedia(DEFAULT_MEDIA_TOOLS, output);
    expect(probed.audio?.codec).toBe({ mp3: 'mp3', m4a: 'aac', opus: 'opus' }[format]);
    expect(Math.abs(probed.durationSeconds! - fixtures.clipMp4.duration)).toBeLessThan(0.2);
    const found = await streams(output);
    if (format === 'opus') {
      expect(found.some((s) => s.codec_name === 'mjpeg')).toBe(false);
    } else {
      expect(probed.tags).toEqual({ title: 'Ночь · Night', artist: 'Arcana Test' });
      expect(found.some((s) => s.codec_name === 'mjpeg' && s.disposition?.attached_pic === 1)).toBe(true);
    }
    if (format === 'mp3') {
      // One tag at the front (the encoder's own was replaced), the cover's bytes inside it as they were.
      const bytes = await readFile(output);
      expect(bytes.indexOf('ID3', 3, 'latin1')).toBe(-1);
      expect(bytes.indexOf(await readFile(fixtures.thumbJpg.path))).toBeGreaterThan(0);
    }
  }, 60_000);
});
