import net from 'node:net';

/**
 * A stand-in FTP server on 127.0.0.1 that nothing may reach: it greets with a 220 banner, answers
 * every command with 530 and records each connection. A test that expects no direct FTP fetch
 * asserts `connections` is empty after a positive sign that the fetch was tried and refused.
 */
export interface FtpListener {
  port: number;
  /** `ftp://127.0.0.1:<port><path>` */
  url(path: string): string;
  /** Remote addresses of every connection, in arrival order. */
  connections: string[];
  close(): Promise<void>;
}

export async function startFtpListener(): Promise<FtpListener> {
  const connections: string[] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    connections.push(`${socket.remoteAddress}:${socket.remotePort}`);
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    socket.write('220 stand-in FTP server\r\n');
    socket.on('data', () => socket.write('530 Not logged in.\r\n'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    port,
    url: (path) => `ftp://127.0.0.1:${port}${path.startsWith('/') ? '' : '/'}${path}`,
    connections,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
