import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import net from 'node:net';
import * as grpc from '@grpc/grpc-js';
import { jsonEvent, KurrentDBClient } from '@kurrent/kurrentdb-client';
import { describe, expect, it } from 'vitest';
import { distEntry } from '../../../../test/support/processes';
import { isTransient } from '../projections/projector';
import { describeEventStoreContract } from './event-store.contract';
import { EventStoreUnavailableError, EventToAppend } from './event-store.port';
import { KurrentDbEventStore } from './kurrentdb-event-store';
import { domainUpcaster } from './upcasting';

const connectionString = process.env.EVENTSTORE_CONNECTION_STRING;

// Runs only against a real server; without EVENTSTORE_CONNECTION_STRING the suite is reported as skipped.
describeEventStoreContract(
  'KurrentDB',
  async () => {
    const store = KurrentDbEventStore.fromConnectionString(connectionString!, { upcast: domainUpcaster });
    const raw = KurrentDBClient.connectionString(connectionString!);
    return {
      store,
      async appendRaw(streamName, event) {
        await raw.appendToStream(
          streamName,
          jsonEvent({ id: event.id ?? randomUUID(), type: event.type, data: event.data as never, metadata: event.metadata as never }),
        );
      },
      async teardown() {
        await store.close();
        await raw.dispose();
      },
    };
  },
  Boolean(connectionString),
);

/** Node, the adapter and the projector as built (`npm run build`), for a child process that must exit on its own. */
const built = (relative: string) => JSON.stringify(distEntry(relative));

describe('KurrentDB adapter with no server to reach', () => {
  const unreachable = 'kurrentdb://127.0.0.1:1?tls=false';
  const sample = (): EventToAppend => ({
    id: randomUUID(),
    type: 'Thing',
    data: { n: 1 },
    metadata: { correlationId: 'c', causationId: 'c', actor: { kind: 'system', id: 'test' }, schemaVersion: 1, occurredAt: new Date().toISOString() },
  });

  it('rejects reads and appends with errors the projector retries (never records as a failure)', async () => {
    const store = KurrentDbEventStore.fromConnectionString(unreachable);
    try {
      const calls: [string, () => Promise<unknown>][] = [
        ['readAll', () => store.readAll({ fromPosition: 0, maxCount: 10 })],
        ['readAll after a position', () => store.readAll({ fromPosition: 1234, maxCount: 10, filter: { categories: ['credits'] } })],
        ['readStream', () => store.readStream('credits-1')],
        ['headPosition', () => store.headPosition()],
        ['countAfter', () => store.countAfter(0, 100)],
        ['appendToStream', () => store.appendToStream('credits-1', [sample()], { expectedRevision: 3 })],
        ['appendToStream any', () => store.appendToStream('credits-1', [sample()])],
      ];
      for (const [name, call] of calls) {
        const error = await call().then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(error, name).toBeInstanceOf(EventStoreUnavailableError);
        expect(isTransient(error), name).toBe(true);
      }
    } finally {
      await store.close();
    }
  });

  it('close() closes its gRPC connection and the store stays closed', async () => {
    // A gRPC server with no services stands in for the server: the client connects, calls fail.
    const server = new grpc.Server();
    const grpcPort = await new Promise<number>((resolve, reject) =>
      server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (error, port) => (error ? reject(error) : resolve(port))),
    );
    let opened = 0;
    let closed = 0;
    const proxy = net.createServer((socket) => {
      opened++;
      const upstream = net.connect(grpcPort, '127.0.0.1');
      socket.on('error', () => undefined);
      upstream.on('error', () => undefined);
      socket.pipe(upstream).pipe(socket);
      socket.on('close', () => {
        closed++;
        upstream.destroy();
      });
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const store = KurrentDbEventStore.fromConnectionString(`kurrentdb://127.0.0.1:${(proxy.address() as net.AddressInfo).port}?tls=false`);
    try {
      // The wake-up subscription goes through the client's gRPC channel (reads go through its Rust
      // bridge, whose connection the client offers no way to close).
      void store.waitForEvents(0, 60_000);
      await expect.poll(() => opened).toBeGreaterThan(0);
      expect(closed).toBe(0);
      await store.close();
      // The gRPC channel's connection is closed (the client's dispose() alone leaves it open).
      await expect.poll(() => closed, { timeout: 5000 }).toBeGreaterThan(0);
      await expect(store.readAll()).rejects.toThrow(/closed/);
      await expect(store.appendToStream('credits-1', [sample()])).rejects.toThrow(/closed/);
      await store.close();
    } finally {
      await store.close();
      proxy.close();
      server.forceShutdown();
    }
  });

  it('close() lets the process exit, even with a reader waiting and one arriving after it', async () => {
    const script = `
      const { KurrentDbEventStore } = require(${built('libs/infrastructure/src/event-store/kurrentdb-event-store.js')});
      (async () => {
        const store = KurrentDbEventStore.fromConnectionString(${JSON.stringify(unreachable)});
        const waiting = store.waitForEvents(0, 600000);
        await store.readAll().catch(() => undefined);
        await store.appendToStream('credits-1', [${JSON.stringify(sample())}]).catch(() => undefined);
        await store.close();
        await waiting;
        await store.waitForEvents(0, 600000);
        console.log('closed');
      })();`;
    const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    const started = Date.now();
    const code = await exited;
    clearTimeout(timer);
    expect(output).toContain('closed');
    expect(code).toBe(0);
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});
