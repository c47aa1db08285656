"""Every route, GET and POST, as every kind of visitor: what each one gets, in one table.

The routes come from the app's URL map, so a route added without a row here
fails the test. Ids in the URLs are real rows (tests/security/role_world.py);
each request runs in a savepoint rolled back after it. Posts carry no fields:
the table is about who reaches what, not what a form accepts.

Codes: `in` a redirect to sign-in, `st` a redirect to the status page, `go`
any other redirect, otherwise the status code. Columns, in order: anonymous,
applicant, practitioner, care leaver, ally, suspended, moderator, admin.
A route with no row fails with what each role gets today, to write its row from.
"""

from __future__ import annotations

import pytest
from flask import Flask

from tests.security.role_world import ROLES, World, build, rolled_back

EXPECTED: dict[tuple[str, str], str] = {
    ("POST", "accounts.answer"): " in 422 422 422 422 422 422 422",
    ("GET", "accounts.apply"): "200  go  go  go  go  go  go  go",
    ("POST", "accounts.apply"): "422  go  go  go  go  go  go  go",
    ("GET", "accounts.change_password"): " in  st 200 200 200  st 200 200",
    ("POST", "accounts.change_password"): " in  st 422 422 422  st 422 422",
    ("GET", "accounts.check_email"): "200 200 200 200 200 200 200 200",
    ("POST", "accounts.confirm_email"): "400 400 400 400 400 400 400 400",
    ("POST", "accounts.content_notes_settings"): " in  st  go  go  go  st  go  go",
    ("GET", "accounts.guidelines"): "200 200 200 200 200 200 200 200",
    ("POST", "accounts.resend"): " in  st  st  st  st  st  st  st",
    ("GET", "accounts.reset_password"): "400 400 400 400 400 400 400 400",
    ("POST", "accounts.reset_password"): "400 400 400 400 400 400 400 400",
    ("GET", "accounts.reset_request"): "200 200 200 200 200 200 200 200",
    ("POST", "accounts.reset_request"): "422 422 422 422 422 422 422 422",
    ("GET", "accounts.settings"): " in  st 200 200 200  st 200 200",
    ("GET", "accounts.sign_in"): "200  go  go  go  go  go  go  go",
    ("POST", "accounts.sign_in"): "422  go  go  go  go  go  go  go",
    ("POST", "accounts.sign_out"): " in  in  in  in  in  in  in  in",
    ("POST", "accounts.sign_out_other_sessions"): " in  st  go  go  go  st  go  go",
    ("GET", "accounts.status"): " in 200  go  go  go 200  go  go",
    ("GET", "accounts.verify_email"): "400 400 400 400 400 400 400 400",
    ("POST", "accounts.withdraw"): " in  st  st  st  st  st  st  st",
    ("POST", "bookmarks.add"): " in  st  go  go  go  st  go  go",
    ("GET", "bookmarks.index"): " in  st 200 200 200  st 200 200",
    ("POST", "bookmarks.remove"): " in  st  go  go  go  st  go  go",
    ("POST", "checkin_managers.accept"): " in  st 404 404 404  st 404 404",
    ("GET", "checkin_managers.managing"): " in  st 200 404 404  st 200 200",
    ("GET", "checkin_managers.my_manager"): " in  st 200 404 404  st 200 200",
    ("POST", "checkin_managers.name_manager"): " in  st 422 404 404  st 422 422",
    ("GET", "checkin_managers.overdue"): " in  st 200 404 404  st 200 200",
    ("POST", "checkin_managers.refuse"): " in  st 404 404 404  st 404 404",
    ("POST", "checkin_managers.remove_manager"): " in  st  go 404 404  st  go  go",
    ("POST", "checkins.accept"): " in  st  go  go 404  st 404 404",
    ("POST", "checkins.add_todo"): " in  st 422 422 404  st 404 404",
    ("GET", "checkins.checkin"): " in  st 200 200 404  st 404 404",
    ("POST", "checkins.comment"): " in  st 422 422 404  st 404 404",
    ("POST", "checkins.decline"): " in  st  go  go 404  st 404 404",
    ("POST", "checkins.done"): " in  st  go  go 404  st 404 404",
    ("POST", "checkins.drop_in"): " in  st 422 422 404  st 404 404",
    ("POST", "checkins.edit_todo"): " in  st 422 422 404  st 404 404",
    ("POST", "checkins.end"): " in  st  go  go 404  st 404 404",
    ("GET", "checkins.index"): " in  st 200 200 404  st 200 200",
    ("POST", "checkins.start"): " in  st  go  go  go  st  go  go",
    ("GET", "checkins.todo"): " in  st 200 200 404  st 404 404",
    ("POST", "checkins.undo"): " in  st  go  go 404  st 404 404",
    ("POST", "connections.accept"): " in  st  go 404 404  st 404 404",
    ("POST", "connections.block"): " in  st  go  go  go  st  go  go",
    ("GET", "connections.connect"): " in  st 404 404 404  st 200 200",
    ("POST", "connections.connect"): " in  st 422 422 422  st 422 422",
    ("POST", "connections.decline"): " in  st  go 404 404  st 404 404",
    ("POST", "connections.disconnect"): " in  st  go  go  go  st  go  go",
    ("GET", "connections.index"): " in  st 200 200 200  st 200 200",
    ("POST", "connections.unblock"): " in  st  go  go  go  st  go  go",
    ("GET", "data_rights.delete_account"): " in  st 200 200 200  st 200 200",
    ("POST", "data_rights.delete_account"): " in  st 422 422 422  st 422 422",
    ("POST", "data_rights.download"): " in  st 200 200 200  st 200 200",
    ("GET", "directory.index"): " in  st 200 200 200  st 200 200",
    ("POST", "drafts.discard"): " in  st  go 404 404  st 404 404",
    ("POST", "drafts.save"): " in  st 400 400 400  st 400 400",
    ("GET", "events.edit"): " in  st 200 403 403  st 200 200",
    ("POST", "events.edit"): " in  st 422 403 403  st 422 422",
    ("POST", "events.going"): " in  st  go  go  go  st  go  go",
    ("GET", "events.ics"): " in  st 200 200 200  st 200 200",
    ("GET", "events.index"): " in  st 200 200 200  st 200 200",
    ("POST", "events.not_going"): " in  st  go  go  go  st  go  go",
    ("GET", "home.index"): " in  st 200 200 200  st 200 200",
    ("POST", "member_warnings.read_warning"): " in  st  go  go  go  st  go  go",
    ("GET", "mentions.suggest"): " in  st 200 200 200  st 200 200",
    ("GET", "messages.conversation"): " in  st 200 200 404  st 404 404",
    ("GET", "messages.index"): " in  st 200 200 200  st 200 200",
    ("POST", "messages.live_check"): " in  st 200 200 200  st 200 200",
    ("GET", "messages.new"): " in  st 404 404 404  st 404 404",
    ("POST", "messages.new"): " in  st 422 422 422  st 422 422",
    ("POST", "messages.send"): " in  st 422 422 404  st 404 404",
    ("GET", "moderation.applications"): " in  st 404 404 404  st 200 200",
    ("POST", "moderation.decide"): " in  st 404 404 404  st  go  go",
    ("POST", "moderation.decide_review"): " in  st 404 404 404  st  go  go",
    ("GET", "moderation.edit_review"): " in  st 404 404 404  st 200 200",
    ("POST", "moderation.edit_review"): " in  st 404 404 404  st 422 422",
    ("POST", "moderation.reveal_author"): " in  st 404 404 404  st 404 404",
    ("GET", "moderation.reveal_form"): " in  st 404 404 404  st 404 404",
    ("GET", "moderation.review"): " in  st 404 404 404  st 200 200",
    ("GET", "moderation_audit.export_csv"): " in  st 404 404 404  st 200 200",
    ("GET", "moderation_audit.index"): " in  st 404 404 404  st 200 200",
    ("GET", "moderation_dashboard.index"): " in  st 404 404 404  st 200 200",
    ("POST", "moderation_members.add_note"): " in  st 404 404 404  st 422 422",
    ("POST", "moderation_members.ban"): " in  st 404 404 404  st 422 422",
    ("GET", "moderation_members.index"): " in  st 404 404 404  st 200 200",
    ("POST", "moderation_members.lift"): " in  st 404 404 404  st 422 422",
    ("GET", "moderation_members.member"): " in  st 404 404 404  st 200 200",
    ("POST", "moderation_members.role"): " in  st 404 404 404  st 403 422",
    ("POST", "moderation_members.suspend"): " in  st 404 404 404  st 422 422",
    ("POST", "moderation_members.warn"): " in  st 404 404 404  st 422 422",
    ("GET", "moderation_reports.case"): " in  st 404 404 404  st 200 200",
    ("POST", "moderation_reports.claim"): " in  st 404 404 404  st  go  go",
    ("POST", "moderation_reports.decide"): " in  st 404 404 404  st 422 422",
    ("GET", "moderation_reports.edit"): " in  st 404 404 404  st 200 200",
    ("POST", "moderation_reports.edit"): " in  st 404 404 404  st 422 422",
    ("GET", "moderation_reports.queue"): " in  st 404 404 404  st 200 200",
    ("GET", "moderation_settings.index"): " in  st 404 404 404  st 404 200",
    ("POST", "moderation_settings.index"): " in  st 404 404 404  st 404 422",
    ("GET", "moderation_topics.merge"): " in  st 404 404 404  st 200 200",
    ("POST", "moderation_topics.merge"): " in  st 404 404 404  st 422 422",
    ("GET", "moderation_topics.move"): " in  st 404 404 404  st 200 200",
    ("POST", "moderation_topics.move"): " in  st 404 404 404  st 422 422",
    ("GET", "moderation_topics.split"): " in  st 404 404 404  st 200 200",
    ("POST", "moderation_topics.split"): " in  st 404 404 404  st 422 422",
    ("POST", "moderation_words.delete"): " in  st 404 404 404  st 404  go",
    ("GET", "moderation_words.index"): " in  st 404 404 404  st 404 200",
    ("POST", "moderation_words.index"): " in  st 404 404 404  st 404 422",
    ("POST", "notifications.confirm_unsubscribe"): "400 400 400 400 400 400 400 400",
    ("GET", "notifications.index"): " in  st 200 200 200  st 200 200",
    ("POST", "notifications.mark_all_read"): " in  st  go  go  go  st  go  go",
    ("POST", "notifications.save_settings"): " in  st  go  go  go  st  go  go",
    ("GET", "notifications.unsubscribe"): "400 400 400 400 400 400 400 400",
    ("GET", "pages.safety"): "200 200 200 200 200 200 200 200",
    ("GET", "people.avatar"): " in  st 404 404 404  st 404 404",
    ("GET", "people.edit_profile"): " in  st 200 200 200  st 200 200",
    ("POST", "people.privacy_settings"): " in  st  go  go  go  st  go  go",
    ("GET", "people.profile"): " in  st 200 200 200  st 200 200",
    ("POST", "people.remove_photo"): " in  st  go  go  go  st  go  go",
    ("POST", "people.save_profile"): " in  st 422 422 422  st 422 422",
    ("POST", "people.upload_photo"): " in  st 422 422 422  st 422 422",
    ("GET", "reports.report_comment"): " in  st 200 200 404  st 404 404",
    ("POST", "reports.report_comment"): " in  st 422 422 404  st 404 404",
    ("GET", "reports.report_drop_in"): " in  st 200 200 404  st 404 404",
    ("POST", "reports.report_drop_in"): " in  st 422 422 404  st 404 404",
    ("GET", "reports.report_message"): " in  st 200 200 404  st 404 404",
    ("POST", "reports.report_message"): " in  st 422 422 404  st 404 404",
    ("GET", "reports.report_post"): " in  st 200 200 200  st 200 200",
    ("POST", "reports.report_post"): " in  st 422 422 422  st 422 422",
    ("GET", "reports.report_todo"): " in  st 200 200 404  st 404 404",
    ("POST", "reports.report_todo"): " in  st 422 422 404  st 404 404",
    ("GET", "search.results"): " in  st 200 200 200  st 200 200",
    ("GET", "spaces.index"): " in  st 200 200 200  st 200 200",
    ("GET", "spaces.space"): " in  st 200 200 200  st 200 200",
    ("POST", "summaries.mark_helpful"): " in  st 403 403 403  st 403 403",
    ("POST", "summaries.unmark_helpful"): " in  st 403 403 403  st 403 403",
    ("GET", "summaries.write"): " in  st 200 403 403  st 200 200",
    ("POST", "summaries.write"): " in  st 422 403 403  st 422 422",
    ("POST", "threads.content_note"): " in  st  go 403 403  st  go  go",
    ("POST", "threads.delete"): " in  st  go 403 403  st  go  go",
    ("GET", "threads.edit"): " in  st 200 403 403  st 200 200",
    ("POST", "threads.edit"): " in  st 422 403 403  st 422 422",
    ("GET", "threads.first_unread"): " in  st  go  go  go  st  go  go",
    ("POST", "threads.live_check"): " in  st 200 200 200  st 200 200",
    ("POST", "threads.moderate_topic"): " in  st 403 403 403  st  go  go",
    ("GET", "threads.new_topic"): " in  st 200 200 200  st 200 200",
    ("POST", "threads.new_topic"): " in  st 422 422 422  st 422 422",
    ("GET", "threads.permalink"): " in  st  go  go  go  st  go  go",
    ("GET", "threads.reply"): " in  st 200 200 200  st 200 200",
    ("POST", "threads.reply"): " in  st 422 422 422  st 422 422",
    ("GET", "threads.revisions"): " in  st 404 404 404  st 200 200",
    ("GET", "threads.topic"): " in  st 200 200 200  st 200 200",
    ("POST", "time_zone.guess"): " in  st 200 200 200  st 200 200",
    ("POST", "time_zone.save"): " in  st  go  go  go  st  go  go",
    ("GET", "two_factor.new_recovery_codes"): " in  st  go  go  go  st 200 200",
    ("POST", "two_factor.new_recovery_codes"): " in  st  go  go  go  st 422 422",
    ("GET", "two_factor.recovery_codes"): " in  st 200 200 200  st 200 200",
    ("GET", "two_factor.set_up"): " in  st 200 200 200  st  go  go",
    ("GET", "two_factor.sign_in_code"): " in  go  go  go  go  go  go  go",
    ("POST", "two_factor.sign_in_code"): " in  go  go  go  go  go  go  go",
    ("POST", "two_factor.start"): " in  st  go  go  go  st  go  go",
    ("GET", "two_factor.turn_off"): " in  st  go  go  go  st 403 403",
    ("POST", "two_factor.turn_off"): " in  st  go  go  go  st 403 403",
    ("POST", "two_factor.turn_on"): " in  st 422 422 422  st 422 422",
    ("POST", "watching.space"): " in  st  go  go  go  st  go  go",
    ("POST", "watching.topic"): " in  st  go  go  go  st  go  go",
}


