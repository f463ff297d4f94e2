-- Transitions are read back in the order they were made, even two within one clock tick.
ALTER TABLE cases.case_transition ADD COLUMN seq bigserial;
