"""Two-factor sign-in: each staff member sets up an authenticator at first sign-in,
without an administrator, and keeps recovery codes for a lost phone."""

import re
from base64 import b32decode, b32encode

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import NoReverseMatch, reverse
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from content.admin_twofactor import normalised_code
from content.models import AuditEntry
from content.testing.commands import manage
from content.testing.server import FIELD_KEY

pytestmark = pytest.mark.django_db
PASSWORD = "a-long-test-password"


@pytest.fixture(autouse=True)
def required(settings):
    settings.ADMIN_REQUIRE_2FA = True


def english() -> Client:
    return Client(headers={"Accept-Language": "en"})


@pytest.fixture
def client():
    return english()


@pytest.fixture
def staff():
    return get_user_model().objects.create_user("editor", password=PASSWORD, is_staff=True, is_superuser=True)


def code_for(device: TOTPDevice, steps_ahead: int = 0) -> str:
    t = totp(device.bin_key, step=device.step, t0=device.t0 - steps_ahead * device.step, digits=device.digits)
    return str(t).zfill(device.digits)


def sign_in(client: Client, code: str = "", follow: bool = False):
    data = {"username": "editor", "password": PASSWORD, "next": "/admin/clinic/page/", "otp_token": code}
    return client.post(reverse("admin:login"), data, follow=follow, headers={"Accept-Language": "en"})


def enrol(client: Client) -> tuple[TOTPDevice, list[str]]:
    """First sign-in: the password, the set-up page, one code. The device and the recovery codes."""
    sign_in(client)
    html = client.get(reverse("admin:two_factor_set_up")).content.decode()
    key = re.search(r'<p class="two-factor-key"><code>([A-Z2-7 ]+)</code>', html).group(1)
    device = TOTPDevice.objects.get(confirmed=False)
    assert b32decode(key.replace(" ", "")) == device.bin_key  # the key typed by hand is the device's
    page = client.post(reverse("admin:two_factor_set_up"), {"code": code_for(device), "next": "/admin/clinic/page/"})
    codes = re.findall(r"<li><code>([a-z2-7]{4} [a-z2-7]{4})</code></li>", page.content.decode())
    device.refresh_from_db()
    return device, codes


def test_two_factor_and_sign_off_are_required_by_default_only_when_debug_is_off():
    code = "from django.conf import settings as s; print(s.ADMIN_REQUIRE_2FA, s.CONTENT_APPROVAL_REQUIRED)"
    for debug, expected in (("false", "True True"), ("true", "False False")):
        env = {"DJANGO_DEBUG": debug, "DJANGO_SECRET_KEY": "x" * 50, "DJANGO_FIELD_ENCRYPTION_KEYS": FIELD_KEY}
        out = manage(env, "shell", "-c", code)
        assert out.stdout.strip().splitlines()[-1] == expected, (debug, out.stderr[-500:])


def test_a_new_staff_member_is_led_from_the_password_to_setting_up_an_authenticator(client, staff):
    response = sign_in(client)
    # Straight on to the set-up page, keeping where they were going.
    assert response.status_code == 302
    assert response.url == reverse("admin:two_factor_set_up") + "?next=%2Fadmin%2Fclinic%2Fpage%2F"
    html = client.get(response.url).content.decode()
    assert "Set up two-factor sign-in" in html and 'src="/admin/two-factor/qr.svg"' in html
    assert '<input type="hidden" name="next" value="/admin/clinic/page/">' in html
    assert client.get(reverse("admin:login")).url.startswith(reverse("admin:two_factor_set_up"))
    # Nothing else in the admin until it is done.
    assert client.get("/admin/clinic/page/").status_code == 302
    assert client.get(reverse("admin:index")).status_code == 302


def test_the_qr_code_is_an_image_of_the_pending_key_for_its_owner_only(client, staff):
    assert client.get(reverse("admin:two_factor_qr")).status_code == 302  # signed out: to the sign-in
    sign_in(client)
    assert client.get(reverse("admin:two_factor_qr")).status_code == 404  # nothing being set up yet
    client.get(reverse("admin:two_factor_set_up"))
    image = client.get(reverse("admin:two_factor_qr"))
    assert image.status_code == 200 and image["Content-Type"] == "image/svg+xml"
    assert image.content.startswith(b"<?xml") and b"<path" in image.content
    assert "no-store" in image["Cache-Control"]


