""" "My manager": naming, accepting, refusing, changing and removing; who may open what."""

from __future__ import annotations

from flask.testing import FlaskClient
from sqlalchemy import select

from forum.accounts.models import User
from forum.checkins import managers
from forum.checkins.models import ManagerLink, ManagerState
from forum.extensions import db
from forum.notifications.models import Notification
from forum.people.models import WhoCanFind
from tests.checkins.overdue_fixtures import make_care_leaver, make_manager
from tests.factories import make_moderator, make_user, sign_in


def link_of(worker: User) -> ManagerLink | None:
    db.session.expire_all()
    return db.session.get(ManagerLink, worker.id)


def notices_to(user: User) -> list[str]:
    return list(
        db.session.scalars(
            select(Notification.text)
            .where(Notification.user_id == user.id, Notification.kind == "checkin")
            .order_by(Notification.id)
        )
    )


def settings_page(client: FlaskClient) -> str:
    response = client.get("/settings")
    assert response.status_code == 200
    return response.get_data(as_text=True)


def name(client: FlaskClient, display_name: str) -> tuple[int, str]:
    response = client.post("/settings/manager", data={"name": display_name})
    if response.status_code == 302:
        return 302, client.get(response.headers["Location"]).get_data(as_text=True)
    return response.status_code, response.get_data(as_text=True)


def test_a_worker_names_a_manager_who_accepts(client: FlaskClient) -> None:
    worker = make_user(display_name="Wendy Worker")
    manager = make_user(display_name="Mina Manager")
    sign_in(client, worker)
    assert "My manager" in settings_page(client)

    status, html = name(client, "  mina   MANAGER ")
    assert status == 302
    assert "Waiting for <strong>Mina Manager</strong> to accept" in html
    assert link_of(worker).state == ManagerState.pending  # type: ignore[union-attr]
    assert notices_to(manager) == ["Wendy Worker named you as their manager for check-ins"]

    sign_in(client, manager)
    asking = client.get("/checkins/managing").get_data(as_text=True)
    assert "Wendy Worker named you as their manager" in asking
    response = client.post(f"/checkins/managing/{worker.id}/accept", follow_redirects=True)
    assert "Accepted: their overdue to-dos come to you from now on." in response.get_data(
        as_text=True
    )
    assert link_of(worker).state == ManagerState.accepted  # type: ignore[union-attr]
    assert notices_to(worker) == ["Mina Manager accepted being your manager for check-ins"]

    sign_in(client, worker)
    assert "<strong>Mina Manager</strong> is your manager." in settings_page(client)


def test_the_manager_refuses_and_the_worker_is_told(client: FlaskClient) -> None:
    worker, manager = make_user(), make_user(display_name="Rory Refuser")
    make_manager(worker, manager, accepted=False)
    sign_in(client, manager)
    client.post(f"/checkins/managing/{worker.id}/refuse")
    assert link_of(worker) is None
    assert notices_to(worker) == ["Rory Refuser did not accept being your manager for check-ins"]
    response = client.post(f"/checkins/managing/{worker.id}/accept", follow_redirects=True)
    assert response.status_code == 404  # nothing left to accept


def test_changing_manager_asks_the_new_one_and_drops_the_old(client: FlaskClient) -> None:
    worker = make_user()
    old, new = make_user(display_name="Old Boss"), make_user(display_name="New Boss")
    make_manager(worker, old)
    sign_in(client, worker)
    status, html = name(client, "New Boss")
    assert status == 302
    assert "Waiting for <strong>New Boss</strong> to accept" in html
    link = link_of(worker)
    assert link is not None
    assert (link.manager_id, link.state) == (new.id, ManagerState.pending)
    sign_in(client, old)
    assert worker.display_name not in client.get("/checkins/managing").get_data(as_text=True)
    assert client.post(f"/checkins/managing/{worker.id}/accept").status_code == 404


def test_removing_a_manager(client: FlaskClient) -> None:
    worker, manager = make_user(), make_user(display_name="Gone Soon")
    make_manager(worker, manager)
    sign_in(client, worker)
    response = client.post("/settings/manager/remove", follow_redirects=True)
    assert "You have no manager now: overdue to-dos go to the moderators." in response.get_data(
        as_text=True
    )
    assert link_of(worker) is None


