-- Up Migration

-- One row per projection: its checkpoint (updated in the same transaction as its read-model rows)
-- and its health. A failed projection stops here with the error and the event that caused it.
CREATE TABLE projection_status (
  name text PRIMARY KEY,
  position bigint NOT NULL DEFAULT 0,
  status text NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'failed')),
  events_processed bigint NOT NULL DEFAULT 0,
  error text,
  failed_event_id uuid,
  failed_position bigint,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Down Migration
DROP TABLE projection_status;
