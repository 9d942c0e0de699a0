-- Up Migration

-- The event log. A global position is derived from the id of the transaction that appended the
-- event (transaction id * 1024 + ordinal), so position order is transaction-id order. Readers only
-- look below the oldest transaction still running (xmin, see es_visible_below): every transaction
-- under it has committed or aborted, and every transaction still running will write above it, so a
-- reader can never pass a position that a slower transaction commits later. No global lock.
CREATE TABLE es_events (
  global_position bigint PRIMARY KEY,
  event_id uuid NOT NULL,
  stream_name text NOT NULL,
  stream_revision bigint NOT NULL,
  category text GENERATED ALWAYS AS (split_part(stream_name, '-', 1)) STORED,
  event_type text NOT NULL,
  data jsonb NOT NULL,
  metadata jsonb NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE UNIQUE INDEX es_events_event_id_key ON es_events (event_id);
CREATE UNIQUE INDEX es_events_stream_key ON es_events (stream_name, stream_revision);
-- No index on type or category: filtered reads scan a window of positions on the primary key.

-- Positions below this are final: no running transaction can still add one.
CREATE FUNCTION es_visible_below() RETURNS bigint
LANGUAGE sql STABLE AS $$
  SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint * 1024
$$;

-- Appends to several streams in one transaction: the store batches concurrent appends into one
-- call, one round trip and one commit. Each append is checked on its own and reports its outcome;
-- a failed check skips that append only. Appends are laid out in flat arrays: append i owns
-- p_counts[i] consecutive elements of p_ids/p_types/p_data/p_metadata.
-- p_expected[i]: 'any' | 'no_stream' | 'stream_exists' | a revision number as text.
-- status: 'ok' | 'duplicate' (every id already in the stream: an idempotent retry) |
--         'wrong_expected_revision' (detail: actual revision, -1 for none) | 'idempotency_conflict'.
CREATE FUNCTION es_append_batch(
  p_streams text[],
  p_expected text[],
  p_counts int[],
  p_ids uuid[],
  p_types text[],
  p_data jsonb[],
  p_metadata jsonb[]
) RETURNS TABLE (idx int, status text, next_revision bigint, last_position bigint, detail text)
LANGUAGE plpgsql AS $$
DECLARE
  v_total int := coalesce(cardinality(p_ids), 0);
  v_offset int := 0;
  v_count int;
  v_ids uuid[];
  v_stream text;
  v_expected text;
  v_current bigint;
  v_found int;
  v_in_stream int;
  v_inserted int;
  v_base bigint;
  v_next bigint;
BEGIN
  IF v_total = 0 OR v_total > 1000 OR (SELECT sum(c) FROM unnest(p_counts) c) <> v_total
     OR cardinality(p_streams) <> cardinality(p_counts) OR cardinality(p_expected) <> cardinality(p_counts) THEN
    RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'es_append_batch takes 1 to 1000 events, laid out as p_counts says';
  END IF;

  -- This transaction's block of positions (see the table comment); continue after earlier appends in it.
  v_base := pg_current_xact_id()::text::bigint * 1024;
  v_next := coalesce(nullif(current_setting('es.next_position', true), '')::bigint, v_base);
  IF v_next < v_base THEN v_next := v_base; END IF;
  IF v_next + v_total > v_base + 1024 THEN
    RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'at most 1024 events per transaction';
  END IF;

  FOR i IN 1 .. cardinality(p_counts) LOOP
    v_count := p_counts[i];
    v_stream := p_streams[i];
    v_expected := p_expected[i];
    v_ids := p_ids[v_offset + 1 : v_offset + v_count];

    -- One writer per stream at a time, until commit.
    PERFORM pg_advisory_xact_lock(hashtextextended('es:stream:' || v_stream, 0));
    SELECT max(stream_revision) INTO v_current FROM es_events WHERE stream_name = v_stream;
    v_current := coalesce(v_current, -1);

    IF (v_expected = 'no_stream' AND v_current <> -1)
       OR (v_expected = 'stream_exists' AND v_current = -1)
       OR (v_expected NOT IN ('any', 'no_stream', 'stream_exists') AND v_current <> v_expected::bigint) THEN
      -- A retry of an append that already happened also lands here: tell the two apart.
      SELECT count(*), count(*) FILTER (WHERE stream_name = v_stream) INTO v_found, v_in_stream
        FROM es_events WHERE event_id = ANY (v_ids);
      IF v_found = v_count AND v_in_stream = v_count THEN
        RETURN QUERY SELECT i, 'duplicate', v_current,
          (SELECT max(global_position) FROM es_events WHERE event_id = ANY (v_ids)), NULL::text;
      ELSIF v_found > 0 THEN
        RETURN QUERY SELECT i, 'idempotency_conflict', v_current, NULL::bigint,
          (SELECT string_agg(event_id::text, ',') FROM es_events WHERE event_id = ANY (v_ids));
      ELSE
        RETURN QUERY SELECT i, 'wrong_expected_revision', v_current, NULL::bigint, v_current::text;
      END IF;
    ELSE
      INSERT INTO es_events (global_position, event_id, stream_name, stream_revision, event_type, data, metadata)
      SELECT v_next + e.ord - 1, e.id, v_stream, v_current + e.ord, e.type, e.data, e.metadata
        FROM unnest(v_ids, p_types[v_offset + 1 : v_offset + v_count], p_data[v_offset + 1 : v_offset + v_count],
                    p_metadata[v_offset + 1 : v_offset + v_count]) WITH ORDINALITY AS e(id, type, data, metadata, ord)
      ON CONFLICT (event_id) DO NOTHING;
      GET DIAGNOSTICS v_inserted = ROW_COUNT;
      IF v_inserted = v_count THEN
        RETURN QUERY SELECT i, 'ok', v_current + v_count, v_next + v_count - 1, NULL::text;
        v_next := v_next + v_count;
      ELSIF v_inserted = 0 THEN
        SELECT count(*) INTO v_in_stream FROM es_events WHERE event_id = ANY (v_ids) AND stream_name = v_stream;
        IF v_in_stream = v_count THEN
          RETURN QUERY SELECT i, 'duplicate', v_current,
            (SELECT max(global_position) FROM es_events WHERE event_id = ANY (v_ids)), NULL::text;
        ELSE
          RETURN QUERY SELECT i, 'idempotency_conflict', v_current, NULL::bigint,
            (SELECT string_agg(event_id::text, ',') FROM es_events WHERE event_id = ANY (v_ids));
        END IF;
      ELSE
        -- Some ids were new and some not: never keep half an append. The caller retries alone.
        RAISE EXCEPTION USING ERRCODE = 'EV002', MESSAGE = 'idempotency_conflict', DETAIL = v_stream;
      END IF;
    END IF;
    v_offset := v_offset + v_count;
  END LOOP;
  PERFORM set_config('es.next_position', v_next::text, true);
END
$$;

-- Single append with errors raised (tools and tests): a thin wrapper over es_append_batch.
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
  r record;
BEGIN
  SELECT * INTO r FROM es_append_batch(ARRAY[p_stream], ARRAY[p_expected], ARRAY[coalesce(cardinality(p_ids), 0)],
                                       p_ids, p_types, p_data, p_metadata);
  IF r.status = 'wrong_expected_revision' THEN
    RAISE EXCEPTION USING ERRCODE = 'EV001', MESSAGE = 'wrong_expected_revision', DETAIL = r.detail;
  ELSIF r.status = 'idempotency_conflict' THEN
    RAISE EXCEPTION USING ERRCODE = 'EV002', MESSAGE = 'idempotency_conflict', DETAIL = r.detail;
  END IF;
  RETURN QUERY SELECT r.next_revision, r.last_position, r.status = 'ok';
END
$$;

-- Down Migration
DROP FUNCTION es_append;
DROP FUNCTION es_append_batch;
DROP FUNCTION es_visible_below;
DROP TABLE es_events;
