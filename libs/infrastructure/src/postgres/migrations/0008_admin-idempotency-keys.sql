-- Up Migration

-- Each admin Idempotency-Key, bound to the request it first came with: a repeat of that request
-- is a safe retry, the same key with another request is refused (422).
CREATE TABLE admin_idempotency_keys (
  admin_id text NOT NULL,
  idempotency_key text NOT NULL,
  -- sha256 of the action, its target and its body.
  request_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (admin_id, idempotency_key)
);

-- Down Migration
DROP TABLE admin_idempotency_keys;
