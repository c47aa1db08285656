"""What the message pages show, each in a fixed number of queries.

Blocking is applied here, when reading, in every query: a message whose author
the reader has blocked is left out of the list, the conversation, the unread
counts and the header, so the blocked member's messages look sent to them and
never arrive.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, case, exists, func, select
from sqlalchemy.orm import aliased

from forum import policy
from forum.accounts.models import User
from forum.extensions import db
from forum.messages.models import ConversationMember, Message
from forum.people.models import Block, Connection, ConnectionState


def readable_by(reader_id: int, message: Any = Message) -> ColumnElement[bool]:
    """Messages this reader may see: none from a member they have blocked."""
    return ~exists().where(Block.blocker_id == reader_id, Block.blocked_id == message.author_id)


def _current(user_id: int, member: Any = ConversationMember) -> ColumnElement[bool]:
    return and_(member.user_id == user_id, member.left_at.is_(None))


def unread_total(reader: User) -> int:
    """New messages in every conversation, for the header: one query.

    Skipped (no query at all) for members who have never been in a conversation.
    """
    if not reader.profile.has_conversations:
        return 0
    return int(
        db.session.scalar(
            select(func.count(Message.id))
            .join(
                ConversationMember,
                and_(
                    ConversationMember.conversation_id == Message.conversation_id,
                    _current(reader.id),
                ),
            )
            .where(
                Message.id > ConversationMember.last_read_message_id,
                Message.author_id != reader.id,
                readable_by(reader.id),
            )
        )
        or 0
    )


@dataclass(frozen=True)
class ConversationRow:
    conversation_id: int
    others: list[str]  # the other members' display names
    last_message_id: int  # the newest message this reader may see; the list's sort key
    last_message_at: datetime
    unread: int


@dataclass(frozen=True)
class ConversationList:
    rows: list[ConversationRow]
    next_cursor: int | None  # `?before=` for the next (older) page


def conversation_list(reader: User, before: int | None, per_page: int) -> ConversationList:
    """The reader's conversations, newest message first; keyset-paginated. Two queries.

    A conversation shows only once it holds a message this reader may see: one
    started by a member they have blocked never appears.
    """
    latest, counted = aliased(Message), aliased(Message)
    mine = (
        select(
            ConversationMember.conversation_id,
            ConversationMember.last_read_message_id,
            select(func.max(latest.id))
            .where(
                latest.conversation_id == ConversationMember.conversation_id,
                readable_by(reader.id, latest),
            )
            .scalar_subquery()
            .label("last_id"),
        )
        .where(_current(reader.id))
        .subquery()
    )
    unread = (
        select(func.count(counted.id))
        .where(
            counted.conversation_id == mine.c.conversation_id,
            counted.id > mine.c.last_read_message_id,
            counted.author_id != reader.id,
            readable_by(reader.id, counted),
        )
        .scalar_subquery()
    )
    query = (
        select(mine.c.conversation_id, mine.c.last_id, Message.created_at, unread)
        .join(Message, Message.id == mine.c.last_id)
        .order_by(mine.c.last_id.desc())
        .limit(per_page + 1)
    )
    if before is not None:
        query = query.where(mine.c.last_id < before)
    found = db.session.execute(query).all()
    page = found[:per_page]
    names = _others(reader, [row[0] for row in page])
    rows = [
        ConversationRow(conv_id, names.get(conv_id, []), last_id, at, int(count))
        for conv_id, last_id, at, count in page
    ]
    more = len(found) > per_page
    return ConversationList(rows, rows[-1].last_message_id if more and rows else None)


def _others(reader: User, conversation_ids: list[int]) -> dict[int, list[str]]:
    """The other members' names in each conversation: one query for the whole page."""
    if not conversation_ids:
        return {}
    names: dict[int, list[str]] = {}
    for conv_id, name in db.session.execute(
        select(ConversationMember.conversation_id, User.display_name)
        .join(User, User.id == ConversationMember.user_id)
        .where(
            ConversationMember.conversation_id.in_(conversation_ids),
            ConversationMember.user_id != reader.id,
            ConversationMember.left_at.is_(None),
        )
        .order_by(ConversationMember.conversation_id, User.display_name, User.id)
    ):
        names.setdefault(conv_id, []).append(name)
    return names


def membership(reader: User, conversation_id: int) -> ConversationMember:
    """The reader's place in a conversation, or 404: nobody else may read it, moderators included."""
    found = db.session.scalar(
        select(ConversationMember).where(
            ConversationMember.conversation_id == conversation_id, _current(reader.id)
        )
    )
    policy.require(found is not None and policy.is_member(reader))
    assert found is not None
    return found


def members(conversation_id: int) -> list[User]:
    """Everyone currently in the conversation, by name."""
    return list(
        db.session.scalars(
            select(User)
            .join(ConversationMember, ConversationMember.user_id == User.id)
            .where(
                ConversationMember.conversation_id == conversation_id,
                ConversationMember.left_at.is_(None),
            )
            .order_by(User.display_name, User.id)
        )
    )


