import dgram from 'node:dgram';
import ipaddr from 'ipaddr.js';

// A tiny authoritative DNS server over UDP: A and AAAA answers, NODATA, NXDOMAIN and SERVFAIL.

export type Zone = Record<string, { A?: string[]; AAAA?: string[]; servfail?: boolean }>;

export interface DnsServer {
  server: string;
  queries: string[];
  close(): Promise<void>;
}

export async function startDns(zone: Zone): Promise<DnsServer> {
  const socket = dgram.createSocket('udp4');
  const queries: string[] = [];
  socket.on('message', (msg, rinfo) => {
    // Question: labels from offset 12, then QTYPE and QCLASS.
    let offset = 12;
    const labels: string[] = [];
    while (msg[offset] !== 0) {
      const len = msg[offset];
      labels.push(msg.subarray(offset + 1, offset + 1 + len).toString('ascii'));
      offset += 1 + len;
    }
    offset += 1;
    const qtype = msg.readUInt16BE(offset);
    const question = msg.subarray(12, offset + 4);
    const name = labels.join('.').toLowerCase();
    const type = qtype === 1 ? 'A' : qtype === 28 ? 'AAAA' : String(qtype);
    queries.push(`${type} ${name}`);

    const entry = zone[name];
    const rcode = !entry ? 3 : entry.servfail ? 2 : 0;
    const addresses = entry && !entry.servfail ? ((type === 'A' ? entry.A : type === 'AAAA' ? entry.AAAA : undefined) ?? []) : [];
    const answers = addresses.map((ip) => {
      const rdata = Buffer.from(ipaddr.parse(ip).toByteArray());
      const rr = Buffer.alloc(12);
      rr.writeUInt16BE(0xc00c, 0); // pointer to the question name
      rr.writeUInt16BE(qtype, 2);
      rr.writeUInt16BE(1, 4); // IN
      rr.writeUInt32BE(60, 6);
      rr.writeUInt16BE(rdata.length, 10);
      return Buffer.concat([rr, rdata]);
    });
    const header = Buffer.alloc(12);
    header.writeUInt16BE(msg.readUInt16BE(0), 0); // id
    header.writeUInt16BE(0x8000 | 0x0400 | (msg.readUInt16BE(2) & 0x0100) | 0x0080 | rcode, 2); // QR AA RD RA rcode
    header.writeUInt16BE(1, 4);
    header.writeUInt16BE(answers.length, 6);
    socket.send(Buffer.concat([header, question, ...answers]), rinfo.port, rinfo.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  return {
    server: `127.0.0.1:${socket.address().port}`,
    queries,
    close: () => new Promise((resolve) => socket.close(() => resolve())),
  };
}

