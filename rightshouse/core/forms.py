"""What every page editor's form of the site shares."""

import threading

# Wagtail checks a draft (the editor's "Save draft", every autosave) without its StreamFields'
# "required" rules by switching those rules off on the block definitions themselves, which
# all requests of a process share, and on again afterwards. Two forms checked at once in
# one process (runserver and threaded servers run requests side by side) then leave the
# rules off for everyone, let a publish through without them, or fail with AttributeError
# ('_original_required'). gunicorn's default workers run one request at a time each.
_ONE_CHECK_AT_A_TIME = threading.RLock()


class OneCheckAtATimeMixin:
    """Checks (validates) one form at a time per process; a check takes milliseconds."""

    def full_clean(self):
        with _ONE_CHECK_AT_A_TIME:
            super().full_clean()
