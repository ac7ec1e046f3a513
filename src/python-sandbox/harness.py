"""Runs a learner's Python answer over grading cases inside Pyodide.

Loaded as text (``harness.py?raw``) into its own namespace by python-runner.ts, which calls
``run_answer(source, cases_json, required_json)`` and gets back one JSON string shaped like
``PythonRunOutcome`` (src/engine/python/types.ts) minus ``elapsedMs``, which the host adds.

Why it looks the way it does:
- The answer is compiled ONCE and the function objects are called directly: ``runPython``
  per call costs ~0.4 ms of compile each, which dominates a 10,000-call randomized case set.
- Every call gets a fresh module namespace, so one Submit can never see the last one's globals.
- Only ``Exception`` (and ``SystemExit``) is caught per step: ``KeyboardInterrupt`` is how the
  host stops a run past its time limit, so it must travel all the way out to the host.
- ``MemoryError`` anywhere ends the whole run as a 'memory' failure: after one, the interpreter's
  state is suspect and more cases would only repeat it.
- Answers are untrusted (mentors and CI grade other people's code): ``seal_interpreter`` takes
  away the modules that lead out of Python (``js``, ``pyodide_js``, the FFI, ``ctypes``) before any
  answer runs, and an answer that reaches for one is rejected whatever else it does
  (see docs/security.md; the host adds a second wall around this one).
"""

import builtins
import datetime as _dt
import io
import json
import linecache
import math
import os
import posix
import sys
import traceback
import types

# Bound once: an answer that replaces json.dumps must not decide what the host is told.
_dumps = json.dumps
_loads = json.loads

ANSWER_FILE = "answer.py"
OUTPUT_CAP = 10_000
OUTPUT_CUT = "\n… output cut"
# A value nested deeper than this is almost certainly a cycle (a list that contains itself).
MAX_DEPTH = 100

# Markers for values JSON cannot carry; protocol.ts exports the same strings for the engine.
# A whole-valued float travels as "<float 1.0>": JSON would deliver it to JavaScript as the int 1,
# and the feedback must print it as Python does (src/engine/python/python-values.ts).
FLOAT_MARKER = "<float {}>"
NAN_MARKER = "<float nan>"
POS_INF_MARKER = "<float inf>"
NEG_INF_MARKER = "<float -inf>"
REPR_PREFIX = "<repr "


class _CappedOutput(io.TextIOBase):
    """A stdout that keeps the first OUTPUT_CAP characters and drops the rest (cheaply)."""

    def __init__(self):
        self._parts = []
        self._size = 0
        self._cut = False

    def writable(self):
        return True

    def write(self, text):
        text = str(text)
        room = OUTPUT_CAP - self._size
        if room > 0:
            kept = text[:room]
            self._parts.append(kept)
            self._size += len(kept)
        if len(text) > max(room, 0):
            self._cut = True
        return len(text)

    def value(self):
        text = "".join(self._parts)
        return text + OUTPUT_CUT if self._cut else text


class _Captured:
    """Points sys.stdout/stderr at one capped buffer for a block, and puts them back."""

    def __init__(self, output):
        self._output = output

    def __enter__(self):
        self._saved = (sys.stdout, sys.stderr, sys.stdin)
        sys.stdout = sys.stderr = self._output
        # input() must fail fast (EOFError) rather than wait on a host stdin nobody feeds.
        sys.stdin = io.StringIO("")
        return self._output

    def __exit__(self, *exc):
        sys.stdout, sys.stderr, sys.stdin = self._saved
        return False


# ---------------------------------------------------------------- sealing

