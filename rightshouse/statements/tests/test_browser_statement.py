"""A joint statement end to end in real Chromium, as people do it: a coordinator drafts it in
three languages in the admin and invites two organisations; their representatives sign
through their links with JavaScript off (one named, one "not named for safety"); the English
text is changed, publishing is refused until both re-confirm through their personal links;
then it is published, and its page in be, ru and en and its PDF show the one signatory list
and count, without the organisation that asked not to be named.

The admin runs with JavaScript on: its text field is Draftail, which needs it. Public wording
is compared with the catalogue's (gettext in the page's language), so the test holds whether
or not the translations are compiled.
"""

import io
import re
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone, translation
from django.utils.translation import gettext, ngettext
from playwright.sync_api import expect
from pypdf import PdfReader

from rightshouse.conftest import verified_session_cookie
from rightshouse.core.tests.test_accessibility import AXE_PATH, WCAG_TAGS
from rightshouse.core.tests.test_browser import browser  # noqa: F401  (shared fixture)
from rightshouse.organisations.factories import OrganisationFactory
from rightshouse.publications.models import StatementPage
from rightshouse.users import roles

from ..models import Appearance, JointStatement, Signature, StatementStatus

pytestmark = pytest.mark.browser

LANGUAGES = ("be", "ru", "en")
TEXTS = {
    "be": ("Свабоду палітычным вязням", "Мы патрабуем вызваліць усіх палітычных вязняў."),
    "ru": ("Свободу политическим заключённым", "Мы требуем освободить всех политзаключённых."),
    "en": ("Freedom for political prisoners", "We demand the release of all political prisoners."),
}
EDITED_EN = "We demand the immediate release of every political prisoner."
NAMED = {"be": "Цэнтр «Святло»", "ru": "Центр «Свет»", "en": "Svietla Centre"}
HIDDEN = {"be": "Ініцыятыва «Ціша»", "ru": "Инициатива «Тишина»", "en": "Cisha Initiative"}
REPRESENTATIVES = ("Alena Privatnaja", "Ihar Sakretny")


def coordinator():
    roles.set_up_roles(index_pages=[])
    user = get_user_model().objects.create_user(
        "coordinator", email="coordinator@example.org", password="not-used-here"
    )
    user.groups.add(Group.objects.get(name=roles.COORDINATORS))
    return user


def logged_in_admin(browser, live_server, user):  # noqa: F811
    context = browser.new_context(locale="en-GB")
    context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": verified_session_cookie(user),
                "url": live_server.url,
            }
        ]
    )
    return context.new_page()


def on_live_server(live_server, link):
    """A link the site wrote with its configured address, on the test's server."""
    parts = urlsplit(link)
    return live_server.url + parts.path + (f"?{parts.query}" if parts.query else "")


def in_language(language, words, *args):
    with translation.override(language):
        return gettext(words) if not args else ngettext(words, *args)


def axe_problems(context, url):
    tab = context.new_page()
    assert tab.goto(url).status == 200, url
    tab.evaluate(AXE_PATH.read_text())
    result = tab.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS
    )
    tab.close()
    return [
        f"{v['id']}: {v['help']} ({[n['target'] for n in v['nodes']][:3]})"
        for v in result["violations"]
    ]


def write_text(admin, title, words):
    admin.locator("#id_title").fill(title)
    editor = admin.locator(".Draftail-Editor [contenteditable='true']")
    editor.click()
    editor.press("Control+A")
    editor.press("Delete")
    editor.press_sequentially(words)
    # Draftail keeps its hidden input in step with the editor; wait until it holds the words.
    admin.wait_for_function(
        "words => document.querySelector('input[name=body]').value.includes(words)", arg=words
    )
    admin.get_by_role("button", name="Save", exact=True).click()


def sign(visitor, live_server, link, *, reading, appearance, representative):
    """Signs through `link` with JavaScript off; returns the personal link shown once."""
    visitor.goto(on_live_server(live_server, link))
    assert TEXTS["be"][0] in visitor.locator("article.sign-text[lang='be']").inner_text()
    visitor.locator(f"nav.sign-languages a[hreflang='{reading}']").click()
    article = visitor.locator(f"article.sign-text[lang='{reading}']")
    assert TEXTS[reading][1] in article.inner_text()
    form = visitor.locator("form[aria-labelledby='sign-form-title']")
    form.locator("#id_representative_name").fill(representative)
    form.locator("#id_representative_role").fill("chair")
    form.locator(f"input[name='appearance'][value='{appearance}']").check()
    form.locator("#id_authorised").check()
    form.locator("button[type='submit']").click()
    personal_link = visitor.locator(".sign-link__address a")
    expect(personal_link).to_have_count(1)
    return personal_link.get_attribute("href")


