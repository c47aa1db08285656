"""Sending private messages: each use case checks who may talk to whom, asks the guard, commits once.

Private text is never held for moderators: the guard marks what it finds, and
the author edits it out or says why it is safe to share, and the reason is
kept with the message. What a blocked member sends is stored and looks sent
to them; the member who blocked them never sees it and is never told of it.
"""

from __future__ import annotations

from itertools import permutations

from flask_babel import gettext as _
from sqlalchemy import select, update

from forum import markup, policy
from forum.accounts.models import User
from forum.errors import DomainError
from forum.extensions import db, immediate_write, utcnow
from forum.i18n import N_
from forum.messages import queries
from forum.messages.models import Conversation, ConversationMember, Message
from forum.notifications import services as notifications
from forum.people import relations
from forum.people.models import Block
from forum.review import screening
from forum.review.screening import Outcome, Verdict
from forum.urls import path_for

# The same answer for yourself, someone you may not find, someone you are not connected
# to and someone who does not exist, so that the answer reveals nothing.
NOT_POSSIBLE = N_("It isn't possible to send this message.")
MAX_RECIPIENTS = 10


def _clean_body(body: str) -> str:
    if not body.strip():
        raise DomainError("body", _("Write a message."))
    return body.replace("\r\n", "\n").rstrip()


def recipients_for(actor: User, recipient_ids: list[int]) -> list[User]:
    """The members a new conversation is for, or the plain "not possible" answer.

    Each must be someone the actor may find and message (connected, or the actor
    moderates); in a group, every two recipients must also be able to find each
    other, or the group would tell each of them who the others are.
    """
    wanted = list(dict.fromkeys(recipient_ids))
    if not wanted or len(wanted) > MAX_RECIPIENTS or actor.id in wanted:
        raise DomainError(None, _(NOT_POSSIBLE))
    found = list(db.session.scalars(select(User).where(User.id.in_(wanted)).order_by(User.id)))
    if len(found) != len(wanted) or not all(o.is_active_member for o in found):
        raise DomainError(None, _(NOT_POSSIBLE))
    if not queries.may_start(actor, found, queries.connected_ids(actor, found)):
        raise DomainError(None, _(NOT_POSSIBLE))
    for one, other in permutations(found, 2):
        if not policy.can_find(one, other, connected=relations.are_connected(one, other)):
            raise DomainError(None, _(NOT_POSSIBLE))
    return found


def _screened(
    source: str, justification: str | None, people: list[User]
) -> tuple[Verdict, screening.Screening, str]:
    """The guard's verdict on private text, and the reason to keep (only when it found something)."""
    checked = screening.screen_private([p.display_name for p in people], body=source)
    verdict = screening.guard_verdict(checked, justification, private=True)
    kept = (justification or "").strip() if checked.must_hold else ""
    return verdict, checked, kept


def start_conversation(
    actor: User, recipient_ids: list[int], body: str, *, justification: str | None = None
) -> Outcome[Message]:
    """A first message to one or more members; with the same people as before, it joins that conversation.

    Nothing is saved while the guard's findings wait for the author's choice.
    """
    recipients = recipients_for(actor, recipient_ids)
    source = _clean_body(body)
    verdict, checked, kept = _screened(source, justification, [actor, *recipients])
    if verdict is Verdict.needs_justification:
        return Outcome(verdict, checked)
    conversation_id = queries.existing_conversation(actor, [r.id for r in recipients])
    if conversation_id is None:
        conversation = Conversation(created_by_id=actor.id)
        db.session.add(conversation)
        db.session.flush()
        conversation_id = conversation.id
        for member in (actor, *recipients):
            db.session.add(ConversationMember(conversation_id=conversation_id, user_id=member.id))
            member.profile.has_conversations = True
    message = _deliver(actor, conversation_id, recipients, source, kept)
    db.session.commit()
    return Outcome(Verdict.published, checked, message)


def send_message(
    actor: User, conversation_id: int, body: str, *, justification: str | None = None
) -> Outcome[Message]:
    """A reply in a conversation the actor is in (404 otherwise)."""
    queries.membership(actor, conversation_id)
    others = [m for m in queries.members(conversation_id) if m.id != actor.id]
    if not queries.may_reply(actor, others, queries.connected_ids(actor, others)):
        raise DomainError(None, _(NOT_POSSIBLE))
    source = _clean_body(body)
    verdict, checked, kept = _screened(source, justification, [actor, *others])
    if verdict is Verdict.needs_justification:
        return Outcome(verdict, checked)
    recipients = [m for m in others if m.is_active_member]
    message = _deliver(actor, conversation_id, recipients, source, kept)
    db.session.commit()
    return Outcome(Verdict.published, checked, message)


def _deliver(
    actor: User, conversation_id: int, recipients: list[User], source: str, justification: str
) -> Message:
    """Store the message and tell each recipient, except those who blocked the author (no commit)."""
    now = utcnow()
    message = Message(
        conversation_id=conversation_id,
        author_id=actor.id,
        body_source=source,
        body_html=markup.render(source),
        justification=justification,
        created_at=now,
    )
    db.session.add(message)
    db.session.flush()
    db.session.execute(
        update(Conversation)
        .where(Conversation.id == conversation_id)
        .values(last_message_at=now)
        .execution_options(synchronize_session=False)
    )
    _move_reading(actor.id, conversation_id, message.id)
    blocked_by = set(
        db.session.scalars(
            select(Block.blocker_id).where(
                Block.blocked_id == actor.id,
                Block.blocker_id.in_([r.id for r in recipients]),
            )
        )
    )
    link = path_for("messages.conversation", item_id=conversation_id)
    for recipient in recipients:
        if recipient.id in blocked_by:
            continue  # never told: the message waits unseen, and no notice says it came
        notifications.notify(
            recipient.id,
            "message",
            _("New message from %(name)s", name=actor.display_name),
            link,
            template="new_message",  # by email too, if they chose it
            sender=actor,
        )
    return message


def _move_reading(reader_id: int, conversation_id: int, upto_message_id: int) -> int:
    """One statement that only ever moves the reading position forward; rows changed."""
    result = db.session.execute(
        update(ConversationMember)
        .where(
            ConversationMember.conversation_id == conversation_id,
            ConversationMember.user_id == reader_id,
            ConversationMember.last_read_message_id < upto_message_id,
        )
        .values(last_read_message_id=upto_message_id)
        .execution_options(synchronize_session=False)
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


def record_reading(
    reader: User, conversation_id: int, upto_message_id: int, *, read_so_far: int = 0
) -> None:
    """Remember how far a member has read a conversation.

    The one write a GET makes (as topics do), called after rendering: the read
    transaction ends first, then one forward-only UPDATE runs in its own short
    transaction, begun IMMEDIATE on SQLite so it never fails as "database is
    locked" nor waits behind this request's reading.
    """
    if upto_message_id <= read_so_far:
        return  # the page showed nothing new: nothing to write
    reader_id = reader.id  # read before the commit expires it
    db.session.commit()  # ends the (deferred) read transaction; nothing is pending
    with immediate_write():
        _move_reading(reader_id, conversation_id, upto_message_id)
        db.session.commit()
