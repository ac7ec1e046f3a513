# Opens a connection from inside the graded function (Emscripten's socket emulation would open a
# real one under Node) to send the hidden case out.
# expect: rejected
# message: Your code tried to use `socket`, which answers cannot reach


def parse_event(event_json):
    import urllib.request

    urllib.request.urlopen("http://127.0.0.1:9/?case=" + event_json, timeout=1)
    return None
