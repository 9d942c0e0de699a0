-- Up Migration

-- Telegram updates the bot has taken: a re-delivered update (same id) is skipped.
CREATE TABLE bot_processed_updates (
  update_id bigint PRIMARY KEY,
  processed_at timestamptz NOT NULL DEFAULT now()
);

-- Down Migration
DROP TABLE bot_processed_updates;
