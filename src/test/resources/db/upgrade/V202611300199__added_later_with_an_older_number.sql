-- For RestartIntegrationTests only: a migration that a module gains after a node was installed, numbered below
-- migrations the node has applied already (another module's, dated later). The node must still start and apply it.
CREATE SCHEMA upgrade_probe;
CREATE TABLE upgrade_probe.added_later (id integer PRIMARY KEY);
