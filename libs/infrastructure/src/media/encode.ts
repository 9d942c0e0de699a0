import type { AudioFormat } from '@app/domain';
import { createReadStream, createWriteStream } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { MediaTools, runFfmpeg, FfmpegRunOptions } from './ffmpeg';
import { ProcessError } from './process-runner';

export interface EncodeRequest {
  input: string;
  output: string;
  format: AudioFormat;
  title: string;
  artist?: string;
  /** Codec of the source's audio: AAC into m4a without enhancement is copied, not re-encoded. */
  sourceAudioCodec?: string;
  /** Audio filter chain (the second loudnorm pass when enhancing). */
  audioFilter?: string;
  /** Output sample rate; set explicitly after loudnorm (which works at 192 kHz internally). */
  sampleRate?: number;
  /** Target bitrate in kbit/s, to fit a size limit; default is the format's usual quality. */
  bitrateKbps?: number;
  /** Encode only [start, start + duration) seconds: numbered parts of a file too big to send. */
  slice?: { startSeconds: number; durationSeconds: number };
}

export const FORMAT_EXTENSION: Record<AudioFormat, string> = { mp3: 'mp3', m4a: 'm4a', opus: 'opus' };
/** Containers that carry a cover picture as an attached stream. */
const COVER_FORMATS: ReadonlySet<AudioFormat> = new Set(['mp3', 'm4a']);

export function canStreamCopy(request: Pick<EncodeRequest, 'format' | 'sourceAudioCodec' | 'audioFilter' | 'bitrateKbps' | 'slice'>): boolean {
  return request.format === 'm4a' && request.sourceAudioCodec === 'aac' && !request.audioFilter && !request.bitrateKbps && !request.slice;
}

/** ffmpeg arguments for one encode (input options, maps, codec, tags, cover, output). */
export function encodeArgs(request: EncodeRequest): string[] {
  const args: string[] = [];
  if (request.slice) args.push('-ss', request.slice.startSeconds.toFixed(3), '-t', request.slice.durationSeconds.toFixed(3));
  args.push('-i', request.input, '-map', '0:a:0', '-map_metadata', '-1', '-metadata', `title=${request.title}`);
  if (request.artist) args.push('-metadata', `artist=${request.artist}`);
  if (canStreamCopy(request)) {
    args.push('-c:a', 'copy');
  } else {
    if (request.audioFilter) args.push('-af', request.audioFilter);
    if (request.sampleRate) args.push('-ar', String(request.sampleRate));
    switch (request.format) {
      case 'mp3':
        // LAME VBR quality 2 averages about 190 kbit/s.
        args.push('-c:a', 'libmp3lame', ...(request.bitrateKbps ? ['-b:a', `${request.bitrateKbps}k`] : ['-q:a', '2']));
        break;
      case 'm4a':
        args.push('-c:a', 'aac', '-b:a', `${request.bitrateKbps ?? 192}k`);
        break;
      case 'opus':
        // Opus works at 48 kHz only.
        if (!request.sampleRate) args.push('-ar', '48000');
        args.push('-c:a', 'libopus', '-b:a', `${request.bitrateKbps ?? 128}k`, '-vbr', 'on');
        break;
    }
  }
  if (request.format === 'mp3') args.push('-id3v2_version', '3', '-f', 'mp3');
  if (request.format === 'm4a') args.push('-movflags', '+faststart', '-f', 'ipod');
  if (request.format === 'opus') args.push('-f', 'ogg');
  args.push(request.output);
  return args;
}

/**
 * The last, cheap pass over an encoded file: title and artist tags, and a JPEG cover where the
 * container carries one (mp3, m4a). Done apart from the encode because a cover as an extra input
 * of the encode slows ffmpeg's reading of a long video by ~15%. For mp3 (the default format) the
 * ID3v2.3 tag is written here directly in front of the audio frames, without another ffmpeg run;
 * m4a and opus are remuxed by stream copy. Returns `output`.
 */