# Top-level names whose modules lead out of Python: to the host's JavaScript (js, pyodide_js, the
# FFI in pyodide.ffi / _pyodide_core), to raw C calls (ctypes, which can call emscripten_run_script),
# to every live object of the harness (gc), or to Emscripten's socket emulation (_socket, _ssl,
# select), which in Node opens real connections. The grading harness needs none of them.
SEALED_MODULES = (
    "js", "pyodide_js", "pyodide", "_pyodide", "_pyodide_core", "micropip",
    "ctypes", "_ctypes", "gc", "subprocess", "_socket", "socket", "_ssl", "ssl", "select",
)
# os functions that leave the interpreter: under Node, Emscripten's system() runs a real shell
# command on the host (measured), and _exit ends the whole WebAssembly runtime.
SEALED_OS_FUNCTIONS = ("system", "popen", "_exit", "fork", "forkpty", "execv", "execve", "posix_spawn", "posix_spawnp", "kill", "killpg")
FORBIDDEN_MESSAGE = (
    "Your code tried to use `{name}`, which answers cannot reach: graded code is sealed off from the "
    "browser, files, the network and the computer running it. Remove it; plain Python is all the exercise needs."
)
CHANGED_BUILTIN_MESSAGE = (
    "Your code replaced Python's built-in `{name}`, which broke the grader; answers may not change "
    "builtins. Give your own function another name."
)
# What the learner reached for during the current run (names, in order), reported as 'forbidden'.
_attempts = []
# The sealed modules as loaded, kept here (not in sys.modules) so Pyodide's own code keeps working.
_sealed_away = {}


def _is_sealed(name):
    return name.split(".", 1)[0] in SEALED_MODULES


class SandboxViolation(ImportError):
    """Raised where an answer imports a sealed module; recorded even if the answer catches it."""


class _SealedFinder:
    """First on sys.meta_path: any import of a sealed module is recorded and refused."""

    @staticmethod
    def find_spec(name, path=None, target=None):
        if not _is_sealed(name):
            return None
        root = name.split(".", 1)[0]
        _attempts.append(root)
        raise SandboxViolation(FORBIDDEN_MESSAGE.format(name=root), name=name)

    @staticmethod
    def invalidate_caches():
        pass


def _refuse(name):
    def refused(*args, **kwargs):
        _attempts.append(name)
        raise SandboxViolation(FORBIDDEN_MESSAGE.format(name=name))

    refused.__name__ = name.rsplit(".", 1)[-1]
    return refused


def seal_interpreter():
    """Takes the sealed modules out of reach of imports; called by the host before any answer runs,
    and again by every run (an answer may have put something back)."""
    for module in (os, posix):
        for function in SEALED_OS_FUNCTIONS:
            if hasattr(module, function):
                setattr(module, function, _refuse(f"os.{function}"))
    for name in [name for name in sys.modules if _is_sealed(name)]:
        _sealed_away.setdefault(name, sys.modules.pop(name))
    # Pyodide's JsFinder serves `js` and `pyodide_js` straight from JavaScript: drop it altogether.
    sys.meta_path[:] = [finder for finder in sys.meta_path if type(finder).__name__ != "JsFinder" and finder is not _SealedFinder]
    sys.meta_path.insert(0, _SealedFinder)
    sys.path_importer_cache.clear()


class _RunMemoryError(Exception):
    """Carries a MemoryError out of a step, past the per-step handler, to end the run."""


# ---------------------------------------------------------------- normalisation


def normalise(value, depth=0):
    """A JSON-ready copy of ``value``, per "Grading semantics (Python)" in the exercise spec."""
    if depth > MAX_DEPTH:
        return REPR_PREFIX + "too deeply nested>"
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int):
        return int(value)  # drops subclasses such as IntEnum, whose JSON form varies
    if isinstance(value, float):
        if math.isnan(value):
            return NAN_MARKER
        if math.isinf(value):
            return POS_INF_MARKER if value > 0 else NEG_INF_MARKER
        if float.is_integer(value):
            return FLOAT_MARKER.format(float.__repr__(value))
        return float(value)
    if isinstance(value, str):
        return str(value)
    # datetime before date: datetime is a subclass of date.
    if isinstance(value, _dt.datetime):
        if value.tzinfo is not None and value.utcoffset() is not None:
            # Aware values compare as instants: 10:00+02:00 and 08:00+00:00 are the same answer.
            return value.astimezone(_dt.timezone.utc).isoformat()
        return value.isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [normalise(item, depth + 1) for item in value]
    if isinstance(value, (set, frozenset)):
        return sorted((normalise(item, depth + 1) for item in value), key=_sort_key)
    if isinstance(value, dict):
        return {_normalise_key(key, depth): normalise(item, depth + 1) for key, item in value.items()}
    return REPR_PREFIX + _safe_repr(value) + ">"


