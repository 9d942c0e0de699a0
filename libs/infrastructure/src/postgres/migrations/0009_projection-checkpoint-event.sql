-- Up Migration

-- The id of the event at a projection's checkpoint position. Positions mean something only in the
-- log they came from: at start the projector reads the event at its position and stops the
-- projection, with a clear error, when the log there holds another event (or none): its read model
-- was built from another log (another KurrentDB, or PostgreSQL's), and must be rebuilt.
ALTER TABLE projection_status ADD COLUMN last_event_id uuid;

-- Down Migration
ALTER TABLE projection_status DROP COLUMN last_event_id;
