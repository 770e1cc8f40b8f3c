from django.conf import settings


def site_languages(request):
    return {"site_languages": settings.LANGUAGES}
