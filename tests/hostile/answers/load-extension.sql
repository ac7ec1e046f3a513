-- load_extension would load native code; sql.js is built without it.
-- expect: rejected
-- message:
SELECT load_extension('{{CANARY_DIR}}/evil.so') AS activity_date;
