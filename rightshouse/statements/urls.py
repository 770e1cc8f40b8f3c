"""Public routes of joint statements, under /<language>/joint-statements/: signing through a
personal link, the signer's own link to re-confirm or withdraw, and the signatory exports of
published statements."""

from django.urls import path

from .views import exports, signing

app_name = "statements"

urlpatterns = [
    path("sign/<str:token>/", signing.sign, name="sign"),
    path("signature/<str:token>/", signing.manage_signature, name="manage_signature"),
    path("<uuid:key>/signatories.csv", exports.signatories_csv, name="signatories_csv"),
    path("<uuid:key>/signatories.json", exports.signatories_json, name="signatories_json"),
    path("<uuid:key>/signatories.pdf", exports.signatories_pdf, name="signatories_pdf"),
]
