"""Coming back with a receipt: the conversation opens (damaged parts shown as such), the
applicant answers; wrong and unknown receipts get the same answer and are rate-limited
without addresses; absurd receipts never reach Argon2."""

import re

import pytest
from django.test import Client
from nacl import pwhash

from rightshouse.core.models import FailedAttempt
from rightshouse.support import cases, receipts
from rightshouse.support.models import Case, Record, RecordKind

from .helpers import case_key, post_multipart, request_data, url

CSRF_TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"')
WRONG = "This receipt does not open a case"


def applied(with_file=True):
    files = [("summons.pdf", b"%PDF")] if with_file else []
    response = post_multipart(Client(), request_data(what="They came at night."), files)
    return Case.objects.get(), response.context["receipt"]


def other_receipt(receipt):
    words = receipt.split()
    alternative = next(word for word in receipts.word_list() if word != words[-1])
    return " ".join([*words[:-1], alternative])


def test_the_receipt_opens_the_conversation_and_the_applicant_answers(handler):
    case, receipt = applied()
    key = case_key(case, handler)
    cases.reply(case, key, "We can help. Write to us.", handler)
    client = Client()
    response = client.post(url("case"), {"receipt": receipt.upper().replace(" ", "-")})
    content = response.content.decode()
    assert response.status_code == 200
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert "They came at night." in content and "We can help. Write to us." in content
    assert "summons.pdf" in content
    assert receipt not in response.wsgi_request.get_full_path()
    # The answer form carries the receipt, hidden.
    assert f'type="hidden" name="receipt" value="{receipt}"' in content
    response = client.post(url("case"), {"receipt": receipt, "message": "Thank you, tomorrow."})
    assert response.status_code == 200 and response.context["sent"]
    assert "Thank you, tomorrow." in response.content.decode()
    (answer,) = cases.open_records(case, key, [RecordKind.FROM_APPLICANT])
    assert answer.plaintext == b"Thank you, tomorrow."


def test_a_damaged_part_is_shown_as_such_and_the_rest_opens(handler):
    case, receipt = applied()
    key = case_key(case, handler)
    reply = cases.reply(case, key, "A reply", handler)
    blob = bytearray(reply.ciphertext)
    blob[-1] ^= 1
    Record.objects.filter(pk=reply.pk).update(ciphertext=bytes(blob))
    response = Client().post(url("case"), {"receipt": receipt})
    content = response.content.decode()
    assert response.status_code == 200
    assert "This part could not be read." in content and "They came at night." in content


def test_an_empty_or_too_long_answer_is_refused_and_the_case_stays_open(handler):
    case, receipt = applied(with_file=False)
    response = Client().post(url("case"), {"receipt": receipt, "message": "x" * 20_001})
    assert response.status_code == 200 and response.context["form"].has_error("message")
    assert "They came at night." in response.content.decode()
    assert not case.records.filter(kind=RecordKind.FROM_APPLICANT).exists()


def _without_token(content):
    return CSRF_TOKEN.sub("", content)


def test_wrong_and_unknown_receipts_get_the_same_answer(handler):
    _case, receipt = applied(with_file=False)
    client = Client()
    answers = [
        client.post(url("case"), {"receipt": value})
        for value in (other_receipt(receipt), "not a receipt at all", "")
    ]
    assert {response.status_code for response in answers} == {200}
    assert len({_without_token(response.content.decode()) for response in answers}) == 1
    assert WRONG in answers[0].content.decode()


def test_wrong_receipts_are_rate_limited_without_addresses(handler, settings):
    settings.THROTTLE_FAILURES_SITE_WIDE = 3
    _case, receipt = applied(with_file=False)
    client = Client()
    for number in range(3):
        words = other_receipt(receipt).split()
        words[0] = receipts.word_list()[number]
        assert WRONG in client.post(url("case"), {"receipt": " ".join(words)}).content.decode()
    assert FailedAttempt.objects.filter(scope="support-receipt").count() == 3
    for row in FailedAttempt.objects.all():
        assert receipt not in row.target and "127.0.0.1" not in row.target
    response = client.post(url("case"), {"receipt": receipt})
    assert response.status_code == 429
    assert "Too many wrong receipts" in response.content.decode()
    settings.THROTTLE_FAILURES_SITE_WIDE = 100
    assert "They came at night." in client.post(url("case"), {"receipt": receipt}).content.decode()


@pytest.mark.parametrize(
    "absurd",
    [
        b"receipt=" + b"word+" * 5000,
        b"receipt=" + b"%00" * 50,
        b"receipt=a+b+c+d+e+f+g",
        b"receipt=" + b"abacus+" * 6 + b"%ff%fe%80",  # not UTF-8
        b"receipt=" + b"%C3%A9" * 201,
    ],
)
def test_absurd_receipts_are_refused_before_argon2(handler, monkeypatch, absurd):
    def no_argon2(*args, **kwargs):
        raise AssertionError("Argon2 ran")

    monkeypatch.setattr(pwhash.argon2id, "kdf", no_argon2)
    response = Client().generic("POST", url("case"), absurd, "application/x-www-form-urlencoded")
    assert response.status_code == 200
    assert WRONG in response.content.decode()


def test_a_case_without_a_receipt_cannot_be_opened(handler):
    post_multipart(Client(), request_data(contact="", consent_contact="no", reply="no_contact"), [])
    case = Case.objects.get()
    assert case.receipt_lookup is None
    response = Client().post(url("case"), {"receipt": receipts.new_receipt()})
    assert WRONG in response.content.decode()


def test_the_receipt_is_never_taken_from_the_address(handler):
    _case, receipt = applied(with_file=False)
    response = Client().get(url("case"), {"receipt": receipt})
    assert response.status_code == 200
    assert "They came at night." not in response.content.decode()
