import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { allProjections, isReplayable, reconcilePayments, REPLAYABLE_CATEGORIES, replayStream } from '@app/application';
import type { ReconciliationReport } from '@app/application';
import {
  AggregateRunner,
  categoryOf,
  AGGREGATE_RUNNER,
  Commands,
  CoreModule,
  createEventStore,
  EVENT_STORE as EVENT_STORE_TOKEN,
  EventStore,
  createPool,
  loadConfig,
  loadConfigOrExit,
  Logger,
  prepareRuntime,
  READ_MODEL_PROJECTIONS,
  ReadModels,
  rebuildProjection,
  redactText,
  resumeProjection,
  StarsPayments,
  stripeGatewayOf,
  telegramClientOf,
  telegramTargetOf,
} from '@app/infrastructure';
import { NestFactory } from '@nestjs/core';
import { SingleBar, Presets } from 'cli-progress';

/**
 * Everything the projector runs, named from the registry itself. The factories only capture their
 * dependencies (nothing runs until a batch is handled), so inert ones serve for the names.
 */
const ALL_PROJECTIONS = allProjections({ commands: {} as Commands, runner: {} as AggregateRunner, store: {} as EventStore, config: loadConfig({}), logger: {} as Logger }).map((p) => p.name);
const PROCESS_MANAGERS = ALL_PROJECTIONS.filter((name) => !READ_MODEL_PROJECTIONS.some((p) => p.name === name));

const USAGE = `usage: npm run ops -- <command>

  status                                  projections, checkpoints, lag (events still to read) and errors
  rebuild <projection> | --all            replay read models from position 0 into fresh tables, then swap
  replay <stream> [--at <ISO time> | --position <n>]
                                          the aggregate's state as it was then, and the events behind it
  resume <projection>                     clear a failed projection so it retries from its checkpoint
  reconcile                               compare Telegram Stars transactions and Stripe's events with our log,
                                          record what it missed (once), and print what was found

read models (rebuild, status, resume): ${READ_MODEL_PROJECTIONS.map((p) => p.name).join(', ')}
process managers (status, resume):     ${PROCESS_MANAGERS.join(', ')}
aggregates (replay <aggregate>-<id>):  ${REPLAYABLE_CATEGORIES.join(', ')}`;

class UsageError extends Error {}

/** Under the status table: what its number columns count. */
const STATUS_LEGEND =
  'checkpoint: log position read up to · lag: events after it, still to read · applied: events it handled since it was created or last rebuilt';

