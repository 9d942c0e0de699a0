import { spawn } from 'node:child_process';

/**
 * A network namespace for the children that fetch user-supplied URLs (yt-dlp, ffprobe): inside it
 * there is only a loopback interface, and on it one listener, a relay to the egress proxy's Unix
 * socket on the proxy's own port. Whatever a child's libraries can open (ftp, rtmp, a raw socket),
 * the kernel has nowhere to send it but the proxy. Made with `unshare --net` (as root, or with
 * `--map-root-user` where unprivileged user namespaces are allowed); where neither works
 * (a container without the capability, a kernel without user namespaces) the children run as
 * before, restricted by their proxy variables and protocol whitelists only.
 */
export interface ChildNetwork {
  /** The proxy's Unix socket, reachable from any network namespace. */
  socketPath: string;
  /** The port the relay listens on inside the namespace (the proxy's port, so proxy URLs stay as they are). */
  port: number;
}

/**
 * Runs in the namespace as `node -e RELAY <socket> <port> <command> [args…]`: brings loopback up,
 * relays 127.0.0.1:<port> to the socket, runs the command (stdio inherited) and exits as it does.
 * With `--probe` instead of a command it exits 0 once the listener is up.
 */
const RELAY = String.raw`
const net = require('node:net');
const { spawn, spawnSync } = require('node:child_process');
const [socketPath, port, command, ...args] = process.argv.slice(1);
const fail = (why) => { process.stderr.write('network sandbox: ' + why + '\n'); process.exit(70); };
const up = () => {
  if (spawnSync('ip', ['link', 'set', 'lo', 'up'], { stdio: 'ignore' }).status === 0) return true;
  // No iproute2: SIOCGIFFLAGS / SIOCSIFFLAGS through Python, which yt-dlp needs anyway.
  const py = "import fcntl,socket,struct\ns=socket.socket()\nf=struct.unpack('16sH',fcntl.ioctl(s,0x8913,struct.pack('16sH',b'lo',0)))[1]\nfcntl.ioctl(s,0x8914,struct.pack('16sH',b'lo',f|1))";
  return spawnSync('python3', ['-c', py], { stdio: 'ignore' }).status === 0;
};
if (!up()) fail('cannot bring the loopback interface up');
const server = net.createServer((client) => {
  const upstream = net.connect(socketPath);
  const end = () => { client.destroy(); upstream.destroy(); };
  client.on('error', end); upstream.on('error', end);
  client.on('close', end); upstream.on('close', end);
  client.pipe(upstream); upstream.pipe(client);
});
server.on('error', (e) => fail('relay: ' + e.message));
server.listen(Number(port), '127.0.0.1', () => {
  if (command === '--probe') process.exit(0);
  const child = spawn(command, args, { stdio: 'inherit' });
  child.on('error', (e) => fail(command + ': ' + e.message));
  child.on('exit', (code, signal) => process.exit(code ?? (signal === 'SIGKILL' ? 137 : 143)));
  for (const s of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(s, () => child.kill(s));
});
`;

/** `unshare` arguments for a new network namespace; a non-root user needs a user namespace too. */
function unshareArgs(): string[] {
  return process.getuid?.() === 0 ? ['--net'] : ['--user', '--map-root-user', '--net'];
}

/** The command line that runs `command args` inside a fresh network namespace behind the relay. */
export function sandboxed(command: string, args: readonly string[], network: ChildNetwork): { command: string; args: string[] } {
  return { command: 'unshare', args: [...unshareArgs(), '--', process.execPath, '-e', RELAY, network.socketPath, String(network.port), command, ...args] };
}

let support: Promise<string | undefined> | undefined;

/**
 * Whether children can be put in a network namespace here: undefined when they can, else why not.
 * Tried once per process (a real namespace, loopback up, relay listening).
 */
export function sandboxUnavailable(): Promise<string | undefined> {
  support ??= new Promise((resolve) => {
    const probe = sandboxed('--probe', [], { socketPath: '/nonexistent', port: 1 });
    let stderr = '';
    const child = spawn(probe.command, probe.args, { stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-500)));
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve(`unshare cannot run: ${error.message}`);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve(code === 0 ? undefined : `unshare --net failed (${code}): ${stderr.trim().split('\n').pop() ?? ''}`);
    });
  });
  return support;
}

const networks = new Map<number, ChildNetwork>();

/** Registers the namespace relay target of the proxy listening on `port` (see EgressProxy). */
export function registerChildNetwork(port: number, network: ChildNetwork | undefined): void {
  if (network) networks.set(port, network);
  else networks.delete(port);
}

/** The sandbox for a child given `proxyUrl` (one of EgressProxy.url()), or undefined to run it as is. */
export function childNetworkFor(proxyUrl: string): ChildNetwork | undefined {
  try {
    const url = new URL(proxyUrl);
    return url.hostname === '127.0.0.1' ? networks.get(Number(url.port)) : undefined;
  } catch {
    return undefined;
  }
}
