-- The nodes running a trading engine, each seen at its heartbeats: how many share the users decides a node's
-- fair share, so a node that comes back gets users again (a node with no users has no lease to show it lives).
CREATE TABLE engine_nodes (
    node_id    text        PRIMARY KEY,
    last_seen  timestamptz NOT NULL
);
