import { spawn, spawnSync } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyAddress, parseAllowList } from './address-policy';
import { EgressGuard, EgressRefused } from './egress-guard';
import { EgressProxy } from './egress-proxy';
import { HostResolver, ResolveError } from './resolver';
import { DnsServer, startDns, Zone } from '../../../../test/support/dns-server';

const ZONE: Zone = {
  'media.test': { A: ['127.0.0.1'] },
  'intranet.test': { A: ['10.0.0.5'] },
  'public.test': { A: ['8.8.8.8'], AAAA: ['2001:4860:4860::8888'] },
  'mixed.test': { A: ['8.8.8.8', '10.0.0.7'] },
  'metadata6.test': { AAAA: ['fd00:ec2::254'] },
  'broken.test': { servfail: true },
};

// ---------------------------------------------------------------------------------------------

describe('classifyAddress', () => {
  const table: Array<[string, boolean, string]> = [
    // IPv4 public
    ['8.8.8.8', true, 'unicast'],
    ['1.1.1.1', true, 'unicast'],
    ['172.32.0.1', true, 'unicast'],
    ['100.128.0.1', true, 'unicast'],
    // IPv4 refused
    ['127.0.0.1', false, 'loopback'],
    ['127.255.255.254', false, 'loopback'],
    ['10.0.0.1', false, 'private'],
    ['172.16.0.1', false, 'private'],
    ['172.31.255.255', false, 'private'],
    ['192.168.1.1', false, 'private'],
    ['169.254.169.254', false, 'linkLocal'],
    ['169.254.0.1', false, 'linkLocal'],
    ['100.64.0.1', false, 'carrierGradeNat'],
    ['100.100.100.200', false, 'carrierGradeNat'],
    ['0.0.0.0', false, 'unspecified'],
    ['0.1.2.3', false, 'unspecified'],
    ['255.255.255.255', false, 'broadcast'],
    ['224.0.0.1', false, 'multicast'],
    ['239.255.255.250', false, 'multicast'],
    ['240.0.0.1', false, 'reserved'],
    ['192.0.2.1', false, 'reserved'],
    ['198.18.0.1', false, 'reserved'],
    ['203.0.113.9', false, 'reserved'],
    ['192.0.0.170', false, 'reserved'],
    // IPv6 public
    ['2001:4860:4860::8888', true, 'unicast'],
    ['2606:4700:4700::1111', true, 'unicast'],
    // IPv6 refused
    ['::1', false, 'loopback'],
    ['::', false, 'unspecified'],
    ['fc00::1', false, 'uniqueLocal'],
    ['fd00:ec2::254', false, 'uniqueLocal'],
    ['fe80::1', false, 'linkLocal'],
    ['fe80::1%eth0', false, 'linkLocal'],
    ['fec0::1', false, 'deprecatedSiteLocal'],
    ['ff02::1', false, 'multicast'],
    ['2001:db8::1', false, 'reserved'],
    ['100::1', false, 'discard'],
    ['4000::1', false, 'unallocated'],
    ['::7f00:1', false, 'unallocated'], // deprecated IPv4-compatible form
    // IPv6 forms that carry an IPv4 address
    ['::ffff:127.0.0.1', false, 'ipv4Mapped(loopback)'],
    ['::ffff:7f00:1', false, 'ipv4Mapped(loopback)'],
    ['::ffff:169.254.169.254', false, 'ipv4Mapped(linkLocal)'],
    ['::ffff:10.1.2.3', false, 'ipv4Mapped(private)'],
    ['::ffff:100.100.100.200', false, 'ipv4Mapped(carrierGradeNat)'],
    ['::ffff:8.8.8.8', true, 'ipv4Mapped(unicast)'],
    ['::ffff:0:10.0.0.1', false, 'rfc6145(private)'],
    ['64:ff9b::127.0.0.1', false, 'nat64(loopback)'],
    ['64:ff9b::a9fe:a9fe', false, 'nat64(linkLocal)'],
    ['64:ff9b::8.8.8.8', true, 'nat64(unicast)'],
    ['64:ff9b:1::a00:1', false, 'nat64LocalUse'],
    ['2002:7f00:1::', false, '6to4(loopback)'],
    ['2002:a9fe:a9fe::1', false, '6to4(linkLocal)'],
    ['2002:808:808::1', true, '6to4(unicast)'],
    ['2001:0:4136:e378:8000:63bf:f7f7:f7f7', true, 'teredo(unicast,unicast)'],
    ['2001:0:4136:e378:8000:63bf:80ff:fffe', false, 'teredo(unicast,loopback)'],
    ['2001:0:a00:1::f7f7:f7f7', false, 'teredo(private,unicast)'],
    ['2001:4860:1:1:0:5efe:a00:1', false, 'isatap(private)'],
    ['2001:4860:1:1:200:5efe:808:808', true, 'isatap(unicast)'],
    // not addresses at all
    ['localhost', false, 'invalid'],
    ['127.1', false, 'invalid'],
    ['0x7f000001', false, 'invalid'],
    ['2130706433', false, 'invalid'],
    ['', false, 'invalid'],
  ];
  it.each(table)('%s → allowed %s (%s)', (ip, allowed, range) => {
    expect(classifyAddress(ip)).toEqual({ allowed, range });
  });

  it('lets the allow-list admit a refused address, on its port only', () => {
    const allow = parseAllowList('127.0.0.1:8123, 10.0.0.0/8, [::1]:9000');
    expect(classifyAddress('127.0.0.1', { allow, port: 8123 })).toEqual({ allowed: true, range: 'loopback', allowListed: true });
    expect(classifyAddress('127.0.0.1', { allow, port: 8124 })).toEqual({ allowed: false, range: 'loopback' });
    expect(classifyAddress('127.0.0.1', { allow })).toEqual({ allowed: false, range: 'loopback' });
    expect(classifyAddress('::ffff:127.0.0.1', { allow, port: 8123 }).allowed).toBe(true);
    expect(classifyAddress('10.200.0.1', { allow, port: 1 }).allowed).toBe(true);
    expect(classifyAddress('::1', { allow, port: 9000 }).allowed).toBe(true);
    expect(classifyAddress('::1', { allow, port: 9001 }).allowed).toBe(false);
    expect(classifyAddress('169.254.169.254', { allow, port: 80 }).allowed).toBe(false);
  });
});

