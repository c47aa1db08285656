"""Sign-in and posting are rate limited, with a clear message."""

from __future__ import annotations

from tests.factories import make_user, sign_in


def test_repeated_failed_sign_ins_are_slowed_down(client, limits_on):
    make_user(email="worker@example.org")
    answers = [
        client.post(
            "/sign-in", data={"email": "worker@example.org", "password": "wrong guess"}
        ).status_code
        for _ in range(11)
    ]
    assert answers[:10] == [422] * 10
    assert answers[10] == 429
    page = client.post("/sign-in", data={"email": "worker@example.org", "password": "x"})
    assert "Too many attempts" in page.get_data(as_text=True)


def test_one_address_is_protected_even_from_many_machines(client, limits_on):
    make_user(email="worker@example.org")
    statuses = [
        client.post(
            "/sign-in",
            data={"email": "Worker@Example.org", "password": "wrong guess"},
            environ_base={"REMOTE_ADDR": f"10.0.0.{i}"},
        ).status_code
        for i in range(11)
    ]
    assert statuses[-1] == 429


def test_posting_too_fast_is_refused(client, limits_on):
    member = make_user()
    sign_in(client, member)
    statuses = [
        client.post(
            "/s/welcome/new", data={"title": f"Hello number {i}", "body": "Just saying hello."}
        ).status_code
        for i in range(7)
    ]
    assert statuses[:6] == [302] * 6
    assert statuses[6] == 429
