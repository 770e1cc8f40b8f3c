"""Public routes of the support service, under /<language>/support/ (that address itself is
the "Get support" content page, which links to the form). None carries anything of a case:
the receipt is only ever sent in a form's body."""

from django.urls import path

from . import views

app_name = "support"

urlpatterns = [
    path("request/", views.apply, name="apply"),
    path("offer/", views.offer, name="offer"),
    path("case/", views.case, name="case"),
]
