-- Up Migration

-- The event log. Positions come from a sequence taken under a short global lock together with the
-- transaction id (see es_append), so "transaction_id < xmin" is a safe high-water mark for readers.
CREATE SEQUENCE es_global_position AS bigint;

CREATE TABLE es_events (
  global_position bigint PRIMARY KEY,
  event_id uuid NOT NULL,
  stream_name text NOT NULL,
  stream_revision bigint NOT NULL,
  category text GENERATED ALWAYS AS (split_part(stream_name, '-', 1)) STORED,
  event_type text NOT NULL,
  data jsonb NOT NULL,
  metadata jsonb NOT NULL,
  transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
  recorded_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE UNIQUE INDEX es_events_event_id_key ON es_events (event_id);
CREATE UNIQUE INDEX es_events_stream_key ON es_events (stream_name, stream_revision);
CREATE INDEX es_events_type_idx ON es_events (event_type, global_position);
CREATE INDEX es_events_category_idx ON es_events (category, global_position);

-- Appends events to one stream with an expected-revision check and idempotency by event id.
-- p_expected: 'any' | 'no_stream' | 'stream_exists' | a revision number as text.
CREATE FUNCTION es_append(
  p_stream text,
  p_expected text,
  p_ids uuid[],
  p_types text[],
  p_data jsonb[],
  p_metadata jsonb[]
) RETURNS TABLE (next_revision bigint, last_position bigint, appended boolean)
LANGUAGE plpgsql AS $$
DECLARE
  v_count int := coalesce(cardinality(p_ids), 0);
  v_found int;
  v_in_stream int;
  v_current bigint;
  v_first bigint;
BEGIN
  IF v_count = 0 THEN
    RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'es_append needs at least one event';
  END IF;

  -- One writer per stream at a time, until commit. Advisory locks assign no transaction id.
  PERFORM pg_advisory_xact_lock(hashtextextended('es:stream:' || p_stream, 0));

  SELECT count(*), count(*) FILTER (WHERE stream_name = p_stream)
    INTO v_found, v_in_stream
    FROM es_events WHERE event_id = ANY (p_ids);
  IF v_found > 0 THEN
    IF v_found = v_count AND v_in_stream = v_count THEN
      RETURN QUERY
        SELECT (SELECT max(stream_revision) FROM es_events WHERE stream_name = p_stream),
               (SELECT max(global_position) FROM es_events WHERE event_id = ANY (p_ids)),
               false;
      RETURN;
    END IF;
    RAISE EXCEPTION USING ERRCODE = 'EV002', MESSAGE = 'idempotency_conflict',
      DETAIL = (SELECT string_agg(event_id::text, ',') FROM es_events WHERE event_id = ANY (p_ids));
  END IF;

  SELECT max(stream_revision) INTO v_current FROM es_events WHERE stream_name = p_stream;
  v_current := coalesce(v_current, -1);
  IF (p_expected = 'no_stream' AND v_current <> -1)
     OR (p_expected = 'stream_exists' AND v_current = -1)
     OR (p_expected NOT IN ('any', 'no_stream', 'stream_exists') AND v_current <> p_expected::bigint) THEN
    RAISE EXCEPTION USING ERRCODE = 'EV001', MESSAGE = 'wrong_expected_revision', DETAIL = v_current::text;
  END IF;

  IF pg_current_xact_id_if_assigned() IS NOT NULL THEN
    RAISE EXCEPTION USING ERRCODE = 'EV003',
      MESSAGE = 'es_append must be the first write of its transaction';
  END IF;

  -- Sequencer: take the transaction id and the positions together under one short session lock
  -- (released before commit, so commits still group). Position order then equals transaction-id
  -- order, and a reader that only looks below the oldest running transaction (xmin) can never
  -- pass a position that a slower transaction will commit later.
  PERFORM pg_advisory_lock(hashtextextended('es:sequencer', 0));
  BEGIN
    PERFORM pg_current_xact_id();
    v_first := nextval('es_global_position');
    IF v_count > 1 THEN
      PERFORM setval('es_global_position', v_first + v_count - 1);
    END IF;
    INSERT INTO es_events (global_position, event_id, stream_name, stream_revision, event_type, data, metadata)
    SELECT v_first + e.ord - 1, e.id, p_stream, v_current + e.ord, e.type, e.data, e.metadata
      FROM unnest(p_ids, p_types, p_data, p_metadata) WITH ORDINALITY AS e(id, type, data, metadata, ord);
    PERFORM pg_advisory_unlock(hashtextextended('es:sequencer', 0));
  EXCEPTION WHEN OTHERS THEN
    PERFORM pg_advisory_unlock(hashtextextended('es:sequencer', 0));
    RAISE;
  END;

  RETURN QUERY SELECT v_current + v_count, v_first + v_count - 1, true;
END
$$;

-- Down Migration
DROP FUNCTION es_append;
DROP TABLE es_events;
DROP SEQUENCE es_global_position;