def test_a_wrong_code_says_so_and_a_right_one_sets_up_and_shows_ten_recovery_codes(client, staff):
    sign_in(client)
    client.get(reverse("admin:two_factor_set_up"))
    device = TOTPDevice.objects.get(user=staff)
    wrong = client.post(reverse("admin:two_factor_set_up"), {"code": "000000" if code_for(device) != "000000" else "1"})
    assert wrong.status_code == 200 and "That code does not match" in wrong.content.decode()
    too_short = client.post(reverse("admin:two_factor_set_up"), {"code": "12 34"})
    assert "Type the 6 digits" in too_short.content.decode()
    device.throttling_failure_count = 0
    device.save()
    spaced = code_for(device)
    right = client.post(reverse("admin:two_factor_set_up"), {"code": f"{spaced[:3]} {spaced[3:]}", "next": "/admin/"})
    html = right.content.decode()
    codes = re.findall(r"<li><code>([a-z2-7]{4} [a-z2-7]{4})</code></li>", html)
    assert len(codes) == 10 and len(set(codes)) == 10
    assert "no-store" in right["Cache-Control"]
    assert StaticToken.objects.filter(device__user=staff).count() == 10
    device.refresh_from_db()
    assert device.confirmed
    assert client.get("/admin/clinic/page/").status_code == 200  # this session is now verified


def test_after_setting_up_every_sign_in_needs_a_code(client, staff):
    device, _codes = enrol(client)
    fresh = english()
    assert sign_in(fresh).status_code == 200  # no code: the form again
    assert fresh.get("/admin/").status_code == 302
    response = sign_in(fresh, code_for(device, steps_ahead=1))
    assert response.status_code == 302 and response.url == "/admin/clinic/page/"
    assert fresh.get("/admin/clinic/page/").status_code == 200


def test_a_recovery_code_signs_in_once_and_warns_how_many_are_left(client, staff):
    _device, codes = enrol(client)
    first = english()
    response = sign_in(first, codes[0].upper().replace(" ", "-"), follow=True)  # as typed from paper
    assert response.status_code == 200
    assert "You signed in with a recovery code; 9 are left." in response.content.decode()
    assert first.get("/admin/").status_code == 200
    again = sign_in(english(), codes[0])
    assert again.status_code == 200 and "Invalid token" in again.content.decode()
    assert StaticToken.objects.filter(device__user=staff).count() == 9


def test_new_recovery_codes_replace_the_old_ones(client, staff):
    _device, old = enrol(client)
    page = client.post(reverse("admin:two_factor_codes"))
    new = re.findall(r"<li><code>([a-z2-7]{4} [a-z2-7]{4})</code></li>", page.content.decode())
    assert len(new) == 10 and not set(new) & set(old)
    assert sign_in(english(), new[1]).status_code == 302
    assert sign_in(english(), old[1]).status_code == 200  # an old one no longer works


def test_replacing_the_phone_keeps_the_old_app_working_until_the_new_one_is_proved(client, staff):
    old, _codes = enrol(client)
    overview = client.get(reverse("admin:two_factor")).content.decode()
    assert "You have 10 unused recovery codes." in overview
    assert client.post(reverse("admin:two_factor_replace")).url == reverse("admin:two_factor_set_up")
    assert "Replace your authenticator app" in client.get(reverse("admin:two_factor_set_up")).content.decode()
    new = TOTPDevice.objects.get(user=staff, confirmed=False)
    assert sign_in(english(), code_for(old, steps_ahead=1)).status_code == 302  # half-way: the old app still works
    client.post(reverse("admin:two_factor_set_up"), {"code": code_for(new)})
    assert list(TOTPDevice.objects.filter(user=staff).values_list("pk", flat=True)) == [new.pk]
    assert sign_in(english(), code_for(new, steps_ahead=1)).status_code == 302


def test_a_password_alone_cannot_change_an_authenticator_already_set_up(client, staff):
    enrol(client)
    thief = english()
    sign_in(thief)  # the password, no code: not signed in
    for name in ("two_factor_replace", "two_factor_codes"):
        assert thief.post(reverse(f"admin:{name}")).status_code == 302
    assert TOTPDevice.objects.filter(user=staff, confirmed=False).count() == 0
    assert StaticToken.objects.filter(device__user=staff).count() == 10


