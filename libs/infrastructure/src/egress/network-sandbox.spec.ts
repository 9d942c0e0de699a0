import { existsSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EgressGuard } from './egress-guard';
import { EgressProxy } from './egress-proxy';
import { childNetworkFor, sandboxUnavailable } from './network-sandbox';
import { proxyEnvironment } from '../media/ffmpeg';
import { ProcessError, runProcess } from '../media/process-runner';
import { FtpListener, startFtpListener } from '../../../../test/support/ftp-listener';

// The children that fetch user-supplied URLs run in a network namespace whose only way out is the
// egress proxy, where the kernel allows one (root, or unprivileged user namespaces). Here a child
// ignores its proxy variables and opens a socket of its own: nothing must arrive.

/** Why the kernel allows no sandbox here (the sandboxed tests are skipped then), or undefined. */
let unavailable: string | undefined;
let proxy: EgressProxy;
let origin: http.Server;
let originPort: number;
let ftp: FtpListener;

beforeAll(async () => {
  unavailable = await sandboxUnavailable();
  ftp = await startFtpListener();
  origin = http.createServer((req, res) => res.end(`origin saw ${req.url} via ${req.headers.via}`));
  await new Promise<void>((resolve) => origin.listen(0, '127.0.0.1', resolve));
  originPort = (origin.address() as net.AddressInfo).port;
  proxy = await EgressProxy.start(new EgressGuard({ allow: `127.0.0.1:${originPort}` }), { requireToken: true });
});

afterAll(async () => {
  await proxy?.stop();
  await ftp?.close();
  await new Promise((resolve) => origin?.close(resolve));
});

/** Python opening a TCP connection itself: prints `connected` or the error it got. */
const CONNECT = 'import socket,sys\ns=socket.socket()\ns.settimeout(5)\ntry:\n  s.connect(("127.0.0.1",int(sys.argv[1])))\n  print("connected")\nexcept OSError as e:\n  print("refused", e.errno)';
/** Python fetching a URL with urllib, which takes http_proxy from the environment. */
const FETCH = 'import sys,urllib.request\nprint(urllib.request.urlopen(sys.argv[1], timeout=10).read().decode())';

describe('network sandbox for the children', () => {
  beforeEach((ctx) => {
    if (unavailable !== undefined) ctx.skip();
  });

  it('is used when the kernel allows it', () => {
    expect(proxy.sandboxed).toBe(true);
    expect(childNetworkFor(proxy.url('t'))).toMatchObject({ port: proxy.port });
  });

  it('a child that opens its own socket reaches nothing: the FTP listener sees no connection', async () => {
    const network = childNetworkFor(proxy.url('own-socket'));
    const { stdout } = await runProcess('python3', { args: ['-c', CONNECT, String(ftp.port)], network, timeoutMs: 30_000 });
    expect(stdout.trim()).toMatch(/^refused \d+$/);
    expect(ftp.connections).toEqual([]);
  }, 60_000);

  it('through its proxy variables the same child fetches what the proxy allows, and the proxy still refuses what it refuses', async () => {
    const network = childNetworkFor(proxy.url('via-proxy'));
    const env = proxyEnvironment(proxy.url('via-proxy'));
    const { stdout } = await runProcess('python3', { args: ['-c', FETCH, `http://127.0.0.1:${originPort}/hello`], env, network, timeoutMs: 30_000 });
    expect(stdout.trim()).toBe('origin saw /hello via 1.1 egress-proxy');
    await expect(runProcess('python3', { args: ['-c', FETCH, `ftp://127.0.0.1:${ftp.port}/x`], env, network, timeoutMs: 30_000 })).rejects.toThrow(ProcessError);
    expect(proxy.refusals('via-proxy')).toMatchObject([{ port: ftp.port, reason: 'scheme' }]);
    expect(ftp.connections).toEqual([]);
  }, 60_000);

  it('an abort kills the sandboxed child and its relay at once', async () => {
    const abort = new AbortController();
    const network = childNetworkFor(proxy.url('abort'));
    const started = Date.now();
    const running = runProcess('sleep', { args: ['30'], network, signal: abort.signal, onSpawn: () => setTimeout(() => abort.abort(), 200) });
    await expect(running).rejects.toMatchObject({ failure: 'aborted' });
    expect(Date.now() - started).toBeLessThan(10_000);
  }, 30_000);

  it('stop() removes the Unix socket', async () => {
    const p = await EgressProxy.start(new EgressGuard());
    const url = p.url('s');
    const network = childNetworkFor(url)!;
    expect(existsSync(network.socketPath)).toBe(true);
    await p.stop();
    expect(existsSync(network.socketPath)).toBe(false);
    expect(childNetworkFor(url)).toBeUndefined();
  });
});

describe('without a sandbox', () => {
  it('childSandbox: off (or EGRESS_SANDBOX=off) leaves the children on the host network, restricted by their proxy variables only', async () => {
    const p = await EgressProxy.start(new EgressGuard(), { childSandbox: 'off' });
    try {
      expect(p.sandboxed).toBe(false);
      expect(childNetworkFor(p.url('x'))).toBeUndefined();
      expect(p.sandboxUnavailable).toBe('turned off');
    } finally {
      await p.stop();
    }
  });

  it('says why when the kernel does not allow one', () => {
    if (unavailable !== undefined) expect(unavailable).toMatch(/unshare/);
    else expect(proxy.sandboxUnavailable).toBeUndefined();
  });
});
