"""Two-factor (TOTP): enrolling through the pages, the code step of sign-in, recovery codes,
replay and rate limits, the moderators' obligation, and the demo accounts.

Codes are computed the way an authenticator app would, with pyotp, from the secret
the set-up page shows.
"""

from __future__ import annotations

import re
import threading
import time
from urllib.parse import unquote

import pyotp
import pytest
from flask import Flask
from sqlalchemy import func, select

from forum.accounts import passwords, two_factor
from forum.accounts.models import AccountStatus, Application, MemberType, RecoveryCode, User
from forum.demo.seed import DEMO_PASSWORD, DEMO_TWO_FACTOR_SECRETS
from forum.extensions import db, utcnow
from forum.mail.models import OutboxMessage
from tests.factories import PASSWORD, make_admin, make_moderator, make_user, sign_in
from tests.scratch import dispose, make_scratch_app

SET_UP = "/account/two-factor/set-up"


# --- helpers ------------------------------------------------------------------------------------


def code_for(secret: str, steps_ahead: int = 0) -> str:
    """What the app shows now, or `steps_ahead` 30-second steps from now (still accepted)."""
    return pyotp.TOTP(secret).at(time.time() + 30 * steps_ahead)


def page(response) -> str:
    return response.get_data(as_text=True)


def secret_on(html: str) -> str:
    match = re.search(r'<code class="secret" id="two-factor-secret">([A-Z2-7 ]+)</code>', html)
    assert match, "no secret on the set-up page"
    return match.group(1).replace(" ", "")


def recovery_codes_on(html: str) -> list[str]:
    listing = html.split('<ul class="recovery-codes">', 1)[1].split("</ul>", 1)[0]
    return re.findall(r"<code>([a-z0-9-]+)</code>", listing)


def enrol(client) -> tuple[str, list[str]]:
    """Set up two-factor through the pages, as a signed-in member would."""
    assert client.post("/account/two-factor/start").status_code == 302
    secret = secret_on(page(client.get(SET_UP)))
    turned_on = client.post(SET_UP, data={"code": code_for(secret)})
    assert turned_on.status_code == 302, page(turned_on)
    assert turned_on.headers["Location"] == "/account/two-factor/recovery-codes"
    codes = recovery_codes_on(page(client.get(turned_on.headers["Location"])))
    return secret, codes


def password_step(client, user: User, next_page: str | None = None):
    url = "/sign-in" if next_page is None else f"/sign-in?next={next_page}"
    return client.post(url, data={"email": user.email, "password": PASSWORD})


def code_step(client, code: str, next_page: str | None = None):
    url = "/sign-in/code" if next_page is None else f"/sign-in/code?next={next_page}"
    return client.post(url, data={"code": code})


def is_signed_in(client) -> bool:
    return client.get("/").status_code == 200


def sign_out(client) -> None:
    client.post("/sign-out")


@pytest.fixture
def member_with_two_factor():
    return make_user(totp_secret=pyotp.random_base32(), totp_confirmed_at=utcnow())


# --- enrolling ------------------------------------------------------------------------------


def test_member_turns_on_two_factor_through_the_settings_page(client):
    member = make_user()
    sign_in(client, member)

    settings = page(client.get("/settings"))
    assert "<h1>Settings</h1>" in settings
    assert "Two-factor is <strong>off</strong>" in settings
    assert f'href="{SET_UP}">Set up two-factor</a>' in settings
    assert re.search(r"<button[^>]*>Start set-up</button>", page(client.get(SET_UP)))

    secret, codes = enrol(client)

    db.session.refresh(member)
    assert member.has_two_factor
    assert member.totp_secret == secret
    assert len(codes) == len(set(codes)) == 10
    stored = db.session.scalars(
        select(RecoveryCode.code_hash).where(RecoveryCode.user_id == member.id)
    ).all()
    assert len(stored) == 10
    assert not set(codes) & set(stored)  # only hashes are kept
    settings = page(client.get("/settings"))
    assert "Two-factor is <strong>on</strong>" in settings
    assert "You have 10 unused recovery codes." in settings
    subjects = db.session.scalars(
        select(OutboxMessage.subject).where(OutboxMessage.to_address == member.email)
    ).all()
    assert any("Two-factor is on" in subject for subject in subjects)


