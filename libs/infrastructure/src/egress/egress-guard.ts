import net from 'node:net';
import { AllowList, classifyAddress, normalizeHostname, parseAllowList } from './address-policy';
import { HostResolver, ResolveError } from './resolver';

export type EgressRefusalReason = 'scheme' | 'blocked_address' | 'dns_failed' | 'bad_url';

export type EgressCheck = { ok: true; addresses: string[] } | { ok: false; reason: EgressRefusalReason; detail: string };

export class EgressRefused extends Error {
  constructor(
    readonly reason: EgressRefusalReason,
    readonly detail: string,
  ) {
    super(`egress refused (${reason}): ${detail}`);
    this.name = 'EgressRefused';
  }
}

export interface EgressGuardOptions {
  /** Allow-list spec (see parseAllowList); empty or absent allows only public unicast addresses. */
  allow?: string;
  /** DNS servers to query instead of the system resolver, e.g. `['127.0.0.1:5353']`. */
  dnsServers?: string[];
  /** Overrides dnsServers. */
  resolver?: HostResolver;
}

const SCHEMES = new Map([
  ['http:', 80],
  ['https:', 443],
]);

/**
 * Canonical host for resolving and matching: brackets dropped, lower case, no trailing dot, IPv4 shorthand
 * (`0x7f.1`, `2130706433`) and IDN turned into what the WHATWG URL parser makes of them.
 */
function canonicalHost(host: string): string {
  const bare = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
  if (bare === '' || /[\s/\\?#@%]/.test(bare)) throw new EgressRefused('bad_url', `malformed host "${host}"`);
  if (net.isIPv6(bare)) return new URL(`http://[${bare}]/`).hostname.slice(1, -1);
  if (bare.includes(':')) throw new EgressRefused('bad_url', `malformed host "${host}"`);
  let hostname: string;
  try {
    hostname = new URL(`http://${bare}/`).hostname;
  } catch {
    throw new EgressRefused('bad_url', `malformed host "${host}"`);
  }
  const name = normalizeHostname(hostname);
  if (name === '') throw new EgressRefused('bad_url', `malformed host "${host}"`);
  return name;
}

/** Decides whether a URL may be fetched: http(s) only, and every address its host resolves to must be allowed. */
export class EgressGuard {
  readonly allowList: AllowList;
  private readonly resolver: HostResolver;

  constructor(opts: EgressGuardOptions = {}) {
    this.allowList = parseAllowList(opts.allow);
    this.resolver = opts.resolver ?? new HostResolver(opts.dnsServers);
  }

  async check(url: string | URL): Promise<EgressCheck> {
    try {
      let parsed: URL;
      try {
        parsed = typeof url === 'string' ? new URL(url) : url;
      } catch {
        throw new EgressRefused('bad_url', `not a URL: ${String(url).slice(0, 200)}`);
      }
      const defaultPort = SCHEMES.get(parsed.protocol);
      if (defaultPort === undefined) throw new EgressRefused('scheme', `${parsed.protocol.replace(/:$/, '')} URLs are not fetched`);
      if (parsed.hostname === '') throw new EgressRefused('bad_url', 'URL has no host');
      const port = parsed.port === '' ? defaultPort : Number(parsed.port);
      return { ok: true, addresses: await this.resolveAllowed(parsed.hostname, port) };
    } catch (err) {
      if (err instanceof EgressRefused) return { ok: false, reason: err.reason, detail: err.detail };
      throw err;
    }
  }

  /**
   * The addresses `host` resolves to, all of them allowed for `port`; connect only to these.
   * Throws EgressRefused when the host is malformed, does not resolve, or any address is refused.
   */
  async resolveAllowed(host: string, port: number): Promise<string[]> {
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw new EgressRefused('bad_url', `bad port ${port}`);
    const name = canonicalHost(host);
    let addresses: string[];
    try {
      addresses = await this.resolver.resolve(name);
    } catch (err) {
      if (err instanceof ResolveError) throw new EgressRefused('dns_failed', `${name}: ${err.code === 'not_found' ? 'no such host' : err.message}`);
      throw err;
    }
    // A host name on the allow-list vouches for whatever it resolves to.
    if (this.allowList.allowsHost(name, port)) return addresses;
    const refused = addresses
      .map((address) => ({ address, verdict: classifyAddress(address, { allow: this.allowList, port }) }))
      .filter((a) => !a.verdict.allowed);
    if (refused.length > 0) {
      const list = refused.map((r) => `${r.address} (${r.verdict.range})`).join(', ');
      throw new EgressRefused('blocked_address', net.isIP(name) ? `${list} is not a public address` : `${name} resolves to ${list}`);
    }
    return addresses;
  }
}

/** The guard as configured: FETCH_ALLOW allow-list, DNS_SERVERS resolver. */
export function egressGuard(config: { FETCH_ALLOW: string; DNS_SERVERS?: string }): EgressGuard {
  return new EgressGuard({ allow: config.FETCH_ALLOW, ...(config.DNS_SERVERS ? { dnsServers: config.DNS_SERVERS.split(',').map((s) => s.trim()) } : {}) });
}
