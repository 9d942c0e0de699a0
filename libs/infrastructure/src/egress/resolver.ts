import { promises as dns } from 'node:dns';
import net from 'node:net';

export type ResolveErrorCode = 'not_found' | 'failed' | 'timeout';

export class ResolveError extends Error {
  constructor(
    readonly code: ResolveErrorCode,
    readonly host: string,
    detail: string,
  ) {
    super(`${host}: ${detail}`);
    this.name = 'ResolveError';
  }
}

/** Answers for one family that mean "this name has no such records", not "resolution failed". */
const EMPTY_ANSWER = new Set(['ENODATA', 'ENOTFOUND', 'NXDOMAIN']);

/** An IP literal (bracketed IPv6 too) as a plain address, or undefined for a host name. */
export function ipLiteral(host: string): string | undefined {
  const bare = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
  return net.isIP(bare) !== 0 ? bare : undefined;
}

function errorCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : undefined;
}

/**
 * Every A/AAAA address of a host name. With no DNS servers it asks the system resolver
 * (`getaddrinfo`, so /etc/hosts counts); with servers (`['127.0.0.1:5353']`) it queries those directly.
 */
export class HostResolver {
  private readonly resolver?: dns.Resolver;

  constructor(
    dnsServers?: readonly string[],
    private readonly timeoutMs = 10_000,
  ) {
    if (dnsServers && dnsServers.length > 0) {
      this.resolver = new dns.Resolver({ timeout: Math.min(timeoutMs, 3_000), tries: 2 });
      this.resolver.setServers([...dnsServers]);
    }
  }

  async resolve(host: string): Promise<string[]> {
    const literal = ipLiteral(host);
    if (literal) return [literal];
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new ResolveError('timeout', host, `no answer within ${this.timeoutMs} ms`)), this.timeoutMs);
    });
    try {
      const addresses = await Promise.race([this.resolver ? this.viaServers(this.resolver, host) : this.viaSystem(host), timeout]);
      const unique = [...new Set(addresses)];
      if (unique.length === 0) throw new ResolveError('not_found', host, 'no A or AAAA records');
      return unique;
    } finally {
      clearTimeout(timer);
    }
  }

  private async viaSystem(host: string): Promise<string[]> {
    try {
      const found = await dns.lookup(host, { all: true, order: 'verbatim' });
      return found.map((a) => a.address);
    } catch (err) {
      const code = errorCode(err);
      if (code && EMPTY_ANSWER.has(code)) throw new ResolveError('not_found', host, `not found (${code})`);
      throw new ResolveError('failed', host, `lookup failed (${code ?? String(err)})`);
    }
  }

  private async viaServers(resolver: dns.Resolver, host: string): Promise<string[]> {
    const [v4, v6] = await Promise.allSettled([resolver.resolve4(host), resolver.resolve6(host)]);
    const addresses: string[] = [];
    const failures: string[] = [];
    for (const result of [v4, v6]) {
      if (result.status === 'fulfilled') addresses.push(...result.value);
      else {
        const code = errorCode(result.reason);
        if (!code || !EMPTY_ANSWER.has(code)) failures.push(code ?? String(result.reason));
      }
    }
    // Only addresses we were told about are ever connected to, so one family failing is not a reason to fail.
    if (addresses.length === 0 && failures.length > 0) {
      const timedOut = failures.every((c) => c === 'ETIMEOUT');
      throw new ResolveError(timedOut ? 'timeout' : 'failed', host, `DNS query failed (${failures.join(', ')})`);
    }
    return addresses;
  }
}
