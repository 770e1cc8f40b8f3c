"""Settings for bench/measure.py: the dev settings, run as production runs them (DEBUG off)."""

from rightshouse.settings.dev import *  # noqa: F403

DEBUG = False
ALLOWED_HOSTS = ["testserver"]
