"""A member's copy of their own data ("Download my data"): JSON files and a readable page.

What goes in is what the member wrote or chose, and what they could already read:
their account, settings, profile and application; their topics and posts, the
anonymous ones too (they are theirs), marked as anonymous; the conversations they
took part in, every message, the other people shown by display name only;
their connections and blocks (display names and state); and their reports
(added by moderation through `register_part`, since forum/ never imports it).

What stays out is anybody else's private data: no other member's email or
profile, no moderator's notes or decisions about them, no audit rows. Messages
from members they have blocked are left out, as on their conversation pages.

Each table is read in a fixed number of queries, however much there is.
"""

from __future__ import annotations

import enum
import io
import json
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from flask import Flask, current_app, render_template
from flask_babel import gettext as _
from sqlalchemy import case, select

from forum.accounts.models import Application, User
from forum.extensions import db, utcnow
from forum.i18n import N_
from forum.messages.models import Conversation, ConversationMember, Message
from forum.people import avatars
from forum.people.models import Block, Connection
from forum.spaces.models import Space
from forum.threads.models import Post, Topic

EXTENSION_KEY = "data_export_parts"
YOU = N_("You")  # the member, where a conversation says who wrote what: `_(YOU)`


@dataclass(frozen=True)
class Part:
    """One file of the export: `name`.json, shown under `title` on the index page."""

    name: str
    title: str
    data: dict[str, Any] | list[dict[str, Any]]
    note: str = ""


PartBuilder = Callable[[User], Part]


def register_part(app: Flask, build: PartBuilder) -> None:
    """Let another package (moderation: reports) add a part without forum importing it."""
    app.extensions.setdefault(EXTENSION_KEY, []).append(build)


def _account(member: User) -> Part:
    return Part(
        "account",
        _("Your account and settings"),
        {
            "display_name": member.display_name,
            "email": member.email,
            "member_type": member.member_type.label,
            "role": member.role,
            "status": member.status,
            "joined_at": member.created_at,
            "email_verified_at": member.email_verified_at,
            "two_factor_is_on": member.has_two_factor,
            "collapse_topics_with_content_notes": member.collapse_content_notes,
        },
    )


def _profile(member: User) -> Part:
    profile = member.profile  # joined with the account: no query
    return Part(
        "profile",
        _("Your profile and privacy settings"),
        {
            "role_line": profile.role_line,
            "organisation": profile.organisation,
            "region": profile.region,
            "country": profile.country,
            "interests": profile.interests,
            "about": profile.about_source,
            "has_a_picture": profile.avatar_name is not None,
            "who_can_find_me": profile.who_can_find.label,
            "people_i_worked_with_may_find_me": profile.worked_with_may_find,
            "list_me_in_the_member_directory": profile.listed_in_directory,
            "show_my_member_type": profile.show_member_type,
            "updated_at": profile.updated_at,
        },
    )


def _application(member: User) -> Part:
    """What they told us when applying; the moderators' decision about it stays out."""
    found = db.session.scalar(select(Application).where(Application.user_id == member.id))
    data: dict[str, Any] = {}
    if found is not None:
        data = {
            "organisation": found.organisation,
            "job_title": found.job_title,
            "region": found.region,
            "country": found.country,
            "registration_number": found.registration_number,
            "why_do_you_want_to_join": found.reason,
            "invite_code": found.invite_code,
            "submitted_at": found.submitted_at,
            "question_from_the_moderators": found.info_request,
            "your_answer": found.info_response,
        }
    return Part("application", _("Your application"), data)


def _topics(member: User) -> Part:
    rows = db.session.execute(
        select(Topic, Space.name)
        .join(Space, Space.id == Topic.space_id)
        .where(Topic.author_id == member.id)
        .order_by(Topic.id)
    ).all()
    return Part(
        "topics",
        _("Topics you started"),
        [
            {
                "id": topic.id,
                "space": space_name,
                "title": topic.title,
                "anonymous": topic.is_anonymous,
                "state": topic.state,
                "created_at": topic.created_at,
                "deleted": topic.deleted_at is not None,
            }
            for topic, space_name in rows
        ],
        _("Topics marked anonymous showed “Anonymous member” as their author."),
    )


def _posts(member: User) -> Part:
    rows = db.session.execute(
        select(Post, Topic.title, Space.name)
        .join(Topic, Topic.id == Post.topic_id)
        .join(Space, Space.id == Topic.space_id)
        .where(Post.author_id == member.id)
        .order_by(Post.id)
    ).all()
    return Part(
        "posts",
        _("Your posts"),
        [
            {
                "id": post.id,
                "space": space_name,
                "topic": title,
                "number": post.number,
                "anonymous": post.is_anonymous,
                "state": post.state,
                "created_at": post.created_at,
                "edited_at": post.edited_at,
                "deleted": post.is_deleted,
                "text": post.body_source,
            }
            for post, title, space_name in rows
        ],
        _("Posts marked anonymous showed “Anonymous member” as their author."),
    )


