"""The admins' list of watched words: each change checked, audited and committed once."""

from __future__ import annotations

from flask_babel import gettext as _
from sqlalchemy import func, select

from forum import policy
from forum.accounts.models import User
from forum.errors import DomainError, NotVisible
from forum.extensions import db
from forum.review import watched
from forum.review.models import WatchedAction, WatchedWord
from moderation.models import AuditEntry


def watched_words(admin: User) -> list[WatchedWord]:
    """The whole list, alphabetically. One query."""
    policy.require(policy.can_manage_site(admin))
    return list(
        db.session.scalars(
            select(WatchedWord).order_by(func.lower(WatchedWord.pattern), WatchedWord.id)
        )
    )


def _audit(admin: User, action: str, word: WatchedWord) -> None:
    """The pattern goes in the entry: after a delete it is the only record of what it was."""
    kind = "pattern" if word.is_regex else "word"
    db.session.add(
        AuditEntry(
            actor_id=admin.id,
            action=action,
            target_type="watched_word",
            target_id=word.id,
            reason=f"{word.action.label} ({kind}): {word.pattern}",
        )
    )


def add_watched_word(
    admin: User, pattern: str, is_regex: bool, action: WatchedAction, message: str
) -> WatchedWord:
    """Watch for a word or pattern; a bad or dangerous pattern is a DomainError on "pattern"."""
    policy.require(policy.can_manage_site(admin))
    pattern = pattern.strip() if is_regex else " ".join(pattern.split())
    message = " ".join(message.split())
    problem = watched.pattern_problem(pattern, is_regex)
    if problem:
        raise DomainError("pattern", problem)
    if action is WatchedAction.block and not message:
        raise DomainError(
            "message", _("Write the message the author sees when this blocks a post.")
        )
    duplicate = db.session.scalar(
        select(WatchedWord.id).where(
            func.lower(WatchedWord.pattern) == pattern.lower(),
            WatchedWord.is_regex == is_regex,
        )
    )
    if duplicate is not None:
        raise DomainError("pattern", _("That is already on the list."))
    word = WatchedWord(
        pattern=pattern,
        is_regex=is_regex,
        action=action,
        message=message if action is WatchedAction.block else "",
        created_by_id=admin.id,
    )
    db.session.add(word)
    db.session.flush()
    _audit(admin, "watched_word.add", word)
    db.session.commit()
    return word


def delete_watched_word(admin: User, word_id: int) -> WatchedWord:
    """Stop watching for it; posts it already held stay in the review queue."""
    policy.require(policy.can_manage_site(admin))
    word = db.session.get(WatchedWord, word_id)
    if word is None:
        raise NotVisible()
    _audit(admin, "watched_word.delete", word)
    db.session.delete(word)
    db.session.commit()
    return word