def _sort_key(item):
    """Numbers in numeric order, then strings, then everything else by its JSON text."""
    if isinstance(item, (int, float)) and not isinstance(item, bool):
        return (1, item, "")
    if isinstance(item, str):
        return (2, 0, item)
    return (0 if item is None else 3, 0, _dumps(item, sort_keys=True))


def _normalise_key(key, depth):
    if isinstance(key, float) and math.isfinite(key):
        return _dumps(float(key))  # like json.dumps: {1.0: x} -> {"1.0": x}, no marker in a key
    key = normalise(key, depth + 1)
    # Like json.dumps and JSON.stringify: 1 -> "1", True -> "true", None -> "null".
    return key if isinstance(key, str) else _dumps(key, sort_keys=True)


def _safe_repr(value):
    try:
        return repr(value)
    except Exception as error:  # a broken __repr__ must not take the whole run down
        return f"{type(value).__name__} object (repr failed: {type(error).__name__})"


# ---------------------------------------------------------------- errors


def describe_error(error):
    """{type, message, line?, traceback?} with the line and frames from the learner's file only."""
    frames = [frame for frame in traceback.extract_tb(error.__traceback__) if frame.filename == ANSWER_FILE]
    described = {"type": type(error).__name__, "message": _message(error)}
    if frames:
        described["line"] = frames[-1].lineno
    lines = traceback.format_list(frames) + traceback.format_exception_only(type(error), error)
    described["traceback"] = "".join(lines).rstrip()
    return described


def _message(error):
    try:
        return str(error)
    except Exception:
        return ""


def _failure(kind, message, line=None):
    failure = {"kind": kind, "message": message}
    if line is not None:
        failure["line"] = line
    return {"ok": False, "failure": failure}


def _memory_failure():
    return _failure(
        "memory",
        "Your code ran out of memory. Look for a list or string that keeps growing, "
        "or a range far larger than the input needs.",
    )


# ---------------------------------------------------------------- running


def _load(source):
    """(namespace, None) or (None, failure): compiles once and runs the module body."""
    try:
        code = compile(source, ANSWER_FILE, "exec", dont_inherit=True)
    except SyntaxError as error:  # IndentationError and TabError are SyntaxErrors too
        line = error.lineno
        where = f" on line {line}" if line else ""
        return None, _failure("syntax", f"{type(error).__name__}{where}: {error.msg}", line)
    # Lets tracebacks quote the learner's own lines (there is no answer.py on disk).
    linecache.cache[ANSWER_FILE] = (len(source), None, source.splitlines(True), ANSWER_FILE)
    module = types.ModuleType("answer")
    module.__file__ = ANSWER_FILE
    namespace = module.__dict__
    try:
        exec(code, namespace)
    except MemoryError:
        return None, _memory_failure()
    except (Exception, SystemExit) as error:
        described = describe_error(error)
        where = f" on line {described['line']}" if "line" in described else ""
        message = (
            f"Your code raised {described['type']}{where} while it was loading, before any case ran: "
            f"{described['message']}"
        )
        return None, _failure("crash", message, described.get("line"))
    return namespace, None


def _check_names(namespace, required, classes):
    missing = [name for name in required if name not in namespace]
    if missing:
        hints = [f"class {n}: ..." if n in classes else f"def {n}(...): ..." for n in missing]
        noun, it = ("this name", "it") if len(missing) == 1 else ("these names", "them")
        return _failure(
            "missing-name",
            f"Your code does not define {noun}: {', '.join(missing)}. "
            f"The checks call {it} by name, so define {it} at the top level, e.g. `{hints[0]}`.",
        )
    not_callable = [name for name in required if not callable(namespace[name])]
    if not_callable:
        name = not_callable[0]
        kind = "a class" if name in classes else "a function"
        return _failure(
            "missing-name",
            f"`{name}` should be {kind}, but your code makes it a {type(namespace[name]).__name__}.",
        )
    return None