def test_the_set_up_pages_are_for_staff_only(client, staff):
    get_user_model().objects.create_user("patient", password=PASSWORD)
    client.post(reverse("admin:login"), {"username": "patient", "password": PASSWORD, "next": "/admin/"})
    for name in ("two_factor", "two_factor_set_up", "two_factor_qr"):
        assert client.get(reverse(f"admin:{name}")).status_code == 302
    assert not TOTPDevice.objects.exists()


def test_a_new_staff_member_can_sign_out_from_the_set_up_page(client, staff):
    sign_in(client)
    html = client.get(reverse("admin:two_factor_set_up")).content.decode()
    assert 'action="/admin/two-factor/sign-out/"' in html
    client.post(reverse("admin:two_factor_sign_out"))
    assert client.get(reverse("admin:two_factor_set_up")).status_code == 302


def test_when_not_required_staff_choose_to_set_it_up_from_the_top_bar(client, staff, settings):
    settings.ADMIN_REQUIRE_2FA = False
    sign_in(client)
    index = client.get(reverse("admin:index")).content.decode()
    assert 'href="/admin/two-factor/"' in index
    device, codes = enrol(client)
    assert device.confirmed and len(codes) == 10
    assert sign_in(english()).status_code == 200  # from now on, a code is needed


def test_codes_are_read_as_typed():
    assert normalised_code(" 123 456 ") == "123456"
    assert normalised_code("ABCD-EFGH") == "abcdefgh"


def test_a_wrong_code_at_sign_in_is_in_the_audit_log(client, staff):
    device, _codes = enrol(client)
    wrong = "000000" if code_for(device) != "000000" else "111111"
    assert sign_in(english(), wrong).status_code == 200
    entry = AuditEntry.objects.filter(action="second_factor_failed").get()
    assert entry.actor == staff and entry.actor_name == "editor"
    assert wrong not in entry.reason  # the code itself is never kept


def test_no_admin_page_shows_an_authenticator_secret_to_anyone(client):
    """Every registered model's list and change pages, as a superuser who gave a code:
    no device's key (hex or base32), QR code or recovery code appears; django-otp's
    own config and QR code pages are gone."""
    from django.contrib import admin

    admin_user = get_user_model().objects.create_user("boss", password=PASSWORD, is_staff=True, is_superuser=True)
    colleague = get_user_model().objects.create_user("colleague", password=PASSWORD, is_staff=True)
    device = TOTPDevice.objects.create(user=colleague, name="phone", confirmed=True)
    codes = StaticDevice.objects.create(user=colleague, name="recovery", confirmed=True)
    token = StaticToken.objects.create(device=codes, token="qwertyuiopas")
    TOTPDevice.objects.create(user=admin_user, name="phone", confirmed=True)
    own = TOTPDevice.objects.get(user=admin_user)
    client.post(
        reverse("admin:login"),
        {"username": "boss", "password": PASSWORD, "otp_token": code_for(own), "next": "/admin/"},
    )
    assert client.get(reverse("admin:index")).status_code == 200
    secrets = [device.key, b32encode(device.bin_key).decode(), token.token]
    walked = 0
    for model, _model_admin in admin.site._registry.items():
        info = (model._meta.app_label, model._meta.model_name)
        pages = [reverse("admin:{}_{}_changelist".format(*info))]
        pages += [
            reverse("admin:{}_{}_change".format(*info), args=[pk])
            for pk in model._default_manager.values_list("pk", flat=True)[:3]
        ]
        for url in pages:
            html = client.get(url).content.decode()
            walked += 1
            for secret in secrets:
                assert secret not in html, url
    assert walked > 20
    for name in ("otp_totp_totpdevice_config", "otp_totp_totpdevice_qrcode"):
        with pytest.raises(NoReverseMatch):
            reverse(f"admin:{name}", args=[device.pk])
    for url in (f"/admin/otp_totp/totpdevice/{device.pk}/config/", f"/admin/otp_totp/totpdevice/{device.pk}/qrcode/"):
        assert client.get(url).status_code in (302, 404)  # (the admin's catch-all sends unknown pages away)
    assert client.get(reverse("admin:otp_totp_totpdevice_add")).status_code == 403  # no key typed by another