def connected_ids(actor: User, others: list[User]) -> set[int]:
    """Which of these members the actor is connected to: one query for any number."""
    if not others:
        return set()
    wanted = [o.id for o in others]
    rows = db.session.execute(
        select(Connection.low_id, Connection.high_id).where(
            Connection.state == ConnectionState.accepted,
            (Connection.low_id == actor.id) & Connection.high_id.in_(wanted)
            | (Connection.high_id == actor.id) & Connection.low_id.in_(wanted),
        )
    )
    return {high if low == actor.id else low for low, high in rows}


@dataclass(frozen=True)
class ShownMessage:
    message: Message
    author_name: str
    is_mine: bool


@dataclass(frozen=True)
class ConversationPage:
    conversation_id: int
    others: list[User]
    messages: list[ShownMessage]  # oldest first
    earlier: int | None  # `?before=` for older messages
    later: int | None  # `?after=` for newer messages, when not on the newest page
    last_read_message_id: int  # before this visit: messages after it are new
    can_reply: bool


def conversation_page(
    reader: User,
    conversation_id: int,
    before: int | None,
    after: int | None,
    per_page: int,
) -> ConversationPage:
    """One page of a conversation, oldest first; by default the newest page. Four queries."""
    place = membership(reader, conversation_id)
    everyone = members(conversation_id)
    others = [m for m in everyone if m.id != reader.id]
    query = select(Message, User.display_name).join(User, User.id == Message.author_id)
    query = query.where(Message.conversation_id == conversation_id, readable_by(reader.id))
    if after is not None and before is None:
        query = query.where(Message.id > after).order_by(Message.id)
    else:
        if before is not None:
            query = query.where(Message.id < before)
        query = query.order_by(Message.id.desc())
    found = list(db.session.execute(query.limit(per_page + 1)).tuples())
    more = len(found) > per_page
    found = found[:per_page]
    forward = after is not None and before is None
    if not forward:
        found.reverse()
    shown = [ShownMessage(m, name, m.author_id == reader.id) for m, name in found]
    earlier = later = None
    if shown:
        # Paging back from the newest: older ones wait when the page overflowed; paging
        # forward from `after`, older ones always exist and newer ones when it overflowed.
        if forward or more:
            earlier = shown[0].message.id
        if (forward and more) or before is not None:
            later = shown[-1].message.id
    return ConversationPage(
        conversation_id,
        others,
        shown,
        earlier,
        later,
        place.last_read_message_id,
        may_reply(reader, others, connected_ids(reader, others)),
    )


def may_start(actor: User, recipients: list[User], connected: set[int]) -> bool:
    """A new conversation: each recipient someone the actor may find and message."""
    return bool(recipients) and all(
        policy.can_find(actor, r, connected=r.id in connected)
        and policy.can_message(actor, r, connected=r.id in connected)
        for r in recipients
    )


def may_reply(actor: User, others: list[User], connected: set[int]) -> bool:
    """A reply: everyone else still here must be someone the actor may write to."""
    present = [o for o in others if o.is_active_member]
    return bool(present) and all(
        policy.can_reply_in_conversation(actor, o, connected=o.id in connected) for o in present
    )


def visible_message(reader: User, message_id: int) -> Message:
    """A message the reader can see in one of their conversations, or 404."""
    found = db.session.scalar(
        select(Message)
        .join(
            ConversationMember,
            and_(
                ConversationMember.conversation_id == Message.conversation_id,
                _current(reader.id),
            ),
        )
        .where(Message.id == message_id, readable_by(reader.id))
    )
    policy.require(found is not None and policy.is_member(reader))
    assert found is not None
    return found


def context_before(reader: User, message: Message, how_many: int) -> list[tuple[Message, str]]:
    """The message and the few before it that the reader could see, oldest first, with names."""
    rows = db.session.execute(
        select(Message, User.display_name)
        .join(User, User.id == Message.author_id)
        .where(
            Message.conversation_id == message.conversation_id,
            Message.id <= message.id,
            readable_by(reader.id),
        )
        .order_by(Message.id.desc())
        .limit(how_many + 1)
    ).tuples()
    return list(reversed(list(rows)))


def existing_conversation(actor: User, recipient_ids: list[int]) -> int | None:
    """The conversation between exactly these members, if there is one: a new message joins it."""
    wanted = {actor.id, *recipient_ids}
    mine = select(ConversationMember.conversation_id).where(_current(actor.id))
    return db.session.scalar(
        select(ConversationMember.conversation_id)
        .where(
            ConversationMember.conversation_id.in_(mine),
            ConversationMember.left_at.is_(None),
        )
        .group_by(ConversationMember.conversation_id)
        .having(
            func.count() == len(wanted),
            func.sum(case((ConversationMember.user_id.in_(wanted), 1), else_=0)) == len(wanted),
        )
        .order_by(ConversationMember.conversation_id.desc())
        .limit(1)
    )


def author_name(message: Message) -> str:
    author = db.session.get(User, message.author_id)
    return author.display_name if author is not None else ""
