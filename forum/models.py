"""Every model of the forum in one import, so the metadata (and Alembic) sees them all."""

from forum.accounts.models import (
    AccountStatus,
    Application,
    MemberType,
    RecoveryCode,
    Role,
    User,
)
from forum.mail.models import OutboxMessage
from forum.messages.models import Conversation, ConversationMember, Message
from forum.notifications.models import Notification
from forum.people.models import Block, Connection, Profile
from forum.review.models import ReviewItem, WatchedWord
from forum.settings.models import SiteSetting
from forum.spaces.models import Audience, Space
from forum.threads.models import Post, PostRevision, PostState, Topic, TopicRead

__all__ = [
    "AccountStatus",
    "Application",
    "Audience",
    "Block",
    "Connection",
    "Conversation",
    "ConversationMember",
    "MemberType",
    "Message",
    "Notification",
    "OutboxMessage",
    "Post",
    "PostRevision",
    "PostState",
    "Profile",
    "RecoveryCode",
    "ReviewItem",
    "Role",
    "SiteSetting",
    "Space",
    "Topic",
    "TopicRead",
    "User",
    "WatchedWord",
]
