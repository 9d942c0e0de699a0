-- Up Migration

-- Per-user rate-limit counters (rate-limiter-flexible's PostgreSQL store). Created here rather
-- than by the library at start-up, so the first update never races the table's creation.
CREATE TABLE IF NOT EXISTS bot_rate_limits (
  key varchar(255) PRIMARY KEY,
  points integer NOT NULL DEFAULT 0,
  expire bigint
);

-- Down Migration
DROP TABLE bot_rate_limits;