describe('parseAllowList', () => {
  it('is empty for an empty spec', () => {
    expect(parseAllowList('').isEmpty).toBe(true);
    expect(parseAllowList(' , ').isEmpty).toBe(true);
    expect(parseAllowList(undefined).isEmpty).toBe(true);
    expect(parseAllowList('').allowsAddress('127.0.0.1', 80)).toBe(false);
  });

  it('parses hosts, IPs, ports, bracketed IPv6 and CIDR', () => {
    const list = parseAllowList('Media.Test., cdn.local:8080, 127.0.0.1:8123, 192.168.1.10, [::1]:9000, ::2, 10.0.0.0/8, fd00::/8, 172.16.0.0/12:443, [fe80::]/10:80');
    expect(list.entries.map((e) => [e.kind, e.kind === 'host' ? e.host : e.network[0].toString() + '/' + e.network[1], e.port])).toEqual([
      ['host', 'media.test', undefined],
      ['host', 'cdn.local', 8080],
      ['network', '127.0.0.1/32', 8123],
      ['network', '192.168.1.10/32', undefined],
      ['network', '::1/128', 9000],
      ['network', '::2/128', undefined],
      ['network', '10.0.0.0/8', undefined],
      ['network', 'fd00::/8', undefined],
      ['network', '172.16.0.0/12', 443],
      ['network', 'fe80::/10', 80],
    ]);
    expect(list.allowsHost('MEDIA.test', 1)).toBe(true);
    expect(list.allowsHost('cdn.local', 8080)).toBe(true);
    expect(list.allowsHost('cdn.local', 80)).toBe(false);
    expect(list.allowsAddress('127.0.0.1', 8123)).toBe(true);
    expect(list.allowsAddress('127.0.0.2', 8123)).toBe(false);
    expect(list.allowsAddress('192.168.1.10', 5)).toBe(true);
    expect(list.allowsAddress('10.255.1.1', 5)).toBe(true);
    expect(list.allowsAddress('fd12::1', 5)).toBe(true);
    expect(list.allowsAddress('172.20.0.1', 443)).toBe(true);
    expect(list.allowsAddress('172.20.0.1', 80)).toBe(false);
    expect(list.allowsAddress('fe80::5', 80)).toBe(true);
    expect(list.allowsAddress('::2', 1)).toBe(true);
  });

  it.each(['http://x', '10.0.0.0/33', 'fd00::/129', '127.0.0.1:0', '127.0.0.1:70000', '[127.0.0.1]:80', 'host:1:2', 'a b', '127.1', '[::1]:x', 'host:', 'x/8', '1.2.3.4/8/9'])(
    'refuses %j',
    (spec) => {
      expect(() => parseAllowList(spec)).toThrow(/invalid egress allow-list entry/);
    },
  );
});

