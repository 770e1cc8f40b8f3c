"""A handler's unlocked private key between requests, never in the clear on the server.

Unlocking makes a random 32-byte secret that only the handler's browser holds (an HttpOnly,
SameSite=Strict cookie limited to the support admin, gone when the browser closes). The
server session keeps only the private key encrypted under that secret. Each request needs
both: a copied session row without the cookie, or the cookie without the row, opens
nothing. Logging out deletes the row; "Lock" deletes both.
"""

import base64

from django.urls import reverse
from nacl import exceptions, utils
from nacl.secret import SecretBox

from . import keys

COOKIE_NAME = "support_unlock"
SESSION_KEY = "support_unlocked_key"
SECRET_BYTES = SecretBox.KEY_SIZE


def cookie_path():
    """Where the browser sends the secret: the support admin only."""
    return reverse("support_cases:index")


def unlock_session(request, response, private_key):
    """Keeps `private_key` for this session, encrypted under a new secret set on `response`."""
    secret = utils.random(SECRET_BYTES)
    handler_key = keys.handler_key(request.user)
    request.session[SESSION_KEY] = {
        "user": request.user.pk,
        "key": handler_key.pk if handler_key else None,
        "box": base64.b64encode(bytes(SecretBox(secret).encrypt(bytes(private_key)))).decode(),
    }
    response.set_cookie(
        COOKIE_NAME,
        secret.hex(),
        path=cookie_path(),
        secure=request.is_secure(),
        httponly=True,
        samesite="Strict",
    )


def private_key_of(request):
    """The handler's private key if this session is unlocked and the browser holds the
    secret; None otherwise (also when their key was replaced since)."""
    stored = request.session.get(SESSION_KEY)
    secret = _secret(request.COOKIES.get(COOKIE_NAME))
    if not isinstance(stored, dict) or secret is None:
        return None
    handler_key = keys.handler_key(request.user)
    if stored.get("user") != request.user.pk or handler_key is None:
        return None
    if stored.get("key") != handler_key.pk:
        return None
    try:
        return SecretBox(secret).decrypt(base64.b64decode(stored.get("box", ""), validate=True))
    except (exceptions.CryptoError, ValueError, TypeError):
        return None


def is_unlocked(request):
    return private_key_of(request) is not None


def lock(request, response):
    request.session.pop(SESSION_KEY, None)
    response.delete_cookie(COOKIE_NAME, path=cookie_path(), samesite="Strict")


def _secret(value):
    if not value or len(value) != 2 * SECRET_BYTES:
        return None
    try:
        return bytes.fromhex(value)
    except ValueError:
        return None
