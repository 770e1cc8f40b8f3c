"""Wagtail loads this module: the admin's hooks (menu, viewsets, log actions) and the public
ones (the signatory section of a published statement, a party's profile section)."""

from . import admin_hooks, public_hooks  # noqa: F401