describe('HostResolver', () => {
  let dns: DnsServer;
  beforeAll(async () => {
    dns = await startDns(ZONE);
  });
  afterAll(async () => dns?.close());

  it('returns A and AAAA answers from the configured server', async () => {
    const resolver = new HostResolver([dns.server]);
    expect(await resolver.resolve('media.test')).toEqual(['127.0.0.1']);
    expect(await resolver.resolve('intranet.test')).toEqual(['10.0.0.5']);
    expect(await resolver.resolve('public.test')).toEqual(['8.8.8.8', '2001:4860:4860::8888']);
    expect(await resolver.resolve('metadata6.test')).toEqual(['fd00:ec2::254']);
    expect(dns.queries).toContain('AAAA media.test');
  });

  it('reports unknown names as not_found and server failures as failed', async () => {
    const resolver = new HostResolver([dns.server]);
    await expect(resolver.resolve('nope.test')).rejects.toMatchObject({ name: 'ResolveError', code: 'not_found' });
    await expect(resolver.resolve('broken.test')).rejects.toMatchObject({ code: 'failed' });
    const err = await resolver.resolve('nope.test').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ResolveError);
  });

  it('returns IP literals without asking DNS', async () => {
    const resolver = new HostResolver([dns.server]);
    const before = dns.queries.length;
    expect(await resolver.resolve('127.0.0.1')).toEqual(['127.0.0.1']);
    expect(await resolver.resolve('[::1]')).toEqual(['::1']);
    expect(await resolver.resolve('::ffff:10.0.0.1')).toEqual(['::ffff:10.0.0.1']);
    expect(dns.queries.length).toBe(before);
  });

  it('uses the system resolver by default', async () => {
    const addresses = await new HostResolver().resolve('localhost');
    expect(addresses.length).toBeGreaterThan(0);
    expect(addresses.every((a) => a === '::1' || a.startsWith('127.'))).toBe(true);
  });
});

