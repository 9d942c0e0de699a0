-- Up Migration

-- Conversion workers alive right now (graphile-worker ids), refreshed every few seconds. A worker
-- whose row goes stale is presumed dead (SIGKILL, lost machine): its locked jobs are unlocked and retried.
CREATE TABLE conversion_workers (
  worker_id text PRIMARY KEY,
  instance text NOT NULL,
  host text NOT NULL,
  pid int NOT NULL,
  started_at timestamptz NOT NULL DEFAULT now(),
  seen_at timestamptz NOT NULL DEFAULT now()
);

-- Down Migration
DROP TABLE conversion_workers;
