"""The handlers' side of support cases in the admin (issue 10 item 4)."""
