'use strict';
/*
 * RNNoise denoiser running in a worker_threads Worker (started by enhance.ts).
 *
 * Why a plain .cjs file: `npm run build` runs `swc ... --copy-files`, and swc only compiles
 * .js/.ts-like extensions, so a .cjs file is copied to dist verbatim; vitest does not transform
 * files a Worker loads either. The same file therefore runs unchanged from the sources (tests)
 * and from dist (production), and nothing rewrites the `require`/`import()` below.
 *
 * Loading @echogarden/rnnoise-wasm: an ES module package (Emscripten factory as the default
 * export; the .wasm beside it is read at instantiation). Node 24 (like 22.12+) can require() an
 * ES module that has no top-level await, so a synchronous require() works; older Nodes throw
 * ERR_REQUIRE_ESM, and then the native dynamic import() is used (safe here because no compiler
 * touches this file). This build runs about 3× faster than @jitsi/rnnoise-wasm's on this machine
 * (41× vs 13× realtime per channel, one core).
 *
 * Protocol (messages from the parent):
 *   { type: 'chunk', data: ArrayBuffer }  interleaved f32le bytes at 48 kHz, any length
 *   { type: 'end' }                       no more input: flush the tail
 * Messages to the parent:
 *   { type: 'ready' }                             module loaded, states created
 *   { type: 'chunk', data: ArrayBuffer }          one reply per input chunk: the denoised interleaved
 *                                                 f32le that became ready (possibly empty), in order
 *   { type: 'done', data: ArrayBuffer, frames }   the flushed tail; frames = samples per channel in total
 *   { type: 'error', message }                    failure; the worker stops
 *
 * Channels: one RNNoise state per channel (RNNoise itself is mono), so a stereo input stays
 * stereo with each side denoised independently; a mono input uses one state.
 *
 * Delay: the output of rnnoise_process_frame lags its input by one frame (480 samples, 10 ms;
 * measured for this build by cross-correlating input and output of noisy speech — the jitsi build
 * lagged two). The first output frame is dropped and the tail is flushed with zero frames, so the
 * output has exactly the input's length and stays time-aligned with it (A/V sync, duration checks).
 */

const { parentPort, workerData } = require('node:worker_threads');

const FRAME = 480; // samples per channel per RNNoise frame (10 ms at 48 kHz)
const SCALE = 32768; // RNNoise expects float samples in 16-bit range
const DELAY_FRAMES = workerData && workerData.delayFrames != null ? workerData.delayFrames : 1; // see "Delay"

async function loadRnnoise() {
  const specifier = '@echogarden/rnnoise-wasm';
  let namespace;
  try {
    namespace = require(specifier);
  } catch (error) {
    if (!error || (error.code !== 'ERR_REQUIRE_ESM' && error.code !== 'ERR_REQUIRE_ASYNC_MODULE')) throw error;
    namespace = await import(specifier);
  }
  const create = typeof namespace === 'function' ? namespace : namespace.default;
  if (typeof create !== 'function') throw new Error('@echogarden/rnnoise-wasm: module factory not found');
  return await create();
}

class Denoiser {
  constructor(module, channels) {
    this.module = module;
    this.channels = channels;
    this.states = [];
    this.inPtrs = [];
    this.outPtrs = [];
    for (let c = 0; c < channels; c++) {
      const state = module._rnnoise_create(0); // 0: the built-in model
      const inPtr = module._malloc(FRAME * 4);
      const outPtr = module._malloc(FRAME * 4);
      if (!state || !inPtr || !outPtr) throw new Error('rnnoise: out of wasm memory');
      this.states.push(state);
      this.inPtrs.push(inPtr);
      this.outPtrs.push(outPtr);
    }
    // Current partial frame, de-interleaved, already scaled to 16-bit range.
    this.frame = [];
    for (let c = 0; c < channels; c++) this.frame.push(new Float32Array(FRAME));
    this.fill = 0;
    this.carry = new Uint8Array(0); // bytes of an incomplete sample frame from the last chunk
    this.inputFrames = 0; // samples per channel received
    this.outputFrames = 0; // samples per channel emitted
    this.processedFrames = 0; // RNNoise frames run
  }

