from django import template

from rightshouse.core.languages import active_locale, language_versions

register = template.Library()


@register.simple_tag(takes_context=True)
def get_language_versions(context):
    return language_versions(
        context["request"],
        page=context.get("page"),
        translatable_object=context.get("translatable_object"),
        same_path=context.get("same_path_in_every_language", False),
    )


@register.inclusion_tag("core/includes/main_menu.html", takes_context=True)
def main_menu(context):
    from rightshouse.core.models import HomePage

    request = context["request"]
    home = HomePage.objects.filter(locale=active_locale(request)).live().first()
    items = home.get_children().live().in_menu() if home else []
    return {
        "links": [(page, page.get_url(request)) for page in ([home] if home else []) + list(items)],
        "current_path": request.path,
    }
