# Rewrites builtins and json, and walks up the call stack into the harness to read the hidden
# cases and replace its helpers, hoping to be reported as passing.
# expect: rejected
# message: which broke the grader
import builtins
import json
import sys

builtins.isinstance = lambda *args: True
builtins.len = lambda obj: 0
json.dumps = lambda *args, **kwargs: '{"ok": true, "runs": []}'


def parse_event(event_json):
    frame = sys._getframe(1)
    while frame is not None:
        harness = frame.f_globals
        if "normalise" in harness:
            harness["normalise"] = lambda value, depth=0: "patched"
            harness["_failure"] = lambda *args, **kwargs: {"ok": True, "runs": []}
        for value in frame.f_locals.values():
            if isinstance(value, list) and value and isinstance(value[0], dict) and "steps" in value[0]:
                print(len(value), "cases seen")
        frame = frame.f_back
    return {"event_id": "forged"}
