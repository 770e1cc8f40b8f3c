"""The accession form and its thank-you page, on the Principles page (routes accede/ and
accede/sent/). Sent forms are answered with a redirect to the thank-you page, so that
reloading it sends nothing twice; a form with errors comes back with them and its values."""

from django.shortcuts import redirect

from .. import applications
from ..forms import AccessionForm
from ..models import Edition


def accede(request, page):
    language = page.locale.language_code
    if request.method == "POST":
        form = AccessionForm(request.POST, language=language)
        # A filled honeypot is answered like a success whatever else was sent.
        if form.is_valid() or form.is_robot():
            try:
                applications.submit(form)
            except applications.Refused as refusal:
                form.add_error(refusal.field, refusal.message)
            else:
                return redirect(page.url_of("accede_sent", request=request))
    else:
        form = AccessionForm(language=language)
    return page.render(
        request,
        template="principles/accede.html",
        context_overrides={"form": form, "is_open": Edition.objects.current() is not None},
    )


def sent(request, page):
    return page.render(request, template="principles/accede_sent.html")
