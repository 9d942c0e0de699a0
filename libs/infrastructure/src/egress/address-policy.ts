import net from 'node:net';
import ipaddr from 'ipaddr.js';

type Address = ipaddr.IPv4 | ipaddr.IPv6;

/** The verdict on one IP address: `range` names where it lies (ipaddr.js range names, nested for embedded IPv4). */
export interface AddressClass {
  allowed: boolean;
  range: string;
  /** True when the address is allowed only because the allow-list names it. */
  allowListed?: boolean;
}

const GLOBAL_UNICAST_V6 = ipaddr.IPv6.parseCIDR('2000::/3');
const NAT64_WELL_KNOWN = ipaddr.IPv6.parseCIDR('64:ff9b::/96');

function v4FromWords(high: number, low: number): ipaddr.IPv4 {
  return new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);
}

function classifyV4(addr: ipaddr.IPv4): AddressClass {
  const range = addr.range();
  return { allowed: range === 'unicast', range };
}

/** An IPv6 form that carries an IPv4 address is only as good as the IPv4 address inside it. */
function embedded(kind: string, inner: ipaddr.IPv4): AddressClass {
  const c = classifyV4(inner);
  return { allowed: c.allowed, range: `${kind}(${c.range})` };
}

function classifyV6(addr: ipaddr.IPv6): AddressClass {
  const range = addr.range();
  const p = addr.parts;
  let verdict: AddressClass;
  switch (range) {
    case 'ipv4Mapped': // ::ffff:a.b.c.d
    case 'rfc6145': // ::ffff:0:a.b.c.d (IPv4-translated)
      verdict = embedded(range, v4FromWords(p[6], p[7]));
      break;
    case 'rfc6052': // NAT64: only the well-known /96 has the IPv4 address in a fixed place
      verdict = addr.match(NAT64_WELL_KNOWN) ? embedded('nat64', v4FromWords(p[6], p[7])) : { allowed: false, range: 'nat64LocalUse' };
      break;
    case '6to4': // 2002:AABB:CCDD::/48
      verdict = embedded('6to4', v4FromWords(p[1], p[2]));
      break;
    case 'teredo': {
      // 2001:0::/32 — server address in words 2–3, client address obfuscated (inverted) in words 6–7.
      const server = classifyV4(v4FromWords(p[2], p[3]));
      const client = classifyV4(v4FromWords(p[6] ^ 0xffff, p[7] ^ 0xffff));
      verdict = { allowed: server.allowed && client.allowed, range: `teredo(${server.range},${client.range})` };
      break;
    }
    case 'unicast':
      if (!addr.match(GLOBAL_UNICAST_V6)) {
        // ipaddr.js calls everything it has no name for 'unicast'; only 2000::/3 is allocated global unicast.
        verdict = { allowed: false, range: 'unallocated' };
      } else if ((p[4] & 0xfdff) === 0 && p[5] === 0x5efe) {
        // ISATAP interface identifier (::0:5efe:a.b.c.d or ::200:5efe:a.b.c.d) embeds an IPv4 address.
        verdict = embedded('isatap', v4FromWords(p[6], p[7]));
      } else {
        verdict = { allowed: true, range };
      }
      break;
    default:
      verdict = { allowed: false, range };
  }
  if (verdict.allowed && addr.zoneId) return { allowed: false, range: 'zoned' };
  return verdict;
}

function parseStrict(ip: string): Address | undefined {
  // net.isIP refuses the shorthand/octal/hex IPv4 spellings that ipaddr.js (and inet_aton) accept.
  if (net.isIP(ip) === 0) return undefined;
  try {
    return ipaddr.parse(ip);
  } catch {
    return undefined;
  }
}

/** IPv4-mapped IPv6 addresses are matched against IPv4 allow-list entries as the IPv4 address they carry. */
function unmapped(addr: Address): Address {
  return addr.kind() === 'ipv6' && (addr as ipaddr.IPv6).isIPv4MappedAddress() ? (addr as ipaddr.IPv6).toIPv4Address() : addr;
}

function validPort(text: string): number | undefined {
  if (!/^\d{1,5}$/.test(text)) return undefined;
  const port = Number(text);
  return port >= 1 && port <= 65535 ? port : undefined;
}

