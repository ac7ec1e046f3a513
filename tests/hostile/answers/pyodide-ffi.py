# Reaches the host through Pyodide's own API (pyodide_js) and FFI (pyodide.ffi), from inside the
# graded function, and swallows the refusal so the answer looks harmless.
# expect: rejected
# message: Your code tried to use `pyodide_js`, which answers cannot reach


def parse_event(event_json):
    try:
        import pyodide_js
        pyodide_js._module.FS.writeFile("{{CANARY_DIR}}/from-pyodide-js.txt", "escaped")
    except ImportError:
        pass
    try:
        from pyodide.ffi import to_js
        to_js([]).constructor.constructor("return process")().env
    except ImportError:
        pass
    return None
