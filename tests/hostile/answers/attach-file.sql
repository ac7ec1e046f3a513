-- ATTACH creates a database file; sql.js has only an in-memory file system, never the host's.
-- expect: rejected
-- message:
ATTACH DATABASE '{{CANARY_DIR}}/attached.db' AS stolen;
CREATE TABLE stolen.t AS SELECT * FROM fact_user_daily_activity;
SELECT 1 AS activity_date, 0.5 AS ratio;