describe('EgressGuard', () => {
  let dns: DnsServer;
  beforeAll(async () => {
    dns = await startDns(ZONE);
  });
  afterAll(async () => dns?.close());

  it.each([
    ['http://127.0.0.1/', 'blocked_address'],
    ['http://localhost:8080/', 'blocked_address'],
    ['http://10.0.0.1/', 'blocked_address'],
    ['http://169.254.169.254/latest/meta-data/', 'blocked_address'],
    ['http://[::1]/', 'blocked_address'],
    ['http://[::ffff:127.0.0.1]/', 'blocked_address'],
    ['http://[fd00:ec2::254]/', 'blocked_address'],
    ['http://100.100.100.200/', 'blocked_address'],
    ['http://0x7f.1/', 'blocked_address'], // the URL parser turns IPv4 shorthand into 127.0.0.1
    ['http://2130706433/', 'blocked_address'],
    ['https://0177.0.0.1/', 'blocked_address'],
    ['file:///etc/passwd', 'scheme'],
    ['ftp://x', 'scheme'],
    ['gopher://127.0.0.1:6379/_', 'scheme'],
    ['not a url', 'bad_url'],
  ])('refuses %s (%s) with the system resolver', async (url, reason) => {
    const result = await new EgressGuard({}).check(url);
    expect(result).toMatchObject({ ok: false, reason });
  });

  it('refuses names that resolve to private addresses, and any mix of public and private', async () => {
    const guard = new EgressGuard({ dnsServers: [dns.server] });
    expect(await guard.check('http://intranet.test/video')).toEqual({ ok: false, reason: 'blocked_address', detail: 'intranet.test resolves to 10.0.0.5 (private)' });
    expect(await guard.check('https://mixed.test/')).toEqual({ ok: false, reason: 'blocked_address', detail: 'mixed.test resolves to 10.0.0.7 (private)' });
    expect(await guard.check('http://metadata6.test/')).toMatchObject({ ok: false, reason: 'blocked_address' });
    expect(await guard.check('http://media.test:8123/')).toMatchObject({ ok: false, reason: 'blocked_address' });
    expect(await guard.check('http://nope.test/')).toMatchObject({ ok: false, reason: 'dns_failed' });
    expect(await guard.check('http://broken.test/')).toMatchObject({ ok: false, reason: 'dns_failed' });
    expect(await guard.check(new URL('https://PUBLIC.test./watch?v=1'))).toEqual({ ok: true, addresses: ['8.8.8.8', '2001:4860:4860::8888'] });
  });

  it('admits what the allow-list names, on the named port', async () => {
    const byAddress = new EgressGuard({ allow: '127.0.0.1:8123', dnsServers: [dns.server] });
    expect(await byAddress.check('http://media.test:8123/a.mp4')).toEqual({ ok: true, addresses: ['127.0.0.1'] });
    expect(await byAddress.check('http://127.0.0.1:8123/')).toEqual({ ok: true, addresses: ['127.0.0.1'] });
    expect(await byAddress.check('http://127.0.0.1:8124/')).toMatchObject({ ok: false, reason: 'blocked_address' });
    expect(await byAddress.check('http://intranet.test:8123/')).toMatchObject({ ok: false, reason: 'blocked_address' });

    const byHost = new EgressGuard({ allow: 'intranet.test', dnsServers: [dns.server] });
    expect(await byHost.check('http://intranet.test/')).toEqual({ ok: true, addresses: ['10.0.0.5'] });
    expect(await byHost.check('http://10.0.0.5/')).toMatchObject({ ok: false, reason: 'blocked_address' });
  });

  it('resolveAllowed throws EgressRefused', async () => {
    const guard = new EgressGuard({ dnsServers: [dns.server] });
    const err = await guard.resolveAllowed('intranet.test', 80).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EgressRefused);
    expect(err).toMatchObject({ reason: 'blocked_address' });
    await expect(guard.resolveAllowed('[::1]', 443)).rejects.toMatchObject({ reason: 'blocked_address' });
    await expect(guard.resolveAllowed('a/b', 80)).rejects.toMatchObject({ reason: 'bad_url' });
    await expect(guard.resolveAllowed('x@127.0.0.1', 80)).rejects.toMatchObject({ reason: 'bad_url' });
    await expect(guard.resolveAllowed('public.test', 0)).rejects.toMatchObject({ reason: 'bad_url' });
    expect(await guard.resolveAllowed('public.test', 443)).toEqual(['8.8.8.8', '2001:4860:4860::8888']);
  });
});

// ---------------------------------------------------------------------------------------------

interface Origin {
  port: number;
  requests: http.IncomingMessage[];
  close(): Promise<void>;
}

