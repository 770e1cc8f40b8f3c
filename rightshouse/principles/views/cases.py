"""The complaints procedure in public: the report form, its receipt, the published decisions.

Nothing here shows what a reporter wrote or who they are: the decisions page reads the
published outcome, the date, the kind and the party concerned (by the party visibility rule),
and nothing else of a case.
"""

from django.shortcuts import redirect

from rightshouse.core.pagination import page_or_404
from rightshouse.organisations.visibility import is_counted, is_named

from .. import cases
from ..case_forms import ReportForm

DECISIONS_PER_PAGE = 20


def report(request, page):
    form = ReportForm(request.POST if request.method == "POST" else None)
    status = 200
    # A filled honeypot is answered as a success whatever else was sent.
    if form.is_bound and (form.is_valid() or form.is_robot()):
        try:
            cases.submit(form)
        except cases.TooManyReports as error:
            form.add_error(None, str(error))
            status = 429
        else:
            return redirect(page.url_of("report_sent", request=request))
    response = page.render(
        request,
        template="principles/report.html",
        context_overrides={
            "form": form,
            "decisions_url": page.url_of("decisions", request=request),
        },
    )
    response.status_code = status
    return response


def sent(request, page):
    return page.render(
        request,
        template="principles/report_sent.html",
        context_overrides={
            "decisions_url": page.url_of("decisions", request=request),
            "report_url": page.url_of("report", request=request),
        },
    )


class Decision:
    """What the decisions page may show of a resolved case with a published outcome."""

    def __init__(self, case):
        self.decided_on = case.decided_on
        self.kind = case.get_kind_display()
        self.language, self.outcome = cases.outcome_in(case)
        party = case.party
        self.party_name = party.name if party and is_named(party) else ""
        self.party_url = party.get_absolute_url() if self.party_name else ""
        self.party_not_named = bool(party) and is_counted(party) and not is_named(party)


def decisions(request, page):
    results = page_or_404(request, cases.published_decisions(), DECISIONS_PER_PAGE)
    return page.render(
        request,
        template="principles/decisions.html",
        context_overrides={
            "decisions": [Decision(case) for case in results],
            "page_obj": results,
            "report_url": page.url_of("report", request=request),
        },
    )
