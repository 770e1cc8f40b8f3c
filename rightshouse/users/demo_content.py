"""The demo's accounts, one per role (see rightshouse.users.roles). Plainly fictional people.

They log in with DEMO_PASSWORD and a second factor from DEMO_TOTP_SECRET, both written here and
in the README so that anyone trying the demo can log in as each role: demo data only, never a
real site's (build_demo runs only on an empty database, and production installs no factories).
"""

DEMO_PASSWORD = "rights-house-demo"  # noqa: S105
# Base32, as authenticator apps take it (160 bits, like the secrets django-otp makes).
DEMO_TOTP_SECRET = "RHDEMOTOTPSECRETFORDEMOSITEONLY2"

ACCOUNTS = [
    {
        "username": "editor",
        "first_name": "Ales",
        "last_name": "Demo-Editor",
        "email": "editor@example.org",
        "role": "Editors",
        "language": "be",
    },
    {
        "username": "moderator",
        "first_name": "Maryja",
        "last_name": "Demo-Moderator",
        "email": "moderator@example.org",
        "role": "Moderators",
        "language": "be",
    },
    {
        "username": "translator",
        "first_name": "Taciana",
        "last_name": "Demo-Translator",
        "email": "translator@example.org",
        "role": "Translators",
        "language": "ru",
    },
]
