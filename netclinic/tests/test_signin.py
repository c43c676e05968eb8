"""Admin sign-in: lockout after repeated failures, and two-factor codes."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client, RequestFactory
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from content.security import client_ip

pytestmark = pytest.mark.django_db
PASSWORD = "a-long-test-password"


@pytest.fixture(autouse=True)
def behind_one_proxy(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    settings.AXES_FAILURE_LIMIT = 5


@pytest.fixture
def staff():
    return get_user_model().objects.create_user("nurse", password=PASSWORD, is_staff=True, is_superuser=True)


def sign_in(password: str, client_address: str = "203.0.113.7", forged: str = "", **extra) -> Client:
    """A sign-in through the TLS proxy, which appends the client's address to X-Forwarded-For."""
    client = Client(REMOTE_ADDR="127.0.0.1")  # the proxy, on the loopback
    forwarded = f"{forged}, {client_address}" if forged else client_address
    client.response = client.post(
        reverse("admin:login"),
        {"username": "nurse", "password": password, "next": "/admin/", **extra},
        HTTP_X_FORWARDED_FOR=forwarded,
        HTTP_ACCEPT_LANGUAGE="en",
    )
    return client


def test_client_address_is_the_one_the_proxy_saw(settings):
    factory = RequestFactory()
    request = factory.get("/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="1.1.1.1, 2.2.2.2, 203.0.113.7")
    assert client_ip(request) == "203.0.113.7"
    assert client_ip(factory.get("/", REMOTE_ADDR="198.51.100.1")) == "198.51.100.1"  # not through the proxy
    # Straight to gunicorn from elsewhere: a forged header is not believed.
    direct = factory.get("/", REMOTE_ADDR="198.51.100.1", HTTP_X_FORWARDED_FOR="203.0.113.99")
    assert client_ip(direct) == "198.51.100.1"
    # Nor is something that is not an address.
    assert client_ip(factory.get("/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="<script>")) == "127.0.0.1"
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_ip(request) == "127.0.0.1"


def test_five_failures_lock_the_username_from_that_address(staff):
    for _ in range(4):
        assert sign_in("wrong").response.status_code == 200
    assert sign_in("wrong").response.status_code == 429  # the fifth failure locks
    locked = sign_in(PASSWORD)  # even the right password is refused now
    assert locked.response.status_code == 429
    assert "Sign-in paused" in locked.response.content.decode()
    assert "15 minutes" in locked.response.content.decode()


def test_a_forged_forwarded_header_neither_resets_nor_dodges_the_count(staff):
    for attempt in range(5):
        sign_in("wrong", forged=f"198.51.100.{attempt}")
    assert sign_in(PASSWORD, forged="192.0.2.99").response.status_code == 429
    assert sign_in(PASSWORD, forged="203.0.113.8, 10.9.9.9").response.status_code == 429


def test_another_address_is_not_locked_out(staff):
    for _ in range(5):
        sign_in("wrong")
    assert sign_in(PASSWORD, client_address="198.51.100.20").response.status_code == 302


def test_a_successful_sign_in_resets_the_count(staff):
    for _ in range(4):
        sign_in("wrong")
    assert sign_in(PASSWORD).response.status_code == 302
    for _ in range(4):
        sign_in("wrong")
    assert sign_in(PASSWORD).response.status_code == 302


def test_staff_without_a_device_sign_in_with_their_password(staff):
    client = sign_in(PASSWORD)
    assert client.response.status_code == 302
    assert client.get(reverse("admin:index")).status_code == 200


def test_staff_with_a_device_need_its_code(staff):
    device = TOTPDevice.objects.create(user=staff, name="phone", confirmed=True)
    assert sign_in(PASSWORD).response.status_code == 200  # asked for the code
    code = str(totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits)).zfill(device.digits)
    client = sign_in(PASSWORD, otp_token=code)
    assert client.response.status_code == 302
    assert client.get(reverse("admin:index")).status_code == 200


def test_required_two_factor_keeps_out_staff_without_a_device(staff, settings):
    settings.ADMIN_REQUIRE_2FA = True
    client = sign_in(PASSWORD)
    assert client.response.url.startswith(reverse("admin:two_factor_set_up"))  # to set one up (test_two_factor.py)
    assert client.get(reverse("admin:index")).status_code == 302  # and nowhere else


def test_many_usernames_from_one_address_pause_that_address(staff, settings):
    """Credential stuffing: 6 usernames x 5 failures from one address, then even the right password waits."""
    settings.SIGNIN_ADDRESS_FAILURE_LIMIT = 30
    for user in range(6):
        for _ in range(5):
            Client(REMOTE_ADDR="127.0.0.1").post(
                reverse("admin:login"),
                {"username": f"guess{user}", "password": "wrong", "next": "/admin/"},
                HTTP_X_FORWARDED_FOR="203.0.113.7",
            )
    paused = sign_in(PASSWORD)
    assert paused.response.status_code == 200
    assert "Too many failed sign-ins have come from your network" in paused.response.content.decode()
    assert sign_in(PASSWORD, client_address="198.51.100.20").response.status_code == 302  # elsewhere: fine


def test_a_few_mistakes_on_a_shared_network_lock_nobody_else_out(staff):
    """Three colleagues behind the hospital's one address each mistype four times."""
    for user in ("nurse-a", "nurse-b", "doctor-c"):
        for _ in range(4):
            Client(REMOTE_ADDR="127.0.0.1").post(
                reverse("admin:login"),
                {"username": user, "password": "wrong", "next": "/admin/"},
                HTTP_X_FORWARDED_FOR="203.0.113.7",
            )
    assert sign_in(PASSWORD).response.status_code == 302


def test_the_sign_in_form_names_the_code_field_and_explains_it(client):
    html = client.get(reverse("admin:login"), headers={"Accept-Language": "en"}).content.decode()
    assert '<label for="id_otp_token">Code from your authenticator app:</label>' in html
    assert 'aria-describedby="id_otp_token_helptext"' in html and 'id="id_otp_token_helptext"' in html
    assert "OTP Token" not in html and "otp_challenge" not in html
