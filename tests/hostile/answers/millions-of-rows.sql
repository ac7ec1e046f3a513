-- Five million rows, to exhaust the grader's memory or its output.
-- expect: rejected
-- message:
WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r WHERE x < 5000000)
SELECT x AS activity_date, x AS ratio FROM r;
