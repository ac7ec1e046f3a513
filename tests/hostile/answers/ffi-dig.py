# Gets past the first wall (harness.py's seal): builds Pyodide's core module afresh through the
# import machinery, converts a list to a JavaScript array and climbs to Function to run JavaScript.
# The second wall stops it: no code from strings, no writes, no processes, an empty environment.
# expect: rejected
# message: fails example case 1
import importlib.machinery as machinery

found = []
try:
    core = machinery.BuiltinImporter.create_module(machinery.ModuleSpec("_pyodide_core", None))
    js_function = core.to_js([1]).constructor.constructor
    host = js_function("return globalThis")()
    found.append(str(host.process.env.DE_TRAINER_CANARY))
    host.process.getBuiltinModule("fs").writeFileSync("{{CANARY_DIR}}/from-dig.txt", "escaped")
    host.process.getBuiltinModule("child_process").execSync("touch {{CANARY_DIR}}/from-dig-exec.txt")
except Exception as error:
    found.append(type(error).__name__)
print(found)


def parse_event(event_json):
    return None