  /** Runs RNNoise on the current (full or zero-padded) frame; appends the output to `out`. */
  runFrame(out) {
    const m = this.module;
    const channels = this.channels;
    for (let c = 0; c < channels; c++) {
      // HEAPF32 is re-read every time: the view is replaced if the wasm memory ever grows.
      m.HEAPF32.set(this.frame[c], this.inPtrs[c] >> 2);
      m._rnnoise_process_frame(this.states[c], this.outPtrs[c], this.inPtrs[c]);
    }
    this.processedFrames++;
    if (this.processedFrames <= DELAY_FRAMES) return; // the algorithmic delay (see above)
    const want = Math.min(FRAME, this.inputFrames - this.outputFrames);
    if (want <= 0) return;
    const heap = m.HEAPF32;
    const base = out.length;
    out.length += want * channels;
    for (let c = 0; c < channels; c++) {
      const offset = this.outPtrs[c] >> 2;
      for (let i = 0; i < want; i++) out.data[base + i * channels + c] = heap[offset + i] / SCALE;
    }
    this.outputFrames += want;
  }

  /** Consumes interleaved f32le bytes; returns the denoised samples that became ready. */
  push(bytes) {
    const channels = this.channels;
    const stride = 4 * channels;
    let joined = bytes;
    if (this.carry.length) {
      joined = new Uint8Array(this.carry.length + bytes.length);
      joined.set(this.carry);
      joined.set(bytes, this.carry.length);
    }
    const usable = joined.length - (joined.length % stride);
    // Float32Array needs a 4-byte aligned offset; the transferred buffers start at 0, the joined copy too.
    const samples = new Float32Array(joined.buffer, joined.byteOffset, usable / 4);
    this.carry = joined.slice(usable);
    const count = usable / stride;
    this.inputFrames += count;
    const out = { data: new Float32Array((Math.floor((this.fill + count) / FRAME) + 1) * FRAME * channels), length: 0 };
    const frame = this.frame;
    for (let i = 0; i < count; i++) {
      const at = i * channels;
      for (let c = 0; c < channels; c++) frame[c][this.fill] = samples[at + c] * SCALE;
      if (++this.fill === FRAME) {
        this.runFrame(out);
        this.fill = 0;
      }
    }
    return out.data.subarray(0, out.length);
  }

  /** Pads the last partial frame with silence and flushes the delayed tail. */
  finish() {
    const channels = this.channels;
    const out = { data: new Float32Array((DELAY_FRAMES + 1) * FRAME * channels), length: 0 };
    while (this.outputFrames < this.inputFrames) {
      for (let c = 0; c < channels; c++) this.frame[c].fill(0, this.fill);
      this.runFrame(out);
      this.fill = 0;
    }
    return out.data.subarray(0, out.length);
  }

  destroy() {
    for (let c = 0; c < this.channels; c++) {
      this.module._rnnoise_destroy(this.states[c]);
      this.module._free(this.inPtrs[c]);
      this.module._free(this.outPtrs[c]);
    }
    this.states = [];
  }
}

/** Posts samples in a buffer of their own, transferred (not copied again). May be empty. */
function send(type, samples, extra) {
  const copy = samples.slice();
  parentPort.postMessage(Object.assign({ type, data: copy.buffer }, extra), [copy.buffer]);
}

async function main() {
  const channels = workerData && workerData.channels;
  if (channels !== 1 && channels !== 2) throw new Error(`rnnoise worker: unsupported channel count ${channels}`);
  const module = await loadRnnoise();
  const denoiser = new Denoiser(module, channels);
  parentPort.on('message', (message) => {
    try {
      if (message.type === 'chunk') {
        // Exactly one reply per chunk (possibly empty): the parent counts chunks in flight.
        send('chunk', denoiser.push(new Uint8Array(message.data)));
      } else if (message.type === 'end') {
        const tail = denoiser.finish();
        const frames = denoiser.outputFrames;
        denoiser.destroy();
        send('done', tail, { frames });
        parentPort.close();
      }
    } catch (error) {
      parentPort.postMessage({ type: 'error', message: error && error.message ? error.message : String(error) });
      parentPort.close();
    }
  });
  parentPort.postMessage({ type: 'ready' });
}

main().catch((error) => {
  parentPort.postMessage({ type: 'error', message: error && error.message ? error.message : String(error) });
  parentPort.close();
});