def test_set_up_page_shows_a_locally_drawn_qr_code_and_the_secret(client):
    member = make_user(email="qr.reader@example.org")
    sign_in(client, member)
    client.post("/account/two-factor/start")

    html = page(client.get(SET_UP))

    assert "<h1>Set up two-factor</h1>" in html
    image = re.search(
        r'<img class="qr-code" src="(data:image/svg\+xml[^"]+)"[^>]*alt="([^"]+)"', html
    )
    assert image, "no QR code image"
    svg = unquote(image.group(1).replace("&#39;", "'"))
    assert "<svg" in svg
    assert "style" not in svg  # the Content-Security-Policy allows no inline styles
    assert "QR code" in image.group(2)
    db.session.refresh(member)
    assert secret_on(html) == member.totp_secret
    assert re.search(r'<label for="code">Code</label>', html)
    assert re.search(r"<button[^>]*>Turn on two-factor</button>", html)
    assert "http" not in svg.replace("http://www.w3.org/2000/svg", "")  # nothing fetched


def test_the_secret_stays_pending_until_a_good_code_confirms_it(client):
    member = make_user()
    sign_in(client, member)
    client.post("/account/two-factor/start")
    secret = secret_on(page(client.get(SET_UP)))

    wrong = client.post(SET_UP, data={"code": "000000" if code_for(secret) != "000000" else "1"})

    assert wrong.status_code == 422
    assert "That code did not work" in page(wrong)
    assert secret_on(page(wrong)) == secret  # the same QR code, ready for another try
    db.session.refresh(member)
    assert member.totp_secret == secret
    assert not member.has_two_factor
    assert db.session.scalar(select(func.count()).select_from(RecoveryCode)) == 0


def test_recovery_codes_are_shown_only_once(client):
    sign_in(client, make_user())
    enrol(client)

    again = page(client.get("/account/two-factor/recovery-codes"))

    assert '<ul class="recovery-codes">' not in again
    assert "shown only once" in again


# --- signing in ---------------------------------------------------------------------------------


def test_sign_in_asks_for_the_code_after_the_password(client, member_with_two_factor):
    member = member_with_two_factor

    response = password_step(client, member)

    assert response.status_code == 302
    assert response.headers["Location"] == "/sign-in/code"
    assert not is_signed_in(client)
    form = page(client.get("/sign-in/code"))
    assert '<label for="code">Code</label>' in form
    assert re.search(r"<button[^>]*>Verify</button>", form)
    assert "Use a recovery code" in form

    done = code_step(client, code_for(member.totp_secret))

    assert done.status_code == 302
    assert done.headers["Location"] == "/"
    assert is_signed_in(client)


def test_after_the_code_the_member_goes_on_to_the_page_they_asked_for(
    client, member_with_two_factor
):
    asked = password_step(client, member_with_two_factor, next_page="/s/welcome")
    assert asked.headers["Location"] == "/sign-in/code?next=/s/welcome"

    done = code_step(client, code_for(member_with_two_factor.totp_secret), "/s/welcome")

    assert done.headers["Location"] == "/s/welcome"


def test_members_without_two_factor_sign_in_with_the_password_alone(client):
    member = make_user()

    response = password_step(client, member)

    assert response.headers["Location"] == "/"
    assert is_signed_in(client)


def test_a_wrong_code_is_refused_plainly(client, member_with_two_factor):
    password_step(client, member_with_two_factor)
    right = code_for(member_with_two_factor.totp_secret)

    for wrong in ["123456" if right != "123456" else "654321", "abcd-efgh-jkmn", "1"]:
        response = code_step(client, wrong)
        assert response.status_code == 422
        assert "That code did not work. Check it and try again." in page(response)

    assert not is_signed_in(client)


def test_a_used_code_cannot_be_used_again(client, member_with_two_factor):
    code = code_for(member_with_two_factor.totp_secret)
    password_step(client, member_with_two_factor)
    assert code_step(client, code).status_code == 302
    sign_out(client)

    password_step(client, member_with_two_factor)
    replay = code_step(client, code)

    assert replay.status_code == 422
    assert not is_signed_in(client)
    # The app's next code still works.
    assert code_step(client, code_for(member_with_two_factor.totp_secret, 1)).status_code == 302


def test_the_code_page_needs_a_checked_password_first(client, member_with_two_factor):
    response = code_step(client, code_for(member_with_two_factor.totp_secret))

    assert response.status_code == 302
    assert response.headers["Location"] == "/sign-in"
    assert not is_signed_in(client)


def test_a_password_reset_since_the_password_step_voids_it(client, member_with_two_factor):
    password_step(client, member_with_two_factor)
    member_with_two_factor.end_all_sessions()
    db.session.commit()

    response = code_step(client, code_for(member_with_two_factor.totp_secret))

    assert response.headers["Location"] == "/sign-in"
    assert not is_signed_in(client)


def test_a_reset_link_does_not_skip_the_code(client, member_with_two_factor):
    from forum.accounts import tokens

    token = tokens.make_token(tokens.Purpose.reset_password, member_with_two_factor)
    response = client.post(f"/reset/{token}", data={"password": "heron quilt saffron 73"})

    assert response.headers["Location"] == "/sign-in/code"
    assert not is_signed_in(client)
    assert code_step(client, code_for(member_with_two_factor.totp_secret)).status_code == 302
    assert is_signed_in(client)