def test_impossible_names_all_get_the_same_answer(client: FlaskClient) -> None:
    worker = make_user(display_name="Self Same")
    make_care_leaver(display_name="A Care Leaver")
    hidden = make_user(display_name="Hidden Person")
    hidden.profile.who_can_find = WhoCanFind.nobody
    db.session.flush()
    sign_in(client, worker)
    for typed in ("Nobody Here", "Self Same", "A Care Leaver", "Hidden Person"):
        status, html = name(client, typed)
        assert status == 422, typed
        assert managers.NOT_FOUND in html, typed
        assert 'aria-invalid="true"' in html
    assert link_of(worker) is None


def test_two_members_with_the_name_are_told_apart_from_a_profile(client: FlaskClient) -> None:
    worker = make_user()
    make_user(display_name="Sam Smith")
    second = make_user(display_name="Sam Smith")
    sign_in(client, worker)
    status, html = name(client, "Sam Smith")
    assert status == 422
    assert "More than one member has that name." in html

    confirm = client.get(f"/settings/manager?member={second.id}").get_data(as_text=True)
    assert "Name Sam Smith as your manager?" in confirm
    response = client.post("/settings/manager", data={"member_id": second.id})
    assert response.status_code == 302
    assert link_of(worker).manager_id == second.id  # type: ignore[union-attr]


def test_a_member_one_may_not_name_is_page_not_found_from_the_profile_link(
    client: FlaskClient,
) -> None:
    worker, care_leaver = make_user(), make_care_leaver()
    sign_in(client, worker)
    assert client.get(f"/settings/manager?member={care_leaver.id}").status_code == 404
    assert client.get(f"/settings/manager?member={worker.id}").status_code == 404
    response = client.post("/settings/manager", data={"member_id": care_leaver.id})
    assert response.status_code == 422


def test_care_leavers_have_no_manager_setting(client: FlaskClient) -> None:
    sign_in(client, make_care_leaver())
    assert "My manager" not in settings_page(client)
    assert client.get("/settings/manager").status_code == 404
    assert client.post("/settings/manager", data={"name": "Anyone"}).status_code == 404
    assert client.post("/settings/manager/remove").status_code == 404


def test_only_the_named_manager_can_answer(client: FlaskClient) -> None:
    worker, manager = make_user(), make_user()
    make_manager(worker, manager, accepted=False)
    for outsider in (make_user(), make_moderator(), worker):
        sign_in(client, outsider)
        assert client.post(f"/checkins/managing/{worker.id}/accept").status_code == 404
        assert client.post(f"/checkins/managing/{worker.id}/refuse").status_code == 404
        managing = client.get("/checkins/managing").get_data(as_text=True)
        assert "named you as their manager" not in managing
    assert link_of(worker).state == ManagerState.pending  # type: ignore[union-attr]


def test_accepting_twice_says_it_was_answered(client: FlaskClient) -> None:
    worker, manager = make_user(), make_user()
    make_manager(worker, manager, accepted=False)
    sign_in(client, manager)
    client.post(f"/checkins/managing/{worker.id}/accept")
    response = client.post(f"/checkins/managing/{worker.id}/accept", follow_redirects=True)
    assert managers.ANSWERED in response.get_data(as_text=True)
    assert notices_to(worker) == [
        f"{manager.display_name} accepted being your manager for check-ins"
    ]


def test_erasing_the_manager_sends_overdue_items_to_the_moderators() -> None:
    from forum.privacy.erasure import erase_member

    worker, manager = make_user(), make_user()
    make_manager(worker, manager)
    erase_member(manager)
    db.session.commit()
    assert link_of(worker) is None
    assert managers.my_manager(worker).manager is None


def test_a_hostile_member_id_is_refused_plainly(client: FlaskClient) -> None:
    sign_in(client, make_user())
    for value in ("99999999999999999999", "-1", "abc"):
        response = client.post("/settings/manager", data={"member_id": value})
        assert response.status_code == 422, value
        assert managers.NOT_FOUND in response.get_data(as_text=True)
