"""The solidarity fast track (Principle 9): an alert about a persecuted defender or
organisation becomes, at once, an open solidarity statement in three languages, with an
invitation to every organisation whose accession to the Principles is active.

The wording is ours; what the coordinator typed is inserted as typed, escaped, into each
language (it is not translated).
"""

from django.db import transaction
from django.utils.html import linebreaks

from . import invitations, texts
from .coordination import acceding_parties
from .models import Eligibility, JointStatement, StatementKind, StatementStatus

LANGUAGES = ("be", "ru", "en")
SOURCE_LANGUAGE = "be"

TITLES = {
    "be": "Заява салідарнасці: {who}",
    "ru": "Заявление солидарности: {who}",
    "en": "Solidarity statement: {who}",
}
LEADS = {
    "be": "Мы, арганізацыі, што далучыліся да Прынцыпаў праваабарончай дзейнасці, выказваем "
    "салідарнасць з тымі, хто зазнае пераслед: {who}.",
    "ru": "Мы, организации, присоединившиеся к Принципам правозащитной деятельности, выражаем "
    "солидарность с теми, кто подвергается преследованию: {who}.",
    "en": "We, the organisations that acceded to the Principles of Human Rights Work, stand "
    "in solidarity with those who are persecuted: {who}.",
}
BODIES = {
    "be": (
        "<p>Што адбылося {when}:</p>{what}"
        "<p>Мы лічым гэта пераследам за праваабарончую дзейнасць. Паводле Прынцыпа 9 "
        "салідарнасць з праваабаронцамі і арганізацыямі, якія зазнаюць пераслед, для нас "
        "першачарговая. Мы патрабуем неадкладна спыніць гэты пераслед і заклікаем "
        "міжнародную супольнасць адгукнуцца.</p>"
    ),
    "ru": (
        "<p>Что произошло {when}:</p>{what}"
        "<p>Мы считаем это преследованием за правозащитную деятельность. Согласно Принципу 9 "
        "солидарность с правозащитниками и организациями, подвергающимися преследованию, "
        "для нас первоочередна. Мы требуем немедленно прекратить это преследование и "
        "призываем международное сообщество откликнуться.</p>"
    ),
    "en": (
        "<p>What happened on {when}:</p>{what}"
        "<p>We regard this as persecution for human rights work. Under Principle 9, "
        "solidarity with persecuted human rights defenders and organisations comes first "
        "for us. We call for this persecution to end at once and urge the international "
        "community to respond.</p>"
    ),
}
DATE_FORMATS = {"be": "%d.%m.%Y", "ru": "%d.%m.%Y", "en": "%d %B %Y"}
TITLE_MAX_LENGTH = 255


def _title(language, who):
    title = TITLES[language].format(who=who)
    return title if len(title) <= TITLE_MAX_LENGTH else title[: TITLE_MAX_LENGTH - 1] + "…"


def text_of(language, *, persecuted, what_happened, happened_on, extra=""):
    """(title, lead, body) in `language`; the user's words escaped in the body."""
    when = happened_on.strftime(DATE_FORMATS[language]) if language != "en" else (
        f"{happened_on.day} {happened_on.strftime('%B %Y')}"
    )  # fmt: skip
    what = linebreaks(what_happened, autoescape=True)
    body = BODIES[language].format(when=when, what=what)
    if extra.strip():
        body += linebreaks(extra, autoescape=True)
    # The title and lead are plain text (escaped where shown).
    lead = LEADS[language].format(who=persecuted)
    return _title(language, persecuted), lead[:600], body


def create_alert(*, persecuted, what_happened, happened_on, deadline, extra="", coordinator=None,
                 user=None):  # fmt: skip
    """Creates, opens and sends out a solidarity statement. Returns (statement, [(invitation,
    token)]); the tokens are nowhere else, so the caller shows and mails them once."""
    with transaction.atomic():
        statement = JointStatement.objects.create(
            kind=StatementKind.SOLIDARITY,
            status=StatementStatus.DRAFT,
            coordinator=coordinator,
            created_by=user,
            source_language=SOURCE_LANGUAGE,
            deadline=deadline,
            eligibility=Eligibility.ACCEDING,
            persecuted=persecuted,
            what_happened=what_happened,
            happened_on=happened_on,
        )
        for language in LANGUAGES:
            title, lead, body = text_of(
                language, persecuted=persecuted, what_happened=what_happened,
                happened_on=happened_on, extra=extra,
            )  # fmt: skip
            texts.save_text(statement, language, title=title, lead=lead, body=body)
        JointStatement.objects.filter(pk=statement.pk).update(status=StatementStatus.OPEN)
        statement.refresh_from_db()
        sent = [
            invitations.invite(statement, party=party, user=user)
            for party in acceding_parties().order_by("pk")
        ]
    return statement, sent
