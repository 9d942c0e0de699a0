import { randomBytes } from 'node:crypto';
import { unlinkSync } from 'node:fs';
import { chmod, rm } from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { EgressGuard, EgressRefused, EgressRefusalReason } from './egress-guard';
import { ChildNetwork, registerChildNetwork, sandboxUnavailable } from './network-sandbox';
import { decoderFor, isDashManifest, MAX_SCREENED_BYTES, playlistReferences, readSome, screenRedirect, screenReferences, suspectedKind } from './response-screen';

export interface EgressRefusal {
  host: string;
  port: number;
  reason: EgressRefusalReason;
  detail: string;
}

export interface EgressProxyOptions {
  host?: '127.0.0.1';
  /** 0 (default) picks a free port. */
  port?: number;
  /** Budget for connecting to the destination, across all its addresses. */
  connectTimeoutMs?: number;
  /** A tunnel or upstream exchange with no traffic for this long is closed. */
  idleTimeoutMs?: number;
  /** Client connections beyond this are dropped. */
  maxConnections?: number;
  /** Refusals kept per token; older ones are dropped. */
  maxRefusalsPerToken?: number;
  /**
   * Answer requests without a token with 407 and `Proxy-Authenticate: Basic`. ffmpeg sends proxy
   * credentials only after such a challenge; without this its requests are checked but recorded under ''.
   */
  requireToken?: boolean;
  /**
   * `auto` (default, or `EGRESS_SANDBOX`): also listen on a Unix socket and run the children given
   * this proxy's URLs in a network namespace whose only way out is that socket, where the kernel
   * allows one (see network-sandbox); `off`: children share the host's network.
   */
  childSandbox?: 'auto' | 'off';
}

const MAX_TOKENS = 10_000;
const TOKEN = /^[A-Za-z0-9._~-]{1,128}$/;

/** Hop-by-hop headers (RFC 9110 §7.6.1) and the old Proxy-Connection; never forwarded in either direction. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'te', 'trailer', 'transfer-encoding', 'upgrade']);
/** Also not forwarded upstream: we set Host ourselves, and Node has already answered any Expect: 100-continue. */
const NOT_UPSTREAM = new Set(['host', 'expect']);

function tokenOf(header: string | undefined): string {
  const m = /^Basic\s+([A-Za-z0-9+/]+=*)\s*$/i.exec(header ?? '');
  if (!m) return '';
  const decoded = Buffer.from(m[1], 'base64').toString('utf8');
  const user = decoded.includes(':') ? decoded.slice(0, decoded.indexOf(':')) : decoded;
  return TOKEN.test(user) ? user : '';
}

/** Headers to forward, as a flat [name, value, …] list, minus hop-by-hop, Proxy-* and those Connection names. */
function forwardable(rawHeaders: string[], skip?: Set<string>): string[] {
  const named = new Set<string>();
  for (let i = 0; i < rawHeaders.length; i += 2) {
    if (rawHeaders[i].toLowerCase() === 'connection') {
      for (const n of rawHeaders[i + 1].split(',')) named.add(n.trim().toLowerCase());
    }
  }
  const out: string[] = [];
  for (let i = 0; i < rawHeaders.length; i += 2) {
    const name = rawHeaders[i].toLowerCase();
    if (HOP_BY_HOP.has(name) || name.startsWith('proxy-') || named.has(name) || skip?.has(name)) continue;
    out.push(rawHeaders[i], rawHeaders[i + 1]);
  }
  return out;
}

