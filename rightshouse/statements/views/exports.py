"""The signatory exports of a published statement, in the language of the address.

An unknown statement, one not published, and one with no public page in that language all
get the same 404: an export exists exactly where the statement's page does, and carries the
SHA-256 of that page's text. GET only; nothing here sets a cookie.
"""

from django.http import Http404, HttpResponse
from django.utils import translation
from django.views.decorators.http import require_safe

from .. import exports


def _export(request, key):
    found = exports.published_statement(key, translation.get_language())
    if found is None:
        raise Http404("No published statement here.")
    return exports.build(*found, request)


def _download(body, content_type, filename, disposition="attachment"):
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    return response


@require_safe
def signatories_csv(request, key):
    export = _export(request, key)
    return _download(
        exports.as_csv(export), "text/csv; charset=utf-8", exports.filename(export, "csv")
    )


@require_safe
def signatories_json(request, key):
    export = _export(request, key)
    return _download(
        exports.as_json(export),
        "application/json; charset=utf-8",
        exports.filename(export, "json"),
        # Shown in the browser when opened, saved under this name when downloaded.
        disposition="inline",
    )


@require_safe
def signatories_pdf(request, key):
    export = _export(request, key)
    return _download(exports.as_pdf(export), "application/pdf", exports.filename(export, "pdf"))
