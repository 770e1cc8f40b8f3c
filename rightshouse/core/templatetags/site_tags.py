from django import template
from wagtail.models import Page

from rightshouse.core.cache import cached
from rightshouse.core.languages import active_locale, language_versions
from rightshouse.core.models import ContentPage, HomePage
from rightshouse.core.visibility import public_pages

register = template.Library()

# The header's compact language links (autonyms); the full names stay in the link text for
# screen readers and in the footer.
SHORT_LANGUAGE_NAMES = {"be": "Бел", "ru": "Рус", "en": "Eng"}


@register.simple_tag(takes_context=True)
def get_language_versions(context):
    request = context.get("request")
    if request is None:  # a template rendered without a request (an error page)
        return []
    return language_versions(
        request,
        page=context.get("page"),
        translatable_object=context.get("translatable_object"),
        same_path=context.get("same_path_in_every_language", False),
    )


@register.filter
def short_language_name(code):
    return SHORT_LANGUAGE_NAMES.get(code, code.upper())


@register.inclusion_tag("core/includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context.get("request")
    if request is None:
        return {"links": []}
    locale = active_locale(request)

    def links():
        home = public_pages(HomePage.objects.filter(locale=locale)).first()
        if not home:
            return []
        # Pages linked in every footer (ContentPage.show_in_footer) are not repeated here:
        # the header keeps to one row at desktop widths.
        children = home.get_children().in_menu().exclude(contentpage__show_in_footer=True)
        pages = [home, *public_pages(children)]
        return [(page.title, page.get_url(request)) for page in pages]

    def current(n, url):
        """aria-current: "page" on the page itself, "true" on the section it is in."""
        if url == request.path:
            return "page"
        return "true" if n and url and request.path.startswith(url) else ""

    menu = cached(request, f"menu:{locale.pk}", links)
    return {"links": [(title, url, current(n, url)) for n, (title, url) in enumerate(menu)]}


@register.simple_tag(takes_context=True)
def footer_pages(context):
    """[(title, address)] of the current language's public pages that editors chose to link
    in the footer (ContentPage.show_in_footer), in the order of the page tree."""
    request = context.get("request")
    if request is None:
        return []
    locale = active_locale(request)

    def links():
        # The few footer pages' ids first: joined with the page table and ordered by path,
        # SQLite would walk the whole page table in path order (380 ms at 300,000 pages).
        footer = ContentPage.objects.filter(show_in_footer=True).order_by()
        ids = list(footer.values_list("pk", flat=True))
        pages = public_pages(Page.objects.filter(pk__in=ids, locale=locale)).order_by("path")
        return [(page.title, page.get_url(request)) for page in pages]

    return cached(request, f"footer:{locale.pk}", links)


@register.filter
def other_versions(language_versions):
    """The translations that exist, other than the one on screen ("Also in: …")."""
    return [version for version in language_versions if version.exists and not version.current]
