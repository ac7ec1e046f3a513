# Prints about 50 MB while loading, hoping to flood the grader or its --json output.
# expect: rejected
# message: output cut | time limit
line = "x" * 10_000
for _ in range(5_000):
    print(line)


def parse_event(event_json):
    return None