function table(rows: Record<string, unknown>[]): string {
  if (rows.length === 0) return '(none)';
  const headers = Object.keys(rows[0]!);
  const cells = rows.map((r) => headers.map((h) => String(r[h] ?? '')));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (values: string[]) => values.map((v, i) => v.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

/** What a reconciliation run found, one row per provider, then the ids it recorded. */
function reconciliationTable(report: ReconciliationReport): string {
  const rows = [
    {
      provider: 'stars',
      checked: report.stars.checked ? 'yes' : 'no (no bot configured)',
      seen: report.stars.transactions,
      recorded: report.stars.paymentsRecorded.length + report.stars.refundsRecorded.length,
      found: [...report.stars.paymentsRecorded.map((id) => `payment ${id}`), ...report.stars.refundsRecorded.map((id) => `refund ${id}`), ...report.stars.unmatched.map((id) => `unmatched ${id}`)].join(', '),
    },
    {
      provider: 'stripe',
      checked: report.stripe.checked ? `since ${report.stripe.since === null ? '-' : new Date(report.stripe.since * 1000).toISOString()}` : 'no (STRIPE_SECRET_KEY not set)',
      seen: `${report.stripe.events} (+${report.stripe.undelivered} undelivered)`,
      recorded: report.stripe.eventsRecorded.length,
      found: report.stripe.eventsRecorded.join(', '),
    },
  ];
  return `reconciliation ${report.runId} (${report.startedAt} → ${report.finishedAt})\n${table(rows)}`;
}

/** JSON for folded state: Maps become objects and Sets arrays. */
function printable(state: unknown): string {
  return JSON.stringify(
    state,
    (_key, value) => (value instanceof Map ? Object.fromEntries(value) : value instanceof Set ? [...value] : value),
    2,
  );
}

const OPTIONS = {
  all: { type: 'boolean' },
  at: { type: 'string' },
  position: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * The options, checked here rather than by parseArgs' strict mode, whose messages are written for
 * programmers ("argument is ambiguous", for `--position -5`).
 */
function parseOptions(argv: string[]): { positionals: string[]; values: { all?: boolean; at?: string; position?: string; help?: boolean } } {
  const { positionals, values } = parseArgs({ args: argv, allowPositionals: true, strict: false, options: OPTIONS });
  for (const [name, value] of Object.entries(values)) {
    const option = OPTIONS[name as keyof typeof OPTIONS];
    const flag = name.length === 1 ? `-${name}` : `--${name}`;
    if (!option) throw new UsageError(`unknown option ${flag}`);
    if (option.type === 'string' && typeof value !== 'string') throw new UsageError(`${flag} needs a value, e.g. ${flag} ${name === 'at' ? '2026-01-31T12:00:00Z' : '120'}`);
    if (option.type === 'boolean' && typeof value !== 'boolean') throw new UsageError(`${flag} takes no value`);
  }
  return { positionals, values: values as { all?: boolean; at?: string; position?: string; help?: boolean } };
}

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseOptions(argv);
  const [command, target, ...extra] = positionals;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (!command) throw new UsageError('a command is required');
  if (extra.length > 0) throw new UsageError(`unexpected arguments: ${extra.join(' ')}`);

  // Validate everything before touching the database.
  if (command === 'rebuild') {
    if (Boolean(values.all) === Boolean(target)) throw new UsageError('rebuild needs one projection name or --all');
    if (target && !READ_MODEL_PROJECTIONS.some((p) => p.name === target)) throw new UsageError(`unknown projection "${target}"`);
  } else if (command === 'replay') {
    if (!target) throw new UsageError('replay needs a stream name, e.g. credits-<userId>');
    if (!isReplayable(target)) throw new UsageError(`no aggregate for stream category "${categoryOf(target)}"`);
    if (values.at !== undefined && values.position !== undefined) throw new UsageError('give --at or --position, not both');
    if (values.at !== undefined && Number.isNaN(Date.parse(values.at))) throw new UsageError(`--at must be an ISO time, got "${values.at}"`);
    if (values.position !== undefined && !/^\d+$/.test(values.position)) throw new UsageError(`--position must be a log position: a whole number, 0 or more (got "${values.position}")`);
  } else if (command === 'resume') {
    if (!target) throw new UsageError('resume needs a projection name');
    if (!ALL_PROJECTIONS.includes(target)) throw new UsageError(`unknown projection "${target}"`);
  } else if (command === 'reconcile') {
    if (target) throw new UsageError('reconcile takes no arguments');
  } else if (command !== 'status') {
    throw new UsageError(`unknown command "${command}"`);
  } else if (target) {
    throw new UsageError('status takes no arguments');
  }

  const config = loadConfigOrExit({ LOG_LEVEL: 'warn', ...process.env });
  const runtime = await prepareRuntime('ops', config);
  const pool = createPool(runtime.databaseUrl, { applicationName: 'ops', max: 4 });
  const store = createEventStore(runtime.config, pool);
  try {
    switch (command) {
      case 'reconcile': {
        // The command bus (idempotent commands, as the live path uses) needs the Nest context.
        const app = await NestFactory.createApplicationContext(CoreModule.forRoot({ config: runtime.config, databaseUrl: runtime.databaseUrl, appName: 'ops', logger: runtime.logger }), { logger: false });
        try {
          const telegram = telegramClientOf(() => telegramTargetOf(runtime.config));
          const stripe = stripeGatewayOf(runtime.config);
          const report = await reconcilePayments({
            commands: app.get(Commands),
            runner: app.get<AggregateRunner>(AGGREGATE_RUNNER),
            store: app.get<EventStore>(EVENT_STORE_TOKEN),
            ...(stripe ? { stripe } : {}),
            stars: async () => {
              const client = await telegram();
              return client ? new StarsPayments(client) : undefined;
            },
          });
          process.stdout.write(`${reconciliationTable(report)}
`);
        } finally {
          await app.close();
        }
        return 0;
      }
      case 'status': {
        const projections = await new ReadModels(pool, store).projections();
        process.stdout.write(
          `${table(
            projections.map((p) => ({
              projection: p.name,
              status: p.status,
              checkpoint: p.position,
              lag: p.lag,
              applied: p.eventsProcessed,
              error: p.error ?? '',
            })),
          )}\n${projections.length ? `${STATUS_LEGEND}\n` : ''}head position: ${await store.headPosition()}\n`,
        );
        return projections.some((p) => p.status === 'failed') ? 1 : 0;
      }
      case 'rebuild': {
        const selected = values.all ? READ_MODEL_PROJECTIONS : READ_MODEL_PROJECTIONS.filter((p) => p.name === target);
        const bar = new SingleBar(
          { format: '{projection} [{bar}] {percentage}% | position {value}/{total} | {events} events', hideCursor: true },
          Presets.shades_classic,
        );
        for (const projection of selected) {
          bar.start(1, 0, { projection: projection.name.padEnd(18), events: 0 });
          const result = await rebuildProjection(pool, store, projection, {
            onProgress: (p) => {
              bar.setTotal(Math.max(p.head, 1));
              bar.update(p.position, { events: p.events });
            },
          });
          bar.update(bar.getTotal(), { events: result.events });
          bar.stop();
          process.stdout.write(`rebuilt ${result.projection}: ${result.events} events in ${result.millis} ms (checkpoint ${result.position})\n`);
        }
        return 0;
      }
      case 'replay': {
        const cutoff = values.position ? Number(values.position) : undefined;
        const at = values.at ? new Date(values.at) : undefined;
        const replay = await replayStream(store, target!, { ...(cutoff !== undefined ? { position: cutoff } : {}), ...(at ? { at } : {}) });
        if (replay.total === 0) {
          process.stderr.write(`stream ${target} has no events\n`);
          return 1;
        }
        const when = at !== undefined ? `at ${at.toISOString()}` : cutoff !== undefined ? `at position ${cutoff}` : 'now';
        process.stdout.write(`${target} ${when}: ${replay.events.length} of ${replay.total} events\n\n`);
        process.stdout.write(
          `${table(
            replay.events.map((e) => ({
              position: e.position,
              revision: e.revision,
              occurredAt: e.metadata.occurredAt,
              type: e.type,
              actor: `${e.metadata.actor?.kind}:${e.metadata.actor?.id}`,
              reason: e.metadata.reason ?? '',
              data: JSON.stringify(e.data),
            })),
          )}\n\nstate:\n${printable(replay.state)}\n`,
        );
        for (const [name, value] of Object.entries(replay.facts)) process.stdout.write(`${name}: ${value}\n`);
        return 0;
      }
      case 'resume': {
        const resumed = await resumeProjection(pool, target!);
        process.stdout.write(resumed ? `resumed ${target}\n` : `${target} is not failed\n`);
        return resumed ? 0 : 1;
      }
    }
    return 2;
  } finally {
    await store.close();
    await pool.end();
    await runtime.embedded?.stop();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    if (error instanceof UsageError) {
      process.stderr.write(`error: ${error.message}\n\n${USAGE}\n`);
      process.exit(2);
    }
    process.stderr.write(redactText(`ops failed: ${error instanceof Error ? error.stack : String(error)}\n`));
    process.exit(1);
  },
);
