# Python's own routes out: files, environment, shell commands and processes. Files and the
# environment are Pyodide's in-memory ones (harmless); os.system would run a real shell command
# under Node, so it is refused, and the answer rejected even though it catches the refusal.
# expect: rejected
# message: Your code tried to use `os.system`, which answers cannot reach
import os

seen = {}
for label, attempt in [
    ("write", lambda: open("{{CANARY_DIR}}/from-open.txt", "w").write("escaped")),
    ("read", lambda: open("/etc/passwd").read()[:40]),
    ("env", lambda: os.environ.get("DE_TRAINER_CANARY")),
    ("system", lambda: os.system("touch {{CANARY_DIR}}/from-system.txt")),
    ("popen", lambda: os.popen("touch {{CANARY_DIR}}/from-popen.txt").read()),
    ("subprocess", lambda: __import__("subprocess").run(["touch", "{{CANARY_DIR}}/from-subprocess.txt"])),
]:
    try:
        seen[label] = repr(attempt())[:60]
    except BaseException as error:
        seen[label] = type(error).__name__
print(seen)


def parse_event(event_json):
    return None
