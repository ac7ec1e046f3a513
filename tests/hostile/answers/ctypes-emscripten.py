# ctypes in WebAssembly can call emscripten_run_script, which evaluates JavaScript on the host.
# expect: rejected
# message: Your code tried to use `ctypes`, which answers cannot reach
import ctypes

ctypes.CDLL(None).emscripten_run_script(b"require('fs').writeFileSync('{{CANARY_DIR}}/from-ctypes.txt', 'x')")


def parse_event(event_json):
    return None