def code(response) -> str:
    if response.status_code in {301, 302, 303}:
        target = response.headers.get("Location", "")
        if target.startswith("/sign-in"):
            return "in"
        if target.startswith("/status"):
            return "st"
        return "go"
    return str(response.status_code)


def routes(app: Flask) -> list[tuple[str, str, object]]:
    found = []
    for rule in app.url_map.iter_rules():
        if rule.endpoint == "static":
            continue
        for method in sorted((rule.methods or set()) & {"GET", "POST"}):
            found.append((method, rule.endpoint, rule))
    return sorted(found, key=lambda r: (r[1], r[0]))


def answer(app: Flask, world: World, role: str, method: str, rule) -> str:
    client = app.test_client()
    cookie = world.cookies[role]
    if cookie is not None:
        client.set_cookie("session", cookie)
    url = app.url_map.bind("localhost").build(rule.endpoint, world.arguments(rule))
    with rolled_back():
        response = client.open(url, method=method)
        result = code(response)
        response.close()
    return result


@pytest.fixture
def world(app: Flask) -> World:
    return build(app)


def test_every_route_has_a_row_and_every_row_a_route(app):
    present = {(method, endpoint) for method, endpoint, _ in routes(app)}
    assert sorted(present - set(EXPECTED)) == [], "routes with no row in EXPECTED"
    assert sorted(set(EXPECTED) - present) == [], "rows for routes that are gone"


@pytest.mark.parametrize("role", ROLES)
def test_each_role_gets_what_the_table_says_on_every_route(app, world, role):
    column = ROLES.index(role)
    wrong = []
    for method, endpoint, rule in routes(app):
        expected = EXPECTED.get((method, endpoint), "").split()
        got = answer(app, world, role, method, rule)
        if not expected:  # a new route: this says what it answers today, for its new row
            wrong.append(f"{method} {endpoint}: no row in EXPECTED; {role} gets {got}")
        elif got != expected[column]:
            wrong.append(f"{method} {endpoint}: expected {expected[column]}, got {got}")
    assert wrong == []