def _run_step(namespace, step, state):
    args = step.get("args") or []
    kwargs = step.get("kwargs") or {}
    kind = step["kind"]
    if kind == "call":
        return namespace[step["function"]](*args, **kwargs)
    if kind == "construct":
        state["instance"] = namespace[step["class"]](*args, **kwargs)
        return None
    if kind == "method":
        if "instance" not in state:
            raise RuntimeError(f"no object to call .{step['method']}() on: the case did not construct one")
        return getattr(state["instance"], step["method"])(*args, **kwargs)
    raise ValueError(f"unknown step kind {kind!r}")


def _run_case(namespace, case, output):
    outcomes = []
    state = {}
    with _Captured(output):
        for step in case["steps"]:
            try:
                value = _run_step(namespace, step, state)
            except MemoryError:
                raise _RunMemoryError()
            except (Exception, SystemExit) as error:
                outcomes.append({"ok": False, "error": describe_error(error)})
                break
            try:
                outcomes.append({"ok": True, "value": normalise(value)})
            except MemoryError:
                raise _RunMemoryError()
    return {"caseId": case["id"], "steps": outcomes, "stdout": output.value()}


def _names_used(cases):
    functions, classes = [], []
    for case in cases:
        for step in case["steps"]:
            if step["kind"] == "call" and step["function"] not in functions:
                functions.append(step["function"])
            if step["kind"] == "construct" and step["class"] not in classes:
                classes.append(step["class"])
    return functions, classes


def run_answer(source, cases_json, required_json="[]"):
    """The host's entry point: JSON in, JSON out (see the module docstring)."""
    # A fresh namespace does not cover process-wide state an answer may change on purpose or by
    # accident (`builtins.len = ...`, `sys.setrecursionlimit(50)`): put that back afterwards too.
    saved_builtins = dict(vars(builtins))
    saved_limit = sys.getrecursionlimit()
    seal_interpreter()
    _attempts.clear()
    try:
        outcome = _run_answer(source, cases_json, required_json)
    except Exception as error:
        # The harness runs on the same builtins as the answer: one it replaced can break it.
        changed = [name for name, value in saved_builtins.items() if vars(builtins).get(name) is not value]
        if not changed:
            raise
        # Put everything back first: the message below is built with the harness's own helpers.
        _restore_builtins(saved_builtins)
        _restore_harness()
        outcome = _dumps({"ok": False, "failure": {"kind": "forbidden", "message": CHANGED_BUILTIN_MESSAGE.format(name=changed[0])}})
    finally:
        _restore_builtins(saved_builtins)
        _restore_harness()
        sys.setrecursionlimit(saved_limit)
    if _attempts:
        # Rejected even when the answer caught the ImportError and went on to pass every case.
        return _dumps(_failure("forbidden", FORBIDDEN_MESSAGE.format(name=_attempts[0])))
    return outcome


def _restore_harness():
    # An answer can reach this module's globals through its frames and swap a helper; the swap
    # must not outlive its run (the known-wrong answers and the learner's next Submit run next).
    current = globals()
    for name, value in _HARNESS_GLOBALS.items():
        if current.get(name) is not value:
            current[name] = value


def _restore_builtins(saved):
    # Key by key rather than clear() + update(): an interrupt landing in between must never
    # leave the interpreter with no builtins at all.
    current = vars(builtins)
    for name in [name for name in current if name not in saved]:
        del current[name]
    for name, value in saved.items():
        if current.get(name) is not value:
            current[name] = value


def _run_answer(source, cases_json, required_json):
    cases = _loads(cases_json)
    functions, classes = _names_used(cases)
    required = list(dict.fromkeys(_loads(required_json) + functions + classes))

    # Top-level prints are shown with the first case: the learner put them there to see them.
    module_output = _CappedOutput()
    try:
        with _Captured(module_output):
            namespace, failure = _load(source)
        if failure is None:
            failure = _check_names(namespace, required, classes)
        if failure is not None:
            return _dumps(failure)
        runs = []
        for index, case in enumerate(cases):
            if _attempts:
                break  # the answer is rejected already; re-running the attempt only costs time
            output = module_output if index == 0 else _CappedOutput()
            runs.append(_run_case(namespace, case, output))
        return _dumps({"ok": True, "runs": runs}, allow_nan=False)
    except (_RunMemoryError, MemoryError):
        return _dumps(_memory_failure())


# Taken last, once every helper above exists: what _restore_harness puts back after each run.
_HARNESS_GLOBALS = dict(globals())