async function startOrigin(handler: http.RequestListener): Promise<Origin> {
  const requests: http.IncomingMessage[] = [];
  const server = http.createServer((req, res) => {
    requests.push(req);
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    requests,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function basic(token: string): string {
  return 'Basic ' + Buffer.from(`${token}:x`).toString('base64');
}

/** A request to the proxy in absolute form, as a proxy client sends it. */
function viaProxy(proxyPort: number, url: string, opts: { token?: string; method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { host: URL.canParse(url) ? new URL(url).host : 'proxy', ...opts.headers };
    if (opts.token !== undefined) headers['proxy-authorization'] = basic(opts.token);
    const req = http.request({ host: '127.0.0.1', port: proxyPort, method: opts.method ?? 'GET', path: url, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

/** Sends CONNECT; resolves with the status and, when 200, the tunnel socket. */
function connectVia(proxyPort: number, authority: string, token?: string): Promise<{ status: number; socket: net.Socket; body: string }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { host: authority };
    if (token !== undefined) headers['proxy-authorization'] = basic(token);
    const req = http.request({ host: '127.0.0.1', port: proxyPort, method: 'CONNECT', path: authority, headers, agent: false });
    req.on('connect', (res, socket, head) => {
      if (res.statusCode === 200) return resolve({ status: 200, socket, body: '' });
      const chunks: Buffer[] = [head];
      socket.on('data', (c: Buffer) => chunks.push(c));
      socket.on('close', () => resolve({ status: res.statusCode ?? 0, socket, body: Buffer.concat(chunks).toString() }));
    });
    req.on('response', (res) => resolve({ status: res.statusCode ?? 0, socket: res.socket, body: '' }));
    req.on('error', reject);
    req.end();
  });
}

function readAll(socket: net.Socket): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('end', () => resolve(Buffer.concat(chunks).toString()));
    socket.on('error', reject);
  });
}

const which = (cmd: string) => spawnSync('which', [cmd]).status === 0;

/** Runs a binary with no proxy-related environment (no_proxy=127.0.0.1 would make it bypass the proxy). */
function run(cmd: string, args: string[], timeoutMs = 60_000): Promise<{ code: number | null; output: string }> {
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (/^(no|http|https|all|ftp)_proxy$/i.test(k)) delete env[k];
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe('EgressProxy', () => {
  let dns: DnsServer;
  let origin: Origin; // A: allow-listed
  let forbidden: Origin; // B: must never be reached
  let proxy: EgressProxy;

  beforeAll(async () => {
    dns = await startDns(ZONE);
    forbidden = await startOrigin((_req, res) => res.end('secret from B'));
    origin = await startOrigin((req, res) => {
      if (req.url === '/redirect') {
        res.writeHead(302, { location: `http://127.0.0.1:${forbidden.port}/` });
        return res.end();
      }
      if (req.url === '/redirect-allowed') {
        res.writeHead(302, { location: `/hello` });
        return res.end();
      }
      if (req.url === '/echo') {
        const chunks: Buffer[] = [];
        req.on('data', (c: Buffer) => chunks.push(c));
        req.on('end', () => res.end(`got ${Buffer.concat(chunks).length} bytes`));
        return;
      }
      if (req.url === '/big') {
        res.writeHead(200, { 'content-type': 'application/octet-stream' });
        for (let i = 0; i < 64; i++) res.write(Buffer.alloc(16 * 1024, i));
        return res.end();
      }
      res.writeHead(200, {
        'content-type': 'text/plain',
        'x-seen-host': String(req.headers.host),
        'x-seen-headers': Object.keys(req.headers).sort().join(','),
        'set-cookie': ['a=1', 'b=2'],
        'proxy-secret': 'upstream-only',
        'keep-alive': 'timeout=17',
      });
      res.end(`hello from A at ${req.url}`);
    });
    const guard = new EgressGuard({ allow: `127.0.0.1:${origin.port}`, dnsServers: [dns.server] });
    proxy = await EgressProxy.start(guard);
  });

  afterAll(async () => {
    await proxy?.stop();
    await origin?.close();
    await forbidden?.close();
    await dns?.close();
  });

  it('gives a proxy URL carrying the token', () => {
    expect(proxy.url('job-1')).toBe(`http://job-1:x@127.0.0.1:${proxy.port}`);
    expect(() => proxy.url('bad token')).toThrow();
  });

  it('forwards an allowed absolute-form request with the original Host, minus hop-by-hop and Proxy-* headers', async () => {
    const reply = await viaProxy(proxy.port, `http://127.0.0.1:${origin.port}/hello?x=1`, {
      token: 'fetch-1',
      headers: { 'x-custom': 'yes', connection: 'keep-alive, x-drop', 'x-drop': '1', 'proxy-connection': 'keep-alive' },
    });
    expect(reply.status).toBe(200);
    expect(reply.body).toBe('hello from A at /hello?x=1');
    expect(reply.headers['x-seen-host']).toBe(`127.0.0.1:${origin.port}`);
    const seen = String(reply.headers['x-seen-headers']).split(',');
    expect(seen).toContain('x-custom');
    expect(seen).not.toContain('x-drop');
    expect(seen).not.toContain('proxy-authorization');
    expect(seen).not.toContain('proxy-connection');
    expect(reply.headers['set-cookie']).toEqual(['a=1', 'b=2']);
    expect(reply.headers['proxy-secret']).toBeUndefined();
    expect(reply.headers['keep-alive']).not.toBe('timeout=17');
    expect(proxy.refusals('fetch-1')).toEqual([]);
  });

  it('resolves names itself and keeps the Host header', async () => {
    const reply = await viaProxy(proxy.port, `http://media.test:${origin.port}/`, { token: 'fetch-2' });
    expect(reply.status).toBe(200);
    expect(reply.headers['x-seen-host']).toBe(`media.test:${origin.port}`);
  });

  it('streams request and response bodies', async () => {
    const body = 'z'.repeat(300_000);
    expect(await viaProxy(proxy.port, `http://127.0.0.1:${origin.port}/echo`, { method: 'POST', body, token: 't' })).toMatchObject({ status: 200, body: 'got 300000 bytes' });
    const big = await viaProxy(proxy.port, `http://127.0.0.1:${origin.port}/big`, { token: 't' });
    expect(big.body.length).toBe(64 * 16 * 1024);
  });

  it('passes an allowed redirect back without following it; refuses a redirect to a refused target, and the target itself', async () => {
    const allowed = await viaProxy(proxy.port, `http://127.0.0.1:${origin.port}/redirect-allowed`, { token: 'job-ok' });
    expect(allowed.status).toBe(302);
    expect(allowed.headers.location).toBe('/hello');
    expect(proxy.refusals('job-ok')).toEqual([]);

    const redirect = await viaProxy(proxy.port, `http://127.0.0.1:${origin.port}/redirect`, { token: 'job-rr' });
    expect(redirect.status).toBe(403);
    expect(redirect.headers.location).toBeUndefined();
    expect(proxy.refusals('job-rr')).toMatchObject([{ host: '127.0.0.1', port: forbidden.port, reason: 'blocked_address' }]);

    const followed = await viaProxy(proxy.port, `http://127.0.0.1:${forbidden.port}/`, { token: 'job-r' });
    expect(followed.status).toBe(403);
    expect(followed.headers['x-egress-refused']).toBe('blocked_address');
    expect(followed.body).toMatch(/127\.0\.0\.1 \(loopback\)/);
    expect(proxy.refusals('job-r')).toEqual([{ host: '127.0.0.1', port: forbidden.port, reason: 'blocked_address', detail: expect.stringContaining('loopback') }]);
    expect(forbidden.requests).toHaveLength(0);
  });

  it('refuses private destinations, records them per token, and forgets on request', async () => {
    const r1 = await viaProxy(proxy.port, 'http://intranet.test/', { token: 'job-p' });
    const r2 = await viaProxy(proxy.port, 'http://169.254.169.254/latest/meta-data/', { token: 'job-p' });
    const r3 = await viaProxy(proxy.port, 'http://[::1]:8080/', { token: 'job-p' });
    const r4 = await viaProxy(proxy.port, 'http://nope.test/', { token: 'job-p' });
    expect([r1.status, r2.status, r3.status, r4.status]).toEqual([403, 403, 403, 502]);
    expect(proxy.refusals('job-p').map((r) => [r.host, r.port, r.reason])).toEqual([
      ['intranet.test', 80, 'blocked_address'],
      ['169.254.169.254', 80, 'blocked_address'],
      ['::1', 8080, 'blocked_address'],
      ['nope.test', 80, 'dns_failed'],
    ]);
    proxy.forget('job-p');
    expect(proxy.refusals('job-p')).toEqual([]);
  });

  it('checks requests without a token and records them under the empty token', async () => {
    proxy.forget('');
    expect((await viaProxy(proxy.port, `http://127.0.0.1:${forbidden.port}/x`)).status).toBe(403);
    expect(proxy.refusals('')).toMatchObject([{ host: '127.0.0.1', port: forbidden.port }]);
    expect(forbidden.requests).toHaveLength(0);
  });

  it('refuses to act as a web server and refuses absolute-form https', async () => {
    expect((await viaProxy(proxy.port, '/', { token: 'w' })).status).toBe(400);
    const https = await viaProxy(proxy.port, `https://127.0.0.1:${origin.port}/`, { token: 'w' });
    expect(https.status).toBe(403);
    expect(proxy.refusals('w')).toMatchObject([{ reason: 'scheme' }]);
  });

  it('answers 502 when an allowed destination does not answer', async () => {
    const closed = net.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as net.AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const guard = new EgressGuard({ allow: `127.0.0.1:${port}` });
    const p = await EgressProxy.start(guard);
    try {
      expect((await viaProxy(p.port, `http://127.0.0.1:${port}/`)).status).toBe(502);
      expect((await connectVia(p.port, `127.0.0.1:${port}`)).status).toBe(502);
    } finally {
      await p.stop();
    }
  });

  it('CONNECT: refuses a blocked destination with 403 and tunnels to an allowed one', async () => {
    const refused = await connectVia(proxy.port, `127.0.0.1:${forbidden.port}`, 'job-c');
    expect(refused.status).toBe(403);
    expect(refused.body).toMatch(/blocked_address/);
    const refused6 = await connectVia(proxy.port, '[fd00:ec2::254]:443', 'job-c');
    expect(refused6.status).toBe(403);
    const refusedByName = await connectVia(proxy.port, 'intranet.test:443', 'job-c');
    expect(refusedByName.status).toBe(403);
    expect(proxy.refusals('job-c').map((r) => [r.host, r.port])).toEqual([
      ['127.0.0.1', forbidden.port],
      ['fd00:ec2::254', 443],
      ['intranet.test', 443],
    ]);
    expect(forbidden.requests).toHaveLength(0);

    const tunnel = await connectVia(proxy.port, `media.test:${origin.port}`, 'job-c');
    expect(tunnel.status).toBe(200);
    const text = readAll(tunnel.socket);
    tunnel.socket.write(`GET /through-tunnel HTTP/1.1\r\nHost: media.test\r\nConnection: close\r\n\r\n`);
    expect(await text).toMatch(/^HTTP\/1\.1 200 OK\r\n[\s\S]*\r\n\r\n[\s\S]*hello from A at \/through-tunnel/);
  });

  it('stop() closes open tunnels and the listener', async () => {
    const guard = new EgressGuard({ allow: `127.0.0.1:${origin.port}` });
    const p = await EgressProxy.start(guard);
    const port = p.port;
    const tunnel = await connectVia(port, `127.0.0.1:${origin.port}`);
    expect(tunnel.status).toBe(200);
    const closed = new Promise((resolve) => tunnel.socket.once('close', resolve));
    await p.stop();
    await closed;
    await expect(viaProxy(port, `http://127.0.0.1:${origin.port}/`)).rejects.toThrow(/ECONNREFUSED/);
  });

  it.skipIf(!which('yt-dlp'))('yt-dlp through the proxy cannot follow a redirect to a refused address', async () => {
    const before = origin.requests.length;
    const { code, output } = await run('yt-dlp', ['--ignore-config', '--no-cache-dir', '--proxy', proxy.url('ytdlp-job'), '--dump-json', `http://127.0.0.1:${origin.port}/redirect`]);
    expect(code, output).not.toBe(0);
    expect(origin.requests.length).toBeGreaterThan(before); // the first hop went through
    expect(proxy.refusals('ytdlp-job')).toEqual([{ host: '127.0.0.1', port: forbidden.port, reason: 'blocked_address', detail: expect.any(String) }]);
    expect(forbidden.requests).toHaveLength(0);
  });

  it.skipIf(!which('ffprobe'))('ffprobe sends its token after a 407 challenge and cannot follow the redirect either', async () => {
    const guard = new EgressGuard({ allow: `127.0.0.1:${origin.port}` });
    const p = await EgressProxy.start(guard, { requireToken: true });
    try {
      const { code, output } = await run('ffprobe', ['-v', 'error', '-http_proxy', p.url('ffprobe-job'), `http://127.0.0.1:${origin.port}/redirect`]);
      expect(code, output).not.toBe(0);
      expect(p.refusals('ffprobe-job')).toMatchObject([{ host: '127.0.0.1', port: forbidden.port, reason: 'blocked_address' }]);
      expect(p.refusals('')).toEqual([]);
      expect(forbidden.requests).toHaveLength(0);
    } finally {
      await p.stop();
    }
  });
});

describe('EgressProxy under misbehaving peers', () => {
  let proxy: EgressProxy;
  let origin: Origin;
  const upstreamClosed: string[] = [];
  let rawServer: net.Server;

  beforeAll(async () => {
    origin = await startOrigin((req, res) => {
      if (req.url === '/slow') {
        res.writeHead(200);
        const timer = setInterval(() => res.write('.'.repeat(1024)), 20);
        res.on('close', () => {
          clearInterval(timer);
          upstreamClosed.push(req.url!);
        });
        return;
      }
      res.end('fine');
    });
    // Speaks whatever the request path asks for: garbage, or a response cut short.
    rawServer = net.createServer((socket) => {
      socket.on('error', () => socket.destroy());
      socket.once('data', (d) => {
        const path = d.toString().split(' ')[1];
        if (path === '/garbage') socket.end('this is not HTTP\r\n\r\n');
        else socket.end('HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nabc');
      });
    });
    await new Promise<void>((resolve) => rawServer.listen(0, '127.0.0.1', resolve));
    proxy = await EgressProxy.start(new EgressGuard({ allow: '127.0.0.1' }), { maxConnections: 4 });
  });

  afterAll(async () => {
    await proxy?.stop();
    await origin?.close();
    await new Promise((resolve) => rawServer?.close(resolve));
  });

  const rawPort = () => (rawServer.address() as net.AddressInfo).port;

  it('answers 502 for a destination that does not speak HTTP', async () => {
    expect((await viaProxy(proxy.port, `http://127.0.0.1:${rawPort()}/garbage`)).status).toBe(502);
  });

  it('cuts the client off when the destination stops mid-body, and keeps serving', async () => {
    await expect(viaProxy(proxy.port, `http://127.0.0.1:${rawPort()}/short`)).rejects.toThrow();
    expect((await viaProxy(proxy.port, `http://127.0.0.1:${origin.port}/`)).body).toBe('fine');
  });

  it('closes the upstream exchange when the client goes away mid-download', async () => {
    await new Promise<void>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port: proxy.port, path: `http://127.0.0.1:${origin.port}/slow`, agent: false }, (res) => {
        res.once('data', () => {
          req.destroy();
          resolve();
        });
      });
      req.on('error', () => {});
      req.on('timeout', reject);
      req.end();
    });
    await expect.poll(() => upstreamClosed).toContain('/slow');
    expect((await viaProxy(proxy.port, `http://127.0.0.1:${origin.port}/`)).body).toBe('fine');
  });

  it('answers 400 to a malformed CONNECT target and refuses to proxy to itself', async () => {
    expect((await connectVia(proxy.port, 'no-port-here')).status).toBe(400);
    expect((await connectVia(proxy.port, `127.0.0.1:${proxy.port}`)).status).toBe(403);
    expect((await viaProxy(proxy.port, `http://127.0.0.1:${proxy.port}/`)).status).toBe(403);
  });

  it('drops connections beyond maxConnections', async () => {
    const open = await Promise.all(
      [1, 2, 3, 4].map(
        () =>
          new Promise<net.Socket>((resolve) => {
            const s = net.connect(proxy.port, '127.0.0.1', () => resolve(s));
          }),
      ),
    );
    const extra = net.connect(proxy.port, '127.0.0.1');
    extra.on('error', () => {});
    await new Promise((resolve) => extra.once('close', resolve));
    for (const s of open) s.destroy();
    await expect.poll(async () => (await viaProxy(proxy.port, `http://127.0.0.1:${origin.port}/`).catch(() => undefined))?.body).toBe('fine');
  });
});