def test_a_recovery_code_signs_in_once(client):
    member = make_user()
    sign_in(client, member)
    _, codes = enrol(client)
    sign_out(client)

    password_step(client, member)
    used = code_step(client, codes[0])

    assert used.status_code == 302
    assert "You signed in with a recovery code. You have 9 left" in page(client.get("/"))
    sign_out(client)
    password_step(client, member)
    assert code_step(client, codes[0]).status_code == 422
    # Typed from paper: capitals, no dashes, spaces are all fine.
    assert code_step(client, codes[1].replace("-", " ").upper()).status_code == 302


def test_two_requests_with_one_code_at_the_same_moment_only_one_signs_in(
    tmp_path_factory: pytest.TempPathFactory,
):
    racers = 4
    scratch: Flask = make_scratch_app(tmp_path_factory.mktemp("two_factor_race"))
    try:
        with scratch.app_context():
            secret = pyotp.random_base32()
            user = User(
                email="racer@example.org",
                password_hash=passwords.hash_password(PASSWORD),
                display_name="Racer",
                member_type=MemberType.practitioner,
                status=AccountStatus.active,
                totp_secret=secret,
                totp_confirmed_at=utcnow(),
            )
            user.application = Application(region="North West", country="England", reason="Race.")
            db.session.add(user)
            db.session.commit()
            user_id = user.id
            db.session.remove()
        code = code_for(secret)
        barrier = threading.Barrier(racers, timeout=30)
        outcomes: list[two_factor.CodeCheck] = []
        errors: list[BaseException] = []

        def race() -> None:
            try:
                with scratch.app_context():
                    racer = db.session.get(User, user_id)
                    assert racer is not None
                    db.session.commit()  # hold no lock while waiting for the others
                    barrier.wait()
                    outcomes.append(two_factor.check_code(racer, code))
                    db.session.remove()
            except BaseException as error:  # asserted on below
                errors.append(error)

        threads = [threading.Thread(target=race) for _ in range(racers)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)

        assert errors == []
        assert sorted(o.value for o in outcomes) == ["app_code"] + ["refused"] * (racers - 1)
    finally:
        dispose(scratch)


def test_code_attempts_are_rate_limited(client, member_with_two_factor, limits_on):
    password_step(client, member_with_two_factor)

    answers = [code_step(client, "000000").status_code for _ in range(6)]

    assert answers[:5] == [422] * 5
    assert answers[5] == 429
    assert "Too many attempts" in page(code_step(client, "000000"))


def test_code_attempts_are_limited_per_account_from_any_machine(
    app, member_with_two_factor, limits_on
):
    answers = []
    for machine in range(6):
        client = app.test_client()
        where = {"REMOTE_ADDR": f"10.0.1.{machine}"}
        client.post(
            "/sign-in",
            data={"email": member_with_two_factor.email, "password": PASSWORD},
            environ_base=where,
        )
        answers.append(
            client.post("/sign-in/code", data={"code": "000000"}, environ_base=where).status_code
        )

    assert answers[:5] == [422] * 5
    assert answers[5] == 429


# --- members may turn it off; moderators may not --------------------------------------------


def test_member_turns_two_factor_off_with_a_current_code(client):
    member = make_user()
    sign_in(client, member)
    secret, _ = enrol(client)
    assert 'href="/account/two-factor/turn-off">Turn off two-factor</a>' in page(
        client.get("/settings")
    )

    wrong = client.post("/account/two-factor/turn-off", data={"code": "not a code"})
    assert wrong.status_code == 422
    db.session.refresh(member)
    assert member.has_two_factor

    off = client.post("/account/two-factor/turn-off", data={"code": code_for(secret, 1)})

    assert off.status_code == 302
    assert "Two-factor is off." in page(client.get("/settings"))
    db.session.refresh(member)
    assert not member.has_two_factor
    assert member.totp_secret is None
    assert db.session.scalar(select(func.count()).select_from(RecoveryCode)) == 0
    sign_out(client)
    password_step(client, member)
    assert is_signed_in(client)


def test_moderators_cannot_turn_two_factor_off(client):
    moderator = make_moderator()
    sign_in(client, moderator)

    settings = page(client.get("/settings"))
    assert "Turn off two-factor" not in settings
    assert "Moderators and admins must keep two-factor on." in settings
    assert client.get("/account/two-factor/turn-off").status_code == 403
    refused = client.post(
        "/account/two-factor/turn-off", data={"code": code_for(moderator.totp_secret)}
    )

    assert refused.status_code == 403
    db.session.refresh(moderator)
    assert moderator.has_two_factor


