import { ChildProcess, spawn } from 'node:child_process';
import { ChildNetwork, sandboxed } from '../egress/network-sandbox';

export type ProcessFailure = 'exit' | 'timeout' | 'aborted' | 'spawn' | 'output_limit';

/** A child process that did not succeed: why, its exit code or signal, and the end of its stderr. */
export class ProcessError extends Error {
  constructor(
    readonly command: string,
    readonly failure: ProcessFailure,
    readonly exitCode: number | null,
    readonly stderrTail: string,
    message: string,
  ) {
    super(message);
    this.name = 'ProcessError';
  }
}

export interface RunOptions {
  args: readonly string[];
  /** Aborting kills the whole process group (yt-dlp may start ffmpeg of its own). */
  signal?: AbortSignal;
  /** Wall-time cap: the process group is killed and the run fails with `timeout`. */
  timeoutMs?: number;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Called per complete stdout line (progress output). Without it stdout is collected. */
  onStdoutLine?: (line: string) => void;
  onStderrLine?: (line: string) => void;
  /** Cap on collected stdout (JSON dumps); exceeding it kills the process. Default 8 MB. */
  maxStdoutBytes?: number;
  /** Gives access to the child (to pipe into its stdin) right after it starts. */
  onSpawn?: (child: ChildProcess) => void;
  stdin?: 'ignore' | 'pipe';
  /** Run in a network namespace whose only way out is this relay to the egress proxy (see network-sandbox). */
  network?: ChildNetwork;
}

export interface RunResult {
  stdout: string;
  stderrTail: string;
}

const STDERR_TAIL = 4000;

/**
 * Runs a program without a shell (arguments are never interpreted), in its own process group so
 * a kill reaches its children too; resolves with stdout on exit code 0, rejects with a
 * ProcessError otherwise. Timeouts and aborts SIGKILL the group: nothing is left running.
 */
export function runProcess(command: string, options: RunOptions): Promise<RunResult> {
  return new Promise<RunResult>((resolve, reject) => {
    if (options.signal?.aborted) {
      reject(new ProcessError(command, 'aborted', null, '', `${command} was not started: aborted`));
      return;
    }
    let child: ChildProcess;
    try {
      const run = options.network ? sandboxed(command, options.args, options.network) : { command, args: options.args as string[] };
      child = spawn(run.command, run.args, {
        cwd: options.cwd,
        env: options.env ?? process.env,
        stdio: [options.stdin ?? 'ignore', 'pipe', 'pipe'],
        detached: true,
      });
    } catch (error) {
      reject(new ProcessError(command, 'spawn', null, '', `${command} could not start: ${(error as Error).message}`));
      return;
    }
    let failure: ProcessFailure | undefined;
    const killGroup = (why: ProcessFailure) => {
      failure ??= why;
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    };
    const timer = options.timeoutMs ? setTimeout(() => killGroup('timeout'), options.timeoutMs) : undefined;
    const onAbort = () => killGroup('aborted');
    options.signal?.addEventListener('abort', onAbort, { once: true });

    const maxStdout = options.maxStdoutBytes ?? 8 * 1024 * 1024;
    const stdoutChunks: Buffer[] = [];
    let stdoutBytes = 0;
    let stdoutRest = '';
    let stderrTail = '';
    let stderrRest = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      if (options.onStdoutLine) {
        stdoutRest = splitLines(stdoutRest + chunk.toString('utf8'), options.onStdoutLine);
        return;
      }
      stdoutBytes += chunk.length;
      if (stdoutBytes > maxStdout) return killGroup('output_limit');
      stdoutChunks.push(chunk);
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      stderrTail = (stderrTail + text).slice(-STDERR_TAIL);
      if (options.onStderrLine) stderrRest = splitLines(stderrRest + text, options.onStderrLine);
    });
    child.once('spawn', () => options.onSpawn?.(child));
    child.once('error', (error) => {
      failure ??= 'spawn';
      stderrTail = `${stderrTail}\n${error.message}`.slice(-STDERR_TAIL);
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      if (stdoutRest && options.onStdoutLine) options.onStdoutLine(stdoutRest);
      if (stderrRest && options.onStderrLine) options.onStderrLine(stderrRest);
      if (!failure && code === 0) {
        resolve({ stdout: Buffer.concat(stdoutChunks).toString('utf8'), stderrTail });
        return;
      }
      const why = failure ?? 'exit';
      const described =
        why === 'exit' ? `exited with ${code ?? signal}` : why === 'timeout' ? `ran over ${options.timeoutMs} ms and was killed` : why === 'spawn' ? 'could not start' : why === 'output_limit' ? 'wrote too much output and was killed' : 'was cancelled';
      reject(new ProcessError(command, why, code, stderrTail.trim(), `${command} ${described}${stderrTail.trim() ? `: ${lastLine(stderrTail)}` : ''}`));
    });
  });
}

function splitLines(buffered: string, onLine: (line: string) => void): string {
  let start = 0;
  for (let end = buffered.indexOf('\n'); end !== -1; end = buffered.indexOf('\n', start)) {
    const line = buffered.slice(start, end).replace(/\r$/, '');
    if (line) onLine(line);
    start = end + 1;
  }
  return buffered.slice(start);
}

function lastLine(text: string): string {
  const lines = text.trim().split('\n');
  return lines[lines.length - 1]!.slice(0, 300);
}

/** Whether a process with this id exists (EPERM: it exists but belongs to someone else). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
