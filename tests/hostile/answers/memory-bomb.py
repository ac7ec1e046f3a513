# Grows a list until memory runs out.
# expect: rejected
# message: memory | time limit


def parse_event(event_json):
    hoard = []
    while True:
        hoard.append(bytearray(256 * 1024 * 1024))