def test_new_recovery_codes_replace_the_old_ones(client):
    member = make_user()
    sign_in(client, member)
    _, old_codes = enrol(client)

    made = client.post("/account/two-factor/recovery-codes/new", data={"code": old_codes[0]})
    assert made.headers["Location"] == "/account/two-factor/recovery-codes"
    new_codes = recovery_codes_on(page(client.get(made.headers["Location"])))

    assert len(new_codes) == 10
    assert not set(new_codes) & set(old_codes)
    sign_out(client)
    password_step(client, member)
    assert code_step(client, old_codes[1]).status_code == 422
    assert code_step(client, new_codes[0]).status_code == 302


# --- moderators must have it before the moderation pages open -------------------------------


def moderation_urls(app) -> list[tuple[str, str]]:
    adapter = app.url_map.bind("localhost")
    found = []
    for rule in app.url_map.iter_rules():
        if not rule.endpoint.split(".")[0].startswith("moderation"):
            continue
        url = adapter.build(rule.endpoint, dict.fromkeys(rule.arguments, 1))
        found.extend((method, url) for method in sorted(rule.methods & {"GET", "POST"}))
    return found


@pytest.mark.parametrize("helper", [make_moderator, make_admin])
def test_moderator_without_two_factor_is_sent_to_set_up_from_every_moderation_page(
    app, client, helper
):
    sign_in(client, helper(two_factor=False))
    urls = moderation_urls(app)
    assert ("GET", "/moderation/applications") in urls

    wrong = []
    for method, url in urls:
        response = client.open(url, method=method)
        if response.status_code != 302 or response.headers["Location"] != SET_UP:
            wrong.append(f"{method} {url}: {response.status_code}")

    assert wrong == []
    assert "Set up two-factor before using the moderation pages." in page(client.get(SET_UP))


def test_moderator_sets_up_two_factor_and_the_moderation_pages_open(client):
    moderator = make_moderator(two_factor=False)
    sign_in(client, moderator)
    assert client.get("/moderation/applications").headers["Location"] == SET_UP

    enrol(client)

    assert client.get("/moderation/applications").status_code == 200


def test_the_two_factor_rule_does_not_change_what_members_see(client):
    sign_in(client, make_user())

    assert client.get("/moderation/applications").status_code == 404
    assert client.get(SET_UP).status_code == 200  # members may opt in


def test_moderator_without_two_factor_still_uses_the_rest_of_the_forum(client):
    sign_in(client, make_moderator(two_factor=False))

    assert client.get("/").status_code == 200
    assert client.get("/s/welcome").status_code == 200


def test_the_header_links_to_settings(client):
    sign_in(client, make_user())

    assert '<a href="/settings">Settings</a>' in page(client.get("/"))


# --- the demo accounts --------------------------------------------------------------------------


def test_demo_code_refuses_outside_development(runner, member_with_two_factor):
    result = runner.invoke(args=["demo-code", member_with_two_factor.email])

    assert result.exit_code != 0
    assert "only in development" in result.output
    assert code_for(member_with_two_factor.totp_secret) not in result.output


def test_demo_code_prints_the_current_code_in_development(
    app, runner, member_with_two_factor, monkeypatch
):
    monkeypatch.setitem(app.config, "ENVIRONMENT", "development")

    result = runner.invoke(args=["demo-code", member_with_two_factor.email])
    nobody = runner.invoke(args=["demo-code", "nobody@example.org"])

    assert result.exit_code == 0, result.output
    now = {code_for(member_with_two_factor.totp_secret, n) for n in (-1, 0)}
    assert result.output.strip() in now
    assert nobody.exit_code != 0
    assert "has no account with two-factor" in nobody.output


def test_seed_gives_the_demo_moderator_and_admin_two_factor(runner, client):
    result = runner.invoke(args=["seed-demo"])

    assert result.exit_code == 0, result.output
    for email, secret in DEMO_TWO_FACTOR_SECRETS.items():
        user = db.session.scalar(select(User).where(User.email == email))
        assert user is not None
        assert user.has_two_factor
        assert user.totp_secret == secret
        assert email in result.output
        assert f"two-factor secret {secret}" in result.output
    assert "Alex, admin" in result.output
    assert "demo-code" in result.output

    asked = client.post("/sign-in", data={"email": "admin@example.org", "password": DEMO_PASSWORD})
    assert asked.headers["Location"] == "/sign-in/code"
    code = code_for(DEMO_TWO_FACTOR_SECRETS["admin@example.org"])
    assert code_step(client, code).status_code == 302
    assert client.get("/moderation/applications").status_code == 200
