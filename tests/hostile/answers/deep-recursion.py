# Recursion without end, after lifting Python's own recursion limit.
# expect: rejected
# message: time limit
import sys

sys.setrecursionlimit(10**9)


def parse_event(event_json):
    return parse_event(event_json)