def reconfirm(visitor, live_server, personal_link):
    visitor.goto(on_live_server(live_server, personal_link))
    language = visitor.locator("html").get_attribute("lang")
    facts = visitor.locator("dl.edition-facts").inner_text()
    assert in_language(language, "given on an earlier version") in facts
    visitor.locator("button[name='action'][value='reconfirm']").click()
    expect(visitor.locator(".sign-link__address a")).to_have_count(1)
    expect(visitor.locator("button[name='action'][value='reconfirm']")).to_have_count(0)
    assert (
        in_language(language, "the current text")
        in visitor.locator("dl.edition-facts").inner_text()
    )


def published_pages(statement):
    pages = StatementPage.objects.filter(translation_key=statement.publication_key)
    return {page.locale.language_code: page for page in pages.select_related("locale")}


def pdf_text(response):
    assert response.status == 200
    assert response.headers["content-type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.body()))
    # Long names may wrap inside their column: compare words.
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def test_draft_invite_sign_edit_reconfirm_publish_in_chromium(
    transactional_db,
    small_site,
    live_server,
    browser,  # noqa: F811
):
    named = OrganisationFactory(name_be=NAMED["be"], name_ru=NAMED["ru"], name_en=NAMED["en"])
    hidden = OrganisationFactory(name_be=HIDDEN["be"], name_ru=HIDDEN["ru"], name_en=HIDDEN["en"])
    admin = logged_in_admin(browser, live_server, coordinator())
    admin.set_default_timeout(8000)
    visitor_context = browser.new_context(java_script_enabled=False, locale="be-BY")
    visitor = visitor_context.new_page()
    visitor.set_default_timeout(8000)
    # axe is the test's script, not the site's: a context of its own may run it.
    axe_context = browser.new_context(bypass_csp=True)

    # --- the coordinator drafts the statement in three languages and opens it -------------
    admin.goto(live_server.url + "/admin/joint-statements/new/")
    admin.get_by_label("Language of the original").select_option("be")
    deadline = timezone.localtime() + timezone.timedelta(days=14)
    admin.get_by_label("Sign-on deadline").fill(deadline.strftime("%Y-%m-%d %H:%M"))
    # The defaults come chosen; a click elsewhere closes the date picker.
    expect(admin.get_by_role("radio", name="any organisation")).to_be_checked()
    expect(admin.get_by_role("radio", name="in the order of signing")).to_be_checked()
    admin.get_by_role("radio", name="any organisation").click()
    write_text(admin, TEXTS["be"][0], TEXTS["be"][1])
    expect(admin.locator(".messages")).to_contain_text("The draft was created.")
    statement_url = admin.url
    statement = JointStatement.objects.get()
    assert statement_url.endswith(f"/admin/joint-statements/{statement.pk}/")
    for language, name in (("ru", "Russian"), ("en", "English")):
        admin.get_by_role("link", name=f"Add a text in {name}").click()
        write_text(admin, TEXTS[language][0], TEXTS[language][1])
        expect(admin.locator(".messages")).to_contain_text("The text was saved.")
    assert sorted(statement.languages) == sorted(LANGUAGES)
    admin.get_by_role("button", name="Open for signing").click()
    expect(admin.locator(".messages")).to_contain_text("The statement is open for signing.")

    # --- it invites two organisations of the directory; the links are shown once ----------
    admin.get_by_role("link", name="Invite to sign").click()
    admin.get_by_label(NAMED["en"]).check()
    admin.get_by_label(HIDDEN["en"]).check()
    admin.get_by_role("button", name="Invite", exact=True).click()
    links = {
        key: admin.locator("tbody tr", has_text=names["en"]).locator("code").inner_text()
        for key, names in (("named", NAMED), ("hidden", HIDDEN))
    }
    assert all("/joint-statements/sign/" in link for link in links.values()), links

    # --- both sign with JavaScript off, reading English and Russian -----------------------
    sign_problems = axe_problems(axe_context, on_live_server(live_server, links["named"]))
    assert not sign_problems, sign_problems
    personal_links = [
        sign(visitor, live_server, links["named"], reading="en",
             appearance=Appearance.NAMED, representative=REPRESENTATIVES[0]),
        sign(visitor, live_server, links["hidden"], reading="ru",
             appearance=Appearance.NOT_NAMED, representative=REPRESENTATIVES[1]),
    ]  # fmt: skip
    signatures = Signature.objects.order_by("signed_at", "pk")
    assert [(s.party, s.appearance, s.language) for s in signatures] == [
        (named, Appearance.NAMED, "en"),
        (hidden, Appearance.NOT_NAMED, "ru"),
    ]
    # A used link gets the page of links that do not work.
    assert visitor.goto(on_live_server(live_server, links["named"])).status == 404

    # --- the English words change: both signatures are now on an earlier version ----------
    admin.goto(statement_url)
    admin.get_by_role("link", name="Edit the English text").click()
    write_text(admin, TEXTS["en"][0], EDITED_EN)
    expect(admin.locator(".messages")).to_contain_text("2 signers must re-confirm")
    assert (
        "2 signatures were given on an earlier version of the text"
        in admin.locator("main").inner_text()
    )
    admin.get_by_role("link", name="Publish", exact=True).click()
    expect(admin.locator("main")).to_contain_text("The statement cannot be published yet:")
    refusal = admin.locator("main").inner_text()
    assert "2 signatures were given on an earlier version" in refusal
    assert admin.get_by_role("button", name="Publish", exact=True).count() == 0
    statement.refresh_from_db()
    assert statement.status == StatementStatus.OPEN

    # --- each signer re-confirms through their personal link, JavaScript off -------------
    for personal_link in personal_links:
        reconfirm(visitor, live_server, personal_link)

    # --- now it publishes, with a tag -----------------------------------------------------
    admin.goto(statement_url)
    assert "earlier version" not in admin.locator("main").inner_text()
    admin.get_by_role("link", name="Publish", exact=True).click()
    admin.get_by_label(small_site.tags["be"].name).check()
    admin.get_by_role("button", name="Publish", exact=True).click()
    # A member of the Coordinators group, who has no page permissions of its own, publishes.
    expect(admin.locator(".messages")).to_contain_text("The statement was published.")
    assert admin.url == statement_url
    admin.context.close()
    statement.refresh_from_db()
    assert statement.status == StatementStatus.PUBLISHED

    # --- its page and PDF in every language: the named one, "+1", the count of 2 ---------
    pages = published_pages(statement)
    assert set(pages) == set(LANGUAGES)
    hidden_names = [*HIDDEN.values(), *REPRESENTATIVES]
    for language in LANGUAGES:
        url = live_server.url + pages[language].get_url()
        assert visitor.goto(url).status == 200, url
        assert visitor.locator("html").get_attribute("lang") == language
        assert visitor.locator("h1").inner_text() == TEXTS[language][0]
        words = EDITED_EN if language == "en" else TEXTS[language][1]
        assert words in visitor.locator("main").inner_text()
        section = visitor.locator("section.signatories")
        assert re.search(r"\(2\)", section.locator("h2").inner_text())
        assert section.locator(".signatories__list li").all_inner_texts() == [NAMED[language]]
        not_named = section.locator(".signatories__not-named").inner_text()
        assert "+1" in not_named
        assert not_named == in_language(
            language,
            "+%(count)d organisation not named for safety",
            "+%(count)d organisations not named for safety",
            1,
        ) % {"count": 1}
        count = in_language(
            language, "Signed by %(count)d organisation", "Signed by %(count)d organisations", 2
        ) % {"count": 2}
        assert section.locator(".signatories__count").inner_text() == count
        page_html = visitor.content()
        leaked = [name for name in hidden_names if name in page_html]
        assert not leaked, (language, leaked)

        pdf_href = section.locator(".signatories__exports a[type='application/pdf']")
        pdf = pdf_text(
            visitor_context.request.get(live_server.url + pdf_href.get_attribute("href"))
        )
        assert NAMED[language] in pdf, language
        assert "(2)" in pdf and "+1" in pdf and count in pdf, pdf
        leaked = [name for name in hidden_names if name in pdf]
        assert not leaked, (language, leaked)

        page_problems = axe_problems(axe_context, url)
        assert not page_problems, (language, page_problems)
    visitor_context.close()
    axe_context.close()