/** `host:port` of a CONNECT request (`[v6]:port` for IPv6). */
function parseAuthority(authority: string): { host: string; port: number } | undefined {
  const m = /^(\[[0-9A-Fa-f:.]+\]|[^\s:[\]/\\@?#]+):(\d{1,5})$/.exec(authority);
  if (!m) return undefined;
  const port = Number(m[2]);
  return port >= 1 && port <= 65535 ? { host: m[1], port } : undefined;
}

const unbracket = (host: string) => host.replace(/^\[(.*)\]$/, '$1');
const defaultPort = (url: URL) => (url.protocol === 'https:' ? 443 : url.protocol === 'http:' ? 80 : 0);

/** A flat header list without the named headers. */
function dropHeaders(flat: string[], names: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < flat.length; i += 2) if (!names.includes(flat[i].toLowerCase())) out.push(flat[i], flat[i + 1]);
  return out;
}

function plainStatus(code: number): string {
  return `${code} ${http.STATUS_CODES[code] ?? ''}`.trim();
}

const REFUSAL_STATUS: Record<EgressRefusalReason, number> = { blocked_address: 403, scheme: 403, bad_url: 400, dns_failed: 502 };

/**
 * An HTTP forward proxy on 127.0.0.1 for child processes (yt-dlp `--proxy`, ffmpeg `-http_proxy`) that fetch
 * user-supplied URLs. It resolves every destination itself, refuses it unless all its addresses pass the
 * EgressGuard, and connects only to a checked address, so a DNS answer cannot change between check and connect.
 * Redirects are passed back to the client, which follows them through the proxy, so each hop is checked.
 */
export class EgressProxy {
  private readonly sockets = new Set<net.Socket>();
  private readonly refused = new Map<string, EgressRefusal[]>();
  private readonly connectTimeoutMs: number;
  private readonly idleTimeoutMs: number;
  private readonly maxRefusals: number;
  private readonly requireToken: boolean;
  private stopped = false;
  /** Connections that came in over the Unix socket (from a sandboxed child's relay). */
  private readonly viaSocket = new WeakSet<net.Socket>();
  private socketServer?: net.Server;
  private network?: ChildNetwork;
  private removeSocketAtExit?: () => void;
  /** Why children are not sandboxed, when they are not. */
  sandboxUnavailable?: string;

  private constructor(
    private readonly guard: EgressGuard,
    private readonly server: http.Server,
    opts: EgressProxyOptions,
  ) {
    this.connectTimeoutMs = opts.connectTimeoutMs ?? 15_000;
    this.idleTimeoutMs = opts.idleTimeoutMs ?? 120_000;
    this.maxRefusals = opts.maxRefusalsPerToken ?? 100;
    this.requireToken = opts.requireToken ?? false;
  }

  static async start(guard: EgressGuard, opts: EgressProxyOptions = {}): Promise<EgressProxy> {
    const host = opts.host ?? '127.0.0.1';
    if (host !== '127.0.0.1') throw new Error('the egress proxy listens on 127.0.0.1 only');
    const server = http.createServer({ requestTimeout: 60_000, headersTimeout: 30_000 });
    const proxy = new EgressProxy(guard, server, opts);
    server.maxConnections = opts.maxConnections ?? 256;
    server.on('connection', (socket) => proxy.onConnection(socket));
    // Nothing a client or destination sends may crash the process: a failed exchange only loses its sockets.
    server.on('request', (req, res) => proxy.onRequest(req, res).catch(() => res.destroy()));
    server.on('connect', (req, socket, head) => proxy.onConnect(req, socket as net.Socket, head).catch(() => socket.destroy()));
    server.on('clientError', (_err, socket) => {
      if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      socket.destroy();
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(opts.port ?? 0, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    const sandbox = opts.childSandbox ?? (process.env.EGRESS_SANDBOX === 'off' ? 'off' : 'auto');
    if (sandbox === 'auto') await proxy.listenForSandboxes(server);
    else proxy.sandboxUnavailable = 'turned off';
    return proxy;
  }

  /** Whether the children given this proxy's URLs run in a network namespace. */
  get sandboxed(): boolean {
    return this.network !== undefined;
  }

  /** The Unix socket that sandboxed children's relays connect to; connections on it are served like loopback ones. */
  private async listenForSandboxes(server: http.Server): Promise<void> {
    this.sandboxUnavailable = await sandboxUnavailable();
    if (this.sandboxUnavailable) return;
    const socketPath = path.join(os.tmpdir(), `egress-${process.pid}-${randomBytes(6).toString('hex')}.sock`);
    const socketServer = net.createServer((socket) => {
      this.viaSocket.add(socket);
      server.emit('connection', socket);
    });
    socketServer.maxConnections = server.maxConnections;
    await new Promise<void>((resolve, reject) => {
      socketServer.once('error', reject);
      socketServer.listen(socketPath, () => {
        socketServer.off('error', reject);
        resolve();
      });
    });
    await chmod(socketPath, 0o600);
    // A process that exits without stop() leaves no socket file behind either.
    this.removeSocketAtExit = () => {
      try {
        unlinkSync(socketPath);
      } catch {
        // already gone
      }
    };
    process.once('exit', this.removeSocketAtExit);
    this.socketServer = socketServer;
    this.network = { socketPath, port: this.port };
    registerChildNetwork(this.port, this.network);
  }

  get port(): number {
    return (this.server.address() as net.AddressInfo).port;
  }

  /**
   * The proxy URL to hand a child process; refusals of its requests are recorded under `token`.
   * The token travels as the user name; the fixed password is there because Python's urllib (yt-dlp)
   * sends proxy credentials only when both user and password are present.
   */
  url(token: string): string {
    if (!TOKEN.test(token)) throw new Error('egress token must be 1–128 characters of A–Z, a–z, 0–9, . _ ~ -');
    return `http://${token}:x@127.0.0.1:${this.port}`;
  }

  /** Destinations refused for requests carrying `token` ('' for requests without one), oldest first. */
  refusals(token: string): EgressRefusal[] {
    return [...(this.refused.get(token) ?? [])];
  }

  forget(token: string): void {
    this.refused.delete(token);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.network) registerChildNetwork(this.network.port, undefined);
    const closing = [this.server, ...(this.socketServer ? [this.socketServer] : [])].map((server) => new Promise<void>((resolve) => server.close(() => resolve())));
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    await Promise.all(closing);
    if (this.network) await rm(this.network.socketPath, { force: true });
    if (this.removeSocketAtExit) process.off('exit', this.removeSocketAtExit);
  }

  private track(socket: net.Socket): void {
    if (this.stopped) {
      socket.destroy();
      return;
    }
    this.sockets.add(socket);
    socket.once('close', () => this.sockets.delete(socket));
  }

  private onConnection(socket: net.Socket): void {
    const from = socket.remoteAddress;
    if (!this.viaSocket.has(socket) && from !== '127.0.0.1' && from !== '::ffff:127.0.0.1') {
      socket.destroy();
      return;
    }
    socket.on('error', () => socket.destroy());
    this.track(socket);
  }

  private record(token: string, host: string, port: number, err: EgressRefused): void {
    let list = this.refused.get(token);
    if (!list) {
      // Tokens nobody forgets must not grow the map without bound: drop the oldest.
      if (this.refused.size >= MAX_TOKENS) this.refused.delete(this.refused.keys().next().value!);
      this.refused.set(token, (list = []));
    }
    list.push({ host, port, reason: err.reason, detail: err.detail });
    if (list.length > this.maxRefusals) list.splice(0, list.length - this.maxRefusals);
  }

  /** Connects to the first of `addresses` that answers, within the connect budget; gives up when `abort` fires. */
  private connectFirst(addresses: string[], port: number, abort: AbortSignal): Promise<net.Socket> {
    const deadline = Date.now() + this.connectTimeoutMs;
    return new Promise((resolve, reject) => {
      let lastError: Error = new Error('no address to connect to');
      const attempt = (i: number) => {
        const left = deadline - Date.now();
        if (i >= addresses.length || left <= 0 || abort.aborted) {
          reject(abort.aborted ? new Error('client went away') : left <= 0 ? new Error(`connect timed out after ${this.connectTimeoutMs} ms`) : lastError);
          return;
        }
        const socket = net.connect({ host: addresses[i], port });
        socket.on('error', () => socket.destroy());
        this.track(socket);
        const timer = setTimeout(() => fail(new Error(`connect to ${addresses[i]} timed out`)), left);
        const onAbort = () => fail(new Error('client went away'));
        abort.addEventListener('abort', onAbort, { once: true });
        const settle = () => {
          clearTimeout(timer);
          abort.removeEventListener('abort', onAbort);
          socket.off('error', fail);
          socket.off('connect', onConnect);
        };
        function fail(err: Error) {
          settle();
          socket.destroy();
          lastError = err;
          attempt(i + 1);
        }
        const onConnect = () => {
          settle();
          socket.setTimeout(this.idleTimeoutMs, () => socket.destroy(new Error('idle timeout')));
          resolve(socket);
        };
        socket.once('error', fail);
        socket.once('connect', onConnect);
      };
      attempt(0);
    });
  }

  private refuse(res: http.ServerResponse, err: EgressRefused): void {
    const body = `${err.message}\n`;
    res.writeHead(REFUSAL_STATUS[err.reason], {
      'content-type': 'text/plain; charset=utf-8',
      'content-length': Buffer.byteLength(body),
      'x-egress-refused': err.reason,
    });
    res.end(body);
  }

  private fail(res: http.ServerResponse, status: number, message: string): void {
    if (res.headersSent) {
      res.destroy();
      return;
    }
    const body = `${message}\n`;
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  }

  private challenge(res: http.ServerResponse): void {
    const body = 'proxy token required\n';
    res.writeHead(407, { 'proxy-authenticate': 'Basic realm="egress"', 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  }

  private async onRequest(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    req.on('error', () => req.destroy());
    res.on('error', () => res.destroy());
    const abort = new AbortController();
    res.once('close', () => abort.abort());
    const token = tokenOf(req.headers['proxy-authorization']);
    if (!token && this.requireToken) return this.challenge(res);

    const raw = req.url ?? '';
    const m = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)([^#]*)/i.exec(raw);
    if (!m) return this.fail(res, 400, 'this is a forward proxy: requests must use absolute-form URLs');
    let target: URL;
    try {
      target = new URL(raw);
    } catch {
      const err = new EgressRefused('bad_url', `not a URL: ${raw.slice(0, 200)}`);
      this.record(token, '', 0, err);
      return this.refuse(res, err);
    }
    if (target.protocol !== 'http:') {
      // https goes through CONNECT; anything else is not fetched at all.
      const err = new EgressRefused('scheme', `${target.protocol.replace(/:$/, '')} URLs are not proxied in absolute form`);
      this.record(token, unbracket(target.hostname), Number(target.port) || 0, err);
      return this.refuse(res, err);
    }
    const port = target.port === '' ? 80 : Number(target.port);
    const path = m[3] === '' ? '/' : m[3].startsWith('?') ? `/${m[3]}` : m[3];
    if (/[\s\\]/.test(m[2]) || /\s/.test(path)) return this.fail(res, 400, 'malformed request target');

    let addresses: string[];
    try {
      addresses = this.notSelf(await this.guard.resolveAllowed(target.hostname, port), port);
    } catch (err) {
      if (!(err instanceof EgressRefused)) return this.fail(res, 500, 'egress check failed');
      this.record(token, unbracket(target.hostname), port, err);
      return this.refuse(res, err);
    }

    let socket: net.Socket;
    try {
      socket = await this.connectFirst(addresses, port, abort.signal);
    } catch (err) {
      return this.fail(res, 502, `cannot reach ${target.host}: ${(err as Error).message}`);
    }
    if (abort.signal.aborted) {
      socket.destroy();
      return;
    }

    let headers = forwardable(req.rawHeaders, NOT_UPSTREAM);
    // Identity bodies can be screened as they pass; an encoded one is decoded (see relay).
    headers = dropHeaders(headers, ['accept-encoding']);
    headers.push('Host', target.host, 'Connection', 'close', 'Accept-Encoding', 'identity', 'Via', '1.1 egress-proxy');
    const upstream = http.request({ method: req.method, path, headers, createConnection: () => socket, setHost: false });
    upstream.on('error', (err) => {
      this.fail(res, 502, `upstream error: ${err.message}`);
    });
    upstream.on('response', (up) => {
      up.on('error', () => res.destroy());
      this.relay(token, target, req.method ?? 'GET', up, res).catch(() => {
        upstream.destroy();
        this.fail(res, 502, 'upstream response could not be relayed');
      });
    });
    res.once('close', () => {
      if (!res.writableFinished) upstream.destroy();
      socket.destroy();
    });
    req.pipe(upstream);
  }

  /**
   * Sends an upstream response on, after screening it: a redirect must lead to an allowed http(s)
   * URL, and a playlist (HLS, DASH) may name only such URLs; otherwise the client gets our refusal
   * instead. Encoded bodies are decoded first (we ask for identity, so an encoding is the server's
   * choice), so that no compression hides a playlist; other bodies stream through after a peek.
   */
  private async relay(token: string, target: URL, method: string, up: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const status = up.statusCode ?? 502;
    const refuse = (err: EgressRefused, url?: URL) => {
      up.destroy();
      this.record(token, url ? unbracket(url.hostname) : unbracket(target.hostname), url ? Number(url.port) || defaultPort(url) : Number(target.port) || 80, err);
      this.refuse(res, err);
    };
    const location = up.headers.location;
    if (status >= 300 && status < 400 && location !== undefined) {
      const { url, refusal } = await screenRedirect(this.guard, target, location);
      if (refusal) return refuse(refusal, url);
    }
    let headers = forwardable(up.rawHeaders);
    const send = (extra?: Buffer, end = false) => {
      res.writeHead(status, up.statusMessage, headers);
      if (end) res.end(extra);
      else if (extra && extra.length > 0) res.write(extra);
    };
    const bodyless = method === 'HEAD' || status === 204 || status === 304 || status < 200;
    if (bodyless) {
      send();
      up.pipe(res);
      return;
    }
    let body: Readable = up;
    const encoding = String(up.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
    if (encoding !== 'identity' && encoding !== '') {
      const decoder = decoderFor(encoding);
      if (!decoder) {
        up.destroy();
        return this.fail(res, 502, `upstream used a content encoding the proxy cannot read (${encoding.slice(0, 40)})`);
      }
      decoder.on('error', () => res.destroy());
      body = up.pipe(decoder);
      headers = dropHeaders(headers, ['content-encoding', 'content-length']);
    }
    const peek = await readSome(body, 1024);
    let kind = suspectedKind(up.headers['content-type'], target.pathname, peek.bytes);
    if (!kind) {
      send(peek.bytes, peek.ended);
      if (!peek.ended) body.pipe(res);
      return;
    }
    let whole = peek.bytes;
    if (!peek.ended) {
      try {
        const rest = await readSome(body, Infinity, MAX_SCREENED_BYTES - whole.length);
        whole = Buffer.concat([whole, rest.bytes]);
      } catch {
        up.destroy();
        return this.fail(res, 502, `a playlist (or markup that may be one) over ${MAX_SCREENED_BYTES} bytes is not relayed`);
      }
    }
    const text = whole.toString('utf8');
    if (kind === 'markup') kind = isDashManifest(text) ? 'dash' : undefined;
    if (kind) {
      const refusal = await screenReferences(this.guard, target, playlistReferences(kind, text));
      if (refusal) return refuse(refusal);
    }
    headers = dropHeaders(headers, ['content-length']);
    headers.push('Content-Length', String(whole.length));
    send(whole, true);
  }

  /** Refuses a request aimed back at this proxy (possible only when the allow-list admits loopback). */
  private notSelf(addresses: string[], port: number): string[] {
    if (port === this.port && addresses.some((a) => /^(127\.|::1$|::ffff:127\.)/.test(a))) {
      throw new EgressRefused('blocked_address', 'requests to the egress proxy itself are refused');
    }
    return addresses;
  }

  private async onConnect(req: http.IncomingMessage, client: net.Socket, head: Buffer): Promise<void> {
    client.on('error', () => client.destroy());
    const abort = new AbortController();
    client.once('close', () => abort.abort());
    const respond = (status: number, body: string, extra = '') => {
      if (client.writable) {
        client.end(
          `HTTP/1.1 ${plainStatus(status)}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n${extra}Connection: close\r\n\r\n${body}`,
        );
      }
      client.destroySoon();
    };
    const token = tokenOf(req.headers['proxy-authorization']);
    if (!token && this.requireToken) return respond(407, 'proxy token required\n', 'Proxy-Authenticate: Basic realm="egress"\r\n');

    const authority = parseAuthority(req.url ?? '');
    let addresses: string[];
    try {
      if (!authority) throw new EgressRefused('bad_url', `malformed CONNECT target ${JSON.stringify((req.url ?? '').slice(0, 200))}`);
      addresses = this.notSelf(await this.guard.resolveAllowed(authority.host, authority.port), authority.port);
    } catch (err) {
      if (!(err instanceof EgressRefused)) return respond(500, 'egress check failed\n');
      this.record(token, unbracket(authority?.host ?? ''), authority?.port ?? 0, err);
      return respond(REFUSAL_STATUS[err.reason], `${err.message}\n`, `X-Egress-Refused: ${err.reason}\r\n`);
    }

    let upstream: net.Socket;
    try {
      upstream = await this.connectFirst(addresses, authority.port, abort.signal);
    } catch (err) {
      return respond(502, `cannot reach ${req.url}: ${(err as Error).message}\n`);
    }
    if (abort.signal.aborted) {
      upstream.destroy();
      return;
    }
    client.setTimeout(this.idleTimeoutMs, () => client.destroy());
    client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head.length > 0) upstream.write(head);
    upstream.pipe(client);
    client.pipe(upstream);
    upstream.once('close', () => client.destroy());
    client.once('close', () => upstream.destroy());
  }
}
