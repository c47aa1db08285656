"""Every model of the forum in one import, so the metadata (and Alembic) sees them all."""

from forum.accounts.models import (
    AccountStatus,
    Application,
    MemberType,
    RecoveryCode,
    Role,
    User,
)
from forum.bookmarks.models import Bookmark
from forum.checkins.models import (
    CheckinAgreement,
    DropIn,
    ManagerLink,
    OverdueDigest,
    Todo,
    TodoChange,
    TodoComment,
)
from forum.drafts.models import Draft
from forum.events.models import Event, EventRsvp
from forum.mail.models import OutboxMessage
from forum.mentions.models import Mention
from forum.messages.models import Conversation, ConversationMember, Message
from forum.notifications.models import DigestSetting, Notification, NotificationPreference
from forum.people.models import Block, Connection, Profile
from forum.review.models import ReviewItem, WatchedWord
from forum.settings.models import SiteSetting
from forum.spaces.models import Audience, Space
from forum.threads.models import Post, PostRevision, PostState, Topic, TopicRead
from forum.watching.models import SpaceWatch, TopicWatch

__all__ = [
    "AccountStatus",
    "Application",
    "Audience",
    "Block",
    "Bookmark",
    "CheckinAgreement",
    "Connection",
    "Conversation",
    "ConversationMember",
    "DigestSetting",
    "Draft",
    "DropIn",
    "Event",
    "EventRsvp",
    "ManagerLink",
    "MemberType",
    "Mention",
    "Message",
    "Notification",
    "NotificationPreference",
    "OutboxMessage",
    "OverdueDigest",
    "Post",
    "PostRevision",
    "PostState",
    "Profile",
    "RecoveryCode",
    "ReviewItem",
    "Role",
    "SiteSetting",
    "Space",
    "SpaceWatch",
    "Todo",
    "TodoChange",
    "TodoComment",
    "Topic",
    "TopicRead",
    "TopicWatch",
    "User",
    "WatchedWord",
]
