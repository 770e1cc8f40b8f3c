"""Signing through a personal link, and the signer's own page to re-confirm or withdraw.

Every link that cannot be used — unknown, forged, expired, revoked, used, of a statement no
longer open — gets the same page with the same words and status, so the page says nothing of
why, nor whether the statement exists. Pages behind a token are never cached nor indexed. A
signed form is answered with the done page itself (it shows the personal link once);
reloading the signing link afterwards finds it used.
"""

from django.conf import settings
from django.db import transaction
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext as _

from rightshouse.core.decorators import private_page
from rightshouse.core.submissions import over_limit
from rightshouse.organisations.visibility import is_named

from .. import log, notifications, signers, signing
from ..forms import APPEARANCE_LABELS, ReconfirmForm, SignForm, WithdrawForm
from ..invitations import new_token, usable_invitation
from ..models import Signature
from ..signing import SigningError, effective_appearance

# Pages behind a personal link keep it in every language's address (language switcher).
LINK_PAGE_CONTEXT = {"same_path_in_every_language": True}


def invalid_link(request):
    response = render(request, "statements/invalid_link.html", LINK_PAGE_CONTEXT, status=404)
    # Django would log "Not Found: <path>", token and all; a link that does not work now may
    # work later (a statement opened again), so its token stays out of the server's log.
    response._has_been_logged = True
    return response


def _ordered_texts(statement):
    order = [code for code, _name in settings.LANGUAGES]
    return sorted(statement.texts.all(), key=lambda text: order.index(text.language))


def _reading_language(statement, asked, fallback=None):
    """The language version to show: the one asked for if the statement has it, else the
    page's language, else `fallback`, else the language of the original."""
    available = statement.languages
    for language in (asked, translation.get_language(), fallback, statement.source_language):
        if language in available:
            return language
    return available[0] if available else None


def _text_context(statement, language):
    texts = _ordered_texts(statement)
    return {
        "statement": statement,
        "text": next((text for text in texts if text.language == language), None),
        "texts": texts,
        "reading_language": language,
    }


def _inviter_name(statement):
    """Who invites: the coordinating organisation if it may be named, else the House."""
    coordinator = statement.coordinator
    if coordinator is not None and is_named(coordinator):
        return coordinator.name
    return _("Rights House")


def _render_sign(request, invitation, form, language):
    context = {
        **LINK_PAGE_CONTEXT,
        **_text_context(invitation.statement, language),
        "invitation": invitation,
        "invited_party_name": invitation.party.name if invitation.party_id else "",
        "inviter_name": _inviter_name(invitation.statement),
        "form": form,
    }
    return render(request, "statements/sign.html", context)


def _render_done(request, token, email_sent=None):
    """`token` None: the organisation had signed already, its first signer keeps the link."""
    context = {
        "manage_link": token and request.build_absolute_uri(notifications.manage_path(token)),
        "email_sent": email_sent,
    }
    return render(request, "statements/sign_done.html", context)


def _sign(invitation, form, token):
    """Signs with the form's answers; returns (signature, personal-link token)."""
    data = form.cleaned_data
    statement = invitation.statement
    appearance = data["appearance"]
    with transaction.atomic():
        # The statement's lock first: two signers typing the same new organisation's name
        # make one organisation, and a refusal below takes the new organisation back.
        log.lock(statement.pk)
        party = invitation.party
        if party is None:
            # A typed name may be another organisation's that signed: signing.sign lands on
            # its signature without making it less strict or taking its signer's details.
            party = signers.party_for_email_invitation(
                data["organisation_name"], appearance, data["language"]
            )
        return signing.sign(
            statement,
            party,
            appearance=appearance,
            language=data["language"],
            representative_name=data["representative_name"],
            representative_role=data["representative_role"],
            contact_email=data["contact_email"],
            invitation_token=token,
        )


@private_page
def sign(request, token):
    invitation = usable_invitation(token)
    if invitation is None:
        return invalid_link(request)
    statement = invitation.statement
    form_options = {
        "languages": statement.languages,
        "asks_organisation": invitation.party_id is None,
    }
    if request.method != "POST":
        language = _reading_language(statement, request.GET.get("language"))
        form = SignForm(initial={"language": language}, **form_options)
        return _render_sign(request, invitation, form, language)

    form = SignForm(request.POST, **form_options)
    # A filled honeypot is answered like a success, with a link that leads nowhere.
    if form.is_robot():
        return _render_done(request, new_token()[0])
    if form.is_valid():
        if over_limit(
            Signature.objects.all(), settings.STATEMENT_SIGNATURES_PER_HOUR, "confirmed_at"
        ):
            form.add_error(
                None,
                _(
                    "Too many signatures have been given in the last hour, so this one could "
                    "not be recorded. Please try again in an hour; what you wrote is kept below."
                ),
            )
        else:
            try:
                signature, manage_token = _sign(invitation, form, token)
            except SigningError as refusal:
                if usable_invitation(token) is None:  # used or closed meanwhile
                    return invalid_link(request)
                form.add_error(None, str(refusal))
            else:
                email_sent = None
                if manage_token and signature.contact_email:
                    email_sent = notifications.send_signature_link(signature, manage_token, request)
                return _render_done(request, manage_token, email_sent)
    language = _reading_language(statement, request.POST.get("language"))
    return _render_sign(request, invitation, form, language)


def _render_manage(request, signature, language, **extra):
    statement = signature.statement
    appearance = effective_appearance(signature)
    context = {
        **LINK_PAGE_CONTEXT,
        **_text_context(statement, language),
        "signature": signature,
        "party_name": signature.party.name,
        "appearance_label": APPEARANCE_LABELS[appearance],
        "stricter_than_chosen": appearance != signature.appearance,
        "is_current": signature.is_current(),
        "reconfirm_form": ReconfirmForm(
            initial={"language": language}, languages=statement.languages
        ),
        "withdraw_form": WithdrawForm(),
        **extra,
    }
    return render(request, "statements/manage_signature.html", context)


@private_page
def manage_signature(request, token):
    signature = signing.signature_for_manage_token(token)
    if signature is None:
        return invalid_link(request)
    statement = signature.statement
    asked = (
        request.POST.get("language") if request.method == "POST" else request.GET.get("language")
    )
    language = _reading_language(statement, asked, fallback=signature.language)
    if request.method != "POST":
        return _render_manage(request, signature, language)

    action = request.POST.get("action")
    if action == "reconfirm":
        form = ReconfirmForm(request.POST, languages=statement.languages)
        if form.is_valid():
            try:
                new_manage_token = signing.reconfirm(
                    signature, language=form.cleaned_data["language"]
                )
            except SigningError:  # withdrawn meanwhile
                return invalid_link(request)
            signature.refresh_from_db()
            email_sent = None
            if signature.contact_email:
                email_sent = notifications.send_signature_link(signature, new_manage_token, request)
            new_link = request.build_absolute_uri(notifications.manage_path(new_manage_token))
            return _render_manage(
                request, signature, language, new_link=new_link, email_sent=email_sent
            )
    elif action == "withdraw":
        form = WithdrawForm(request.POST)
        if form.is_valid():
            try:
                signing.withdraw(signature)
            except SigningError:
                return invalid_link(request)
            return render(
                request,
                "statements/manage_signature.html",
                {**LINK_PAGE_CONTEXT, "withdrawn": True},
            )
        return _render_manage(request, signature, language, withdraw_form=form)
    return _render_manage(request, signature, language)
