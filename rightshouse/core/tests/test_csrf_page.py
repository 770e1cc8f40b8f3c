from django.test import Client


def test_a_form_sent_without_its_token_gets_the_sites_page_in_the_visitors_language(
    small_site,
):
    client = Client(enforce_csrf_checks=True)
    for language, words in (("en", "Nothing was saved"), ("be", "Нічога не захавана")):
        response = client.post(f"/{language}/_util/login/", {"username": "x", "password": "y"})
        assert response.status_code == 403
        html = response.content.decode()
        assert words in html
        assert f'lang="{language}"' in html