export async function finishFile(
  tools: MediaTools,
  format: AudioFormat,
  audio: string,
  output: string,
  tags: { title: string; artist?: string; cover?: string },
  signal?: AbortSignal,
): Promise<string> {
  if (format === 'mp3') {
    const cover = tags.cover ? await readFile(tags.cover) : undefined;
    await prependId3(audio, output, id3v2Tag(tags.title, tags.artist, cover));
    return output;
  }
  const withCover = Boolean(tags.cover) && COVER_FORMATS.has(format);
  const args = ['-i', audio];
  if (withCover) args.push('-i', tags.cover!);
  args.push('-map', '0:a:0');
  if (withCover) args.push('-map', '1:v:0', '-disposition:v:0', 'attached_pic');
  args.push('-c', 'copy', '-map_metadata', '-1', '-metadata', `title=${tags.title}`);
  if (tags.artist) args.push('-metadata', `artist=${tags.artist}`);
  if (format === 'm4a') args.push('-movflags', '+faststart', '-f', 'ipod');
  if (format === 'opus') args.push('-f', 'ogg');
  await runFfmpeg(tools, [...args, output], { signal });
  return output;
}

/** An ID3v2.3 tag: TIT2 and TPE1 as UTF-16 text, APIC as the front cover (JPEG). */
export function id3v2Tag(title: string, artist?: string, jpeg?: Buffer): Buffer {
  const frame = (id: string, body: Buffer) => {
    const header = Buffer.alloc(10);
    header.write(id, 0, 'latin1');
    header.writeUInt32BE(body.length, 4); // v2.3 frame sizes are plain 32-bit integers
    return Buffer.concat([header, body]);
  };
  const text = (value: string) => Buffer.concat([Buffer.from([0x01, 0xff, 0xfe]), Buffer.from(value, 'utf16le')]);
  const frames = [frame('TIT2', text(title))];
  if (artist) frames.push(frame('TPE1', text(artist)));
  if (jpeg) frames.push(frame('APIC', Buffer.concat([Buffer.from([0x00]), Buffer.from('image/jpeg\0', 'latin1'), Buffer.from([0x03, 0x00]), jpeg])));
  const body = Buffer.concat(frames);
  if (body.length >= 1 << 28) throw new Error('ID3 tag too large');
  const header = Buffer.from([0x49, 0x44, 0x33, 0x03, 0x00, 0x00, 0, 0, 0, 0]);
  // The tag size is "syncsafe": 7 bits per byte.
  for (let i = 0; i < 4; i++) header[6 + i] = (body.length >> (7 * (3 - i))) & 0x7f;
  return Buffer.concat([header, body]);
}

/** Writes `tag` followed by the audio of `mp3`, dropping any ID3v2 tag the file began with. */
async function prependId3(mp3: string, output: string, tag: Buffer): Promise<void> {
  const handle = await open(mp3, 'r');
  let skip = 0;
  try {
    const head = Buffer.alloc(10);
    const { bytesRead } = await handle.read(head, 0, 10, 0);
    if (bytesRead === 10 && head.toString('latin1', 0, 3) === 'ID3') {
      skip = 10 + ((head[6]! << 21) | (head[7]! << 14) | (head[8]! << 7) | head[9]!) + (head[5]! & 0x10 ? 10 : 0);
    }
  } finally {
    await handle.close();
  }
  const out = createWriteStream(output);
  out.write(tag);
  await pipeline(createReadStream(mp3, { start: skip }), out);
}

/**
 * A cover from the video itself when the site offers no thumbnail: one frame a little way in,
 * 320 px wide. Returns `output`, or undefined when there is no frame to take (no video stream);
 * an abort is rethrown.
 */
export async function extractCoverFrame(
  tools: MediaTools,
  input: string,
  output: string,
  durationSeconds: number,
  signal?: AbortSignal,
): Promise<string | undefined> {
  try {
    await runFfmpeg(tools, ['-ss', String(Math.min(5, durationSeconds / 3)), '-i', input, '-frames:v', '1', '-vf', 'scale=320:-2', '-q:v', '4', output], {
      signal,
      timeoutMs: 30_000,
    });
    return output;
  } catch (error) {
    if (error instanceof ProcessError && error.failure === 'aborted') throw error;
    return undefined;
  }
}

export async function encodeAudio(tools: MediaTools, request: EncodeRequest, options: FfmpegRunOptions = {}): Promise<void> {
  await runFfmpeg(tools, encodeArgs(request), options);
}
