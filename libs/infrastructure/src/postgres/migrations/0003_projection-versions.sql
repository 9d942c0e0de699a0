-- Up Migration

-- The version of the projection code that built a read model: when the code's version differs,
-- the projector rebuilds that read model from the log before running it live.
ALTER TABLE projection_status ADD COLUMN version int NOT NULL DEFAULT 1;

-- Down Migration
ALTER TABLE projection_status DROP COLUMN version;
