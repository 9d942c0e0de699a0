import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);

/** HLS and DASH VOD made by ffmpeg's own muxers, for a media server to serve under `root`. */
export interface StreamingFixtures {
  root: string;
  /** `hls/index.m3u8`: two 3 s MPEG-TS segments (`index0.ts`, `index1.ts`), relative URIs, `#EXT-X-ENDLIST`. */
  hls: { playlist: string; segments: string[]; seconds: number };
  /** `dash/manifest.mpd`: static, one video and one audio representation, 4 s segments from a template. */
  dash: { manifest: string; seconds: number };
}

const SOURCE = (seconds: number) => [
  '-f', 'lavfi', '-i', `testsrc2=size=160x120:rate=25:duration=${seconds}`,
  '-f', 'lavfi', '-i', `sine=frequency=440:sample_rate=44100:duration=${seconds}`,
  '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-g', '25',
  '-c:a', 'aac', '-b:a', '64k', '-shortest',
];

const ffmpeg = (args: string[]) => exec('ffmpeg', ['-hide_banner', '-nostdin', '-loglevel', 'error', '-y', ...args], { timeout: 120_000 });

/** Writes the HLS (6 s) and DASH (12 s) fixtures under `root`. */
export async function makeStreamingFixtures(root: string): Promise<StreamingFixtures> {
  await mkdir(path.join(root, 'hls'), { recursive: true });
  await mkdir(path.join(root, 'dash'), { recursive: true });
  await Promise.all([
    ffmpeg([...SOURCE(6), '-f', 'hls', '-hls_time', '3', '-hls_playlist_type', 'vod', '-hls_segment_filename', path.join(root, 'hls', 'index%d.ts'), path.join(root, 'hls', 'index.m3u8')]),
    ffmpeg([...SOURCE(12), '-f', 'dash', '-seg_duration', '4', '-use_template', '1', '-use_timeline', '0', path.join(root, 'dash', 'manifest.mpd')]),
  ]);
  return {
    root,
    hls: { playlist: 'hls/index.m3u8', segments: ['hls/index0.ts', 'hls/index1.ts'], seconds: 6 },
    dash: { manifest: 'dash/manifest.mpd', seconds: 12 },
  };
}

/** A VOD media playlist of 3 s segments at the given URIs (absolute or relative). */
export function hlsPlaylist(segmentUris: string[], extraTags: string[] = []): string {
  return [
    '#EXTM3U',
    '#EXT-X-VERSION:3',
    '#EXT-X-TARGETDURATION:3',
    '#EXT-X-MEDIA-SEQUENCE:0',
    '#EXT-X-PLAYLIST-TYPE:VOD',
    ...extraTags,
    ...segmentUris.flatMap((uri) => ['#EXTINF:3.000000,', uri]),
    '#EXT-X-ENDLIST',
    '',
  ].join('\n');
}

/** Writes `text` to `root/name` (a crafted playlist for one test). */
export async function writeFixture(root: string, name: string, text: string): Promise<void> {
  await mkdir(path.dirname(path.join(root, name)), { recursive: true });
  await writeFile(path.join(root, name), text);
}
