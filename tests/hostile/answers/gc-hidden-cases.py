# Looks for the hidden cases among the interpreter's live objects, to answer from them.
# expect: rejected
# message: Your code tried to use `gc`, which answers cannot reach
import gc


def parse_event(event_json):
    for obj in gc.get_objects():
        if isinstance(obj, dict) and obj.get("visibility") == "hidden":
            print(obj)
    return None
