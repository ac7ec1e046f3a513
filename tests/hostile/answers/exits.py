# exit() at load time and sys.exit() in the graded function: both are SystemExit, caught as the
# answer's own error; the grader goes on and exits normally.
# expect: rejected
# message: SystemExit
import sys


def parse_event(event_json):
    sys.exit(0)


exit(3)
