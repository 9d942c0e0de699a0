-- Up Migration

-- Link previews waiting for the user's format choice and confirmation (bot state, not an event:
-- nothing is charged or recorded until the user confirms).
CREATE TABLE bot_pending_conversions (
  user_id text NOT NULL,
  preview_id text NOT NULL,
  data jsonb NOT NULL,
  -- Set by the confirm that takes it: a second confirm (double tap, re-delivery) finds it taken.
  claimed boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, preview_id)
);

-- Down Migration
DROP TABLE bot_pending_conversions;