def _conversations(member: User, blocked: set[int]) -> Part:
    """Three queries: their places, the other people's names, every message."""
    mine = select(ConversationMember.conversation_id).where(ConversationMember.user_id == member.id)
    places = db.session.execute(
        select(ConversationMember, Conversation.created_at)
        .join(Conversation, Conversation.id == ConversationMember.conversation_id)
        .where(ConversationMember.user_id == member.id)
        .order_by(ConversationMember.conversation_id)
    ).all()
    people: dict[int, list[str]] = {}
    for conversation_id, user_id, name in db.session.execute(
        select(ConversationMember.conversation_id, User.id, User.display_name)
        .join(User, User.id == ConversationMember.user_id)
        .where(ConversationMember.conversation_id.in_(mine))
        .order_by(ConversationMember.conversation_id, ConversationMember.joined_at, User.id)
    ):
        if user_id != member.id:
            people.setdefault(conversation_id, []).append(name)
    messages: dict[int, list[dict[str, Any]]] = {}
    you = _(YOU)
    for message, name in db.session.execute(
        select(Message, User.display_name)
        .join(User, User.id == Message.author_id)
        .where(Message.conversation_id.in_(mine))
        .order_by(Message.conversation_id, Message.id)
    ):
        if message.author_id in blocked:
            continue
        own = message.author_id == member.id
        entry: dict[str, Any] = {
            "from": you if own else name,
            "sent_at": message.created_at,
            "deleted": message.erased_at is not None,
            "text": message.body_source,
        }
        if own and message.justification:
            entry["why_it_was_safe_to_share"] = message.justification
        messages.setdefault(message.conversation_id, []).append(entry)
    conversations = []
    for place, started in places:
        shown = messages.get(place.conversation_id, [])
        if place.left_at is not None:
            shown = [m for m in shown if m["sent_at"] <= place.left_at]
        conversations.append(
            {
                "id": place.conversation_id,
                "started_at": started,
                "with": people.get(place.conversation_id, []),
                "you_left_at": place.left_at,
                "messages": shown,
            }
        )
    return Part(
        "conversations",
        _("Your conversations"),
        conversations,
        _(
            "Other people are shown by display name only. Messages from members you have "
            "blocked are left out, as they are on your conversation pages."
        ),
    )


def _connections(member: User) -> Part:
    other_id = case(
        (Connection.requester_id == member.id, Connection.recipient_id),
        else_=Connection.requester_id,
    )
    rows = db.session.execute(
        select(Connection, User.display_name)
        .join(User, User.id == other_id)
        .where((Connection.requester_id == member.id) | (Connection.recipient_id == member.id))
        .order_by(Connection.id)
    ).all()
    connections = []
    for connection, name in rows:
        asked = connection.requester_id == member.id
        entry: dict[str, Any] = {
            "with": name,
            "state": connection.state,
            "you_asked": asked,
            "asked_at": connection.created_at,
            "answered_at": connection.decided_at,
            "ended_at": connection.ended_at,
        }
        if asked:  # your own words; theirs to you stay theirs
            entry["your_message"] = connection.message
            entry["where_and_when_you_knew_each_other"] = connection.how_we_know
        connections.append(entry)
    return Part("connections", _("Your connections"), connections)


def _blocks(member: User) -> tuple[Part, set[int]]:
    rows = db.session.execute(
        select(Block.blocked_id, User.display_name, Block.created_at)
        .join(User, User.id == Block.blocked_id)
        .where(Block.blocker_id == member.id)
        .order_by(Block.created_at)
    ).all()
    part = Part(
        "blocked",
        _("Members you have blocked"),
        [{"member": name, "blocked_at": at} for _, name, at in rows],
    )
    return part, {blocked_id for blocked_id, _, _ in rows}


def collect(member: User) -> list[Part]:
    """Every part of the export, in the order the index page shows them."""
    blocked, blocked_ids = _blocks(member)
    parts = [
        _account(member),
        _profile(member),
        _application(member),
        _topics(member),
        _posts(member),
        _conversations(member, blocked_ids),
        _connections(member),
        blocked,
    ]
    parts += [build(member) for build in current_app.extensions.get(EXTENSION_KEY, [])]
    return parts


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, enum.Enum):
        return value.value
    raise TypeError(f"not exportable: {type(value).__name__}")


def _avatar_file(member: User) -> Path | None:
    name = member.profile.avatar_name
    return avatars.path_of(name) if name else None


def file_name(member: User) -> str:
    slug = "".join(c if c.isalnum() else "-" for c in current_app.config["SITE_NAME"].lower())
    return f"{slug.strip('-') or 'forum'}-my-data-{utcnow():%Y-%m-%d}.zip"


def build_export(member: User) -> bytes:
    """The ZIP, built in memory: one JSON file per part, index.html, and the picture if any."""
    parts = collect(member)
    buffer = io.BytesIO()
    shown = []
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for part in parts:
            text = json.dumps(part.data, default=_plain, ensure_ascii=False, indent=2)
            archive.writestr(f"{part.name}.json", text)
            shown.append((part, json.loads(text)))  # the page shows exactly what the file holds
        avatar = _avatar_file(member)
        picture = f"picture{avatar.suffix}" if avatar is not None else None
        if avatar is not None and picture is not None:
            archive.write(avatar, picture)
        page = render_template(
            "privacy/export_index.html", parts=shown, made_at=utcnow(), picture=picture
        )
        archive.writestr("index.html", page)
    return buffer.getvalue()
