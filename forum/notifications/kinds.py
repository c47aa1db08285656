"""Every kind of notification, and whether the member chooses how it reaches them.

Two families. *Conversation* kinds (mentions, replies, watched topics, messages,
connections, events) are the member's to tune: "In app", "Email" or "Off", and
their mail carries a one-click unsubscribe. *Account* kinds (what moderators did
to your post or report, reveals, held posts, moved topics) are how the site keeps
its promises to a member: they are always written, whatever the settings, their
mail (sent by the caller) never carries an unsubscribe, and they are not listed
on the settings page. A kind not listed here counts as an account kind, so a new
safety notice can never be switched off by accident.
"""

from __future__ import annotations

from dataclasses import dataclass

from forum.i18n import N_
from forum.notifications.models import Channel

DIGEST = "digest"  # the unsubscribe "kind" of the digest email


@dataclass(frozen=True)
class Kind:
    """`label` names the field on the settings page; `default` applies until the member chooses."""

    name: str
    label: str
    default: Channel = Channel.in_app
    member_choice: bool = True


CHOICES: tuple[Kind, ...] = (
    Kind("mention", N_("When someone mentions you"), Channel.email),
    Kind("quote", N_("When someone quotes you"), Channel.email),
    Kind("reply", N_("Replies to topics you started"), Channel.email),
    Kind("watched", N_("Topics and spaces you watch")),
    Kind("message", N_("Private messages"), Channel.email),
    Kind("connection_request", N_("Requests to connect"), Channel.email),
    Kind("connection_accepted", N_("Accepted requests to connect"), Channel.email),
    Kind("event", N_("Events and chats you are going to"), Channel.email),  # reminders, chats
    Kind("checkin", N_("Check-ins"), Channel.email),  # drop-ins, to-dos, reminders
)

_ACCOUNT = (
    ("post_held", N_("Your post is held for review")),
    ("post_published", N_("A moderator published your post")),
    ("post_edited_published", N_("A moderator edited and published your post")),
    ("post_rejected", N_("A moderator did not publish your post")),
    ("post_hide", N_("A moderator hid your post")),
    ("post_delete", N_("A moderator deleted your post")),
    ("post_edit", N_("A moderator edited your post")),
    ("author_revealed", N_("A moderator revealed the author of your anonymous post")),
    ("message_delete", N_("A moderator deleted a message you sent")),
    ("checkin_remove", N_("A moderator removed text you wrote in a check-in")),
    ("report_received", N_("Your report was received")),
    ("report_closed", N_("Your report was dealt with")),
    ("topic_moved", N_("A moderator moved your topic")),
    ("topic_merged", N_("A moderator merged your topic")),
    ("topic_split", N_("A moderator split your topic")),
)
ACCOUNT: tuple[Kind, ...] = tuple(
    Kind(name, label, Channel.in_app, member_choice=False) for name, label in _ACCOUNT
)

KINDS: dict[str, Kind] = {kind.name: kind for kind in (*CHOICES, *ACCOUNT)}


def kind_named(name: str) -> Kind:
    """The registered kind, or an always-on account kind for a name nobody registered."""
    return KINDS.get(name) or Kind(name, name.replace("_", " ").capitalize(), member_choice=False)


def is_member_choice(name: str) -> bool:
    return kind_named(name).member_choice


def can_unsubscribe(name: str) -> bool:
    """Only conversation kinds and the digest ever carry an unsubscribe link."""
    return name == DIGEST or is_member_choice(name)
