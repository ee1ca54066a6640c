-- CLOCK=simulated:... is one clock for the whole deployment: the first node to start records where simulated
-- time began and when (the database's wall clock); every node, and every restart, reads the same time from it.
-- A different CLOCK setting starts a new simulation.
CREATE TABLE simulated_clock (
    id               boolean     PRIMARY KEY DEFAULT true CHECK (id),
    spec             text        NOT NULL,
    simulated_start  timestamptz NOT NULL,
    factor           double precision NOT NULL CHECK (factor > 0),
    wall_start       timestamptz NOT NULL
);