const HOSTNAME = /^(?=.{1,253}$)[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?(?:\.[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)*$/;

/** Lower-cased, trailing dot removed: the form hosts are compared in. */
export function normalizeHostname(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/, '');
}

export type AllowEntry =
  | { kind: 'network'; network: [Address, number]; port?: number; text: string }
  | { kind: 'host'; host: string; port?: number; text: string };

/**
 * Destinations allowed even though their addresses lie in refused ranges (tests, local media servers).
 * An entry without a port allows every port.
 */
export class AllowList {
  constructor(readonly entries: readonly AllowEntry[] = []) {}

  get isEmpty(): boolean {
    return this.entries.length === 0;
  }

  allowsAddress(ip: string, port?: number): boolean {
    const parsed = parseStrict(ip);
    if (!parsed) return false;
    const addr = unmapped(parsed);
    return this.entries.some(
      (e) => e.kind === 'network' && (e.port === undefined || e.port === port) && e.network[0].kind() === addr.kind() && addr.match(e.network),
    );
  }

  allowsHost(host: string, port?: number): boolean {
    const name = normalizeHostname(host);
    return this.entries.some((e) => e.kind === 'host' && e.host === name && (e.port === undefined || e.port === port));
  }
}

function parseEntry(text: string): AllowEntry {
  const fail = (why: string): never => {
    throw new Error(`invalid egress allow-list entry "${text}": ${why}`);
  };
  const port = (p: string | undefined): number | undefined => (p === undefined ? undefined : (validPort(p) ?? fail('port must be 1–65535')));
  const network = (ip: string, bits: string | undefined): [Address, number] => {
    if (net.isIP(ip) === 0) return fail('not an IP address');
    const addr = ipaddr.parse(ip);
    if (addr.kind() === 'ipv6' && (addr as ipaddr.IPv6).zoneId) fail('zone identifiers are not allowed');
    const max = addr.kind() === 'ipv4' ? 32 : 128;
    if (bits === undefined) return [addr, max];
    const n = Number(bits);
    if (!/^\d{1,3}$/.test(bits) || n > max) fail(`prefix length must be 0–${max}`);
    return [addr, n];
  };

  // [v6], [v6]:port, [v6]/len, [v6]/len:port
  let m = /^\[([^\]]+)\](?:\/(\d+))?(?::(\d+))?$/.exec(text);
  if (m) {
    if (!net.isIPv6(m[1])) fail('brackets must hold an IPv6 address');
    return { kind: 'network', network: network(m[1], m[2]), port: port(m[3]), text };
  }
  // CIDR, optionally with a port after the prefix length: 10.0.0.0/8, 10.0.0.0/8:80, fd00::/8
  m = /^([^/]+)\/(\d+)(?::(\d+))?$/.exec(text);
  if (m) return { kind: 'network', network: network(m[1], m[2]), port: port(m[3]), text };
  if (text.includes('/')) fail('CIDR must look like <ip>/<prefix length>');
  // A bare IP (IPv6 without brackets cannot carry a port)
  if (net.isIP(text) !== 0) return { kind: 'network', network: network(text, undefined), port: undefined, text };
  // ip:port or host:port
  m = /^([^:]+):([^:]*)$/.exec(text);
  const [name, portText] = m ? [m[1], m[2]] : [text, undefined];
  if (net.isIPv4(name)) return { kind: 'network', network: network(name, undefined), port: port(portText), text };
  const host = normalizeHostname(name);
  if (!HOSTNAME.test(host)) fail('not a host name, IP address or CIDR');
  if (/^[\d.]+$/.test(host)) fail('not a valid IPv4 address');
  return { kind: 'host', host, port: port(portText), text };
}

/**
 * Parses a comma-separated allow-list: `host`, `host:port`, `ip`, `ip:port`, `[ipv6]:port`, `cidr`
 * (`127.0.0.0/8`, `fd00::/8`) or `cidr:port`. An empty spec allows nothing extra. Throws on a malformed entry.
 */
export function parseAllowList(spec: string | undefined): AllowList {
  const entries = (spec ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map(parseEntry);
  return new AllowList(entries);
}

/**
 * Whether an HTTP fetch may connect to `ip`. Only public unicast addresses are allowed: loopback, private,
 * link-local (cloud metadata), CGNAT, multicast, broadcast, reserved, unique-local, unallocated IPv6 and
 * IPv6 forms carrying a non-public IPv4 address are refused — unless `allow` lists the address (and `port`).
 * Anything that is not a plain IPv4/IPv6 literal is refused as `invalid`.
 */
export function classifyAddress(ip: string, opts: { allow?: AllowList; port?: number } = {}): AddressClass {
  const addr = parseStrict(ip);
  if (!addr) return { allowed: false, range: 'invalid' };
  const verdict = addr.kind() === 'ipv4' ? classifyV4(addr as ipaddr.IPv4) : classifyV6(addr as ipaddr.IPv6);
  if (!verdict.allowed && opts.allow?.allowsAddress(ip, opts.port)) return { allowed: true, range: verdict.range, allowListed: true };
  return verdict;
}
