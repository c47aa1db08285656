"""Initial schema: members, applications, spaces, topics, posts, outbox, audit

Revision ID: 0001
Revises: 
Create Date: 2026-12-01 08:02:16.803958

"""
from alembic import op
import sqlalchemy as sa

import forum.extensions


# revision identifiers, used by Alembic.
revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


# The spaces every install starts with (DESIGN.md, "Spaces").
DEFAULT_SPACES = [
    {"slug": "welcome", "name": "Welcome & introductions", "audience": "all_members", "position": 1,
     "description": "Say hello and tell people what brings you here.",
     "is_strict": False, "is_premoderated": False, "allows_anonymous": False},
    {"slug": "good-practice", "name": "Good practice", "audience": "practitioners_allies", "position": 2,
     "description": "Sharing what works: approaches, resources and research.",
     "is_strict": False, "is_premoderated": False, "allows_anonymous": False},
    {"slug": "case-discussion", "name": "Case discussion (anonymised)", "audience": "practitioners", "position": 3,
     "description": "Talk through a case with peers, always in anonymised form.",
     "is_strict": True, "is_premoderated": False, "allows_anonymous": True},
    {"slug": "care-leavers-lounge", "name": "Care leavers' lounge", "audience": "care_leavers", "position": 4,
     "description": "Peer support, by and for people who grew up in care.",
     "is_strict": False, "is_premoderated": False, "allows_anonymous": True},
    {"slug": "reconnect", "name": "Reconnect", "audience": "care_leavers_practitioners", "position": 5,
     "description": "Finding peers and the workers from your past, safely.",
     "is_strict": False, "is_premoderated": False, "allows_anonymous": False},
    {"slug": "courses-events", "name": "Courses, events & services", "audience": "all_members", "position": 6,
     "description": "Training, events and services worth knowing about.",
     "is_strict": False, "is_premoderated": False, "allows_anonymous": False},
    {"slug": "off-topic", "name": "Off-topic & wellbeing", "audience": "all_members", "position": 7,
     "description": "Everything else, and looking after yourself.",
     "is_strict": False, "is_premoderated": False, "allows_anonymous": False},
    {"slug": "moderators", "name": "Moderators' room", "audience": "moderators", "position": 8,
     "description": "For moderators only.",
     "is_strict": False, "is_premoderated": False, "allows_anonymous": False},
]


def upgrade():
    op.create_table('outbox_messages',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('to_address', sa.String(length=254), nullable=False),
    sa.Column('subject', sa.String(length=200), nullable=False),
    sa.Column('body_text', sa.Text(), nullable=False),
    sa.Column('created_at', forum.extensions.UTCDateTime(timezone=True), nullable=False),
    sa.Column('next_attempt_at', forum.extensions.UTCDateTime(timezone=True), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('last_error', sa.Text(), nullable=False),
    sa.Column('sent_at', forum.extensions.UTCDateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outbox_messages'))
    )
    with op.batch_alter_table('outbox_messages', schema=None) as batch_op:
        batch_op.create_index('ix_outbox_messages_due', ['sent_at', 'next_attempt_at'], unique=False)

    spaces_table = op.create_table('spaces',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slug', sa.String(length=60), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('audience', sa.Enum('all_members', 'practitioners_allies', 'practitioners', 'care_leavers', 'care_leavers_practitioners', 'moderators', name='audience', native_enum=False, length=30), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('is_strict', sa.Boolean(), nullable=False),
    sa.Column('is_premoderated', sa.Boolean(), nullable=False),
    sa.Column('allows_anonymous', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_spaces')),
    sa.UniqueConstraint('slug', name=op.f('uq_spaces_slug'))
    )
    op.create_table('users',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('password_hash', sa.String(length=255), nullable=False),
    sa.Column('display_name', sa.String(length=60), nullable=False),
    sa.Column('member_type', sa.Enum('practitioner', 'care_leaver', 'ally', name='membertype', native_enum=False, length=30), nullable=False),
    sa.Column('role', sa.Enum('member', 'moderator', 'admin', name='role', native_enum=False, length=30), nullable=False),
    sa.Column('status', sa.Enum('unverified', 'pending', 'info_requested', 'active', 'rejected', 'withdrawn', 'suspended', name='accountstatus', native_enum=False, length=30), nullable=False),
    sa.Column('session_version', sa.Integer(), nullable=False),
    sa.Column('email_verified_at', forum.extensions.UTCDateTime(timezone=True), nullable=True),
    sa.Column('suspended_until', forum.extensions.UTCDateTime(timezone=True), nullable=True),
    sa.Column('created_at', forum.extensions.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('email', name=op.f('uq_users_email'))
    )
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_users_status'), ['status'], unique=False)

    op.create_table('applications',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('organisation', sa.String(length=120), nullable=False),
    sa.Column('job_title', sa.String(length=120), nullable=False),
    sa.Column('region', sa.String(length=80), nullable=False),
    sa.Column('country', sa.String(length=80), nullable=False),
    sa.Column('registration_number', sa.String(length=20), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('invite_code', sa.String(length=40), nullable=False),
    sa.Column('guidelines_accepted_at', forum.extensions.UTCDateTime(timezone=True), nullable=False),
    sa.Column('submitted_at', forum.extensions.UTCDateTime(timezone=True), nullable=True),
    sa.Column('info_request', sa.Text(), nullable=False),
    sa.Column('info_response', sa.Text(), nullable=False),
    sa.Column('decided_at', forum.extensions.UTCDateTime(timezone=True), nullable=True),
    sa.Column('decided_by_id', sa.Integer(), nullable=True),
    sa.Column('decision_reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['decided_by_id'], ['users.id'], name=op.f('fk_applications_decided_by_id_users')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_applications_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_applications')),
    sa.UniqueConstraint('user_id', name=op.f('uq_applications_user_id'))
    )
    with op.batch_alter_table('applications', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_applications_submitted_at'), ['submitted_at'], unique=False)

    op.create_table('audit_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=False),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('target_type', sa.String(length=40), nullable=False),
    sa.Column('target_id', sa.Integer(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('created_at', forum.extensions.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['users.id'], name=op.f('fk_audit_entries_actor_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_entries'))
    )
    with op.batch_alter_table('audit_entries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_entries_actor_id'), ['actor_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_entries_created_at'), ['created_at'], unique=False)
        batch_op.create_index('ix_audit_entries_target', ['target_type', 'target_id'], unique=False)

    op.create_table('topics',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('space_id', sa.Integer(), nullable=False),
    sa.Column('author_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=150), nullable=False),
    sa.Column('is_pinned', sa.Boolean(), nullable=False),
    sa.Column('is_locked', sa.Boolean(), nullable=False),
    sa.Column('is_anonymous', sa.Boolean(), nullable=False),
    sa.Column('post_count', sa.Integer(), nullable=False),
    sa.Column('created_at', forum.extensions.UTCDateTime(timezone=True), nullable=False),
    sa.Column('last_post_at', forum.extensions.UTCDateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', forum.extensions.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['author_id'], ['users.id'], name=op.f('fk_topics_author_id_users')),
    sa.ForeignKeyConstraint(['space_id'], ['spaces.id'], name=op.f('fk_topics_space_id_spaces')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_topics'))
    )
    with op.batch_alter_table('topics', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_topics_author_id'), ['author_id'], unique=False)
        batch_op.create_index('ix_topics_space_listing', ['space_id', 'is_pinned', 'last_post_at', 'id'], unique=False)

    op.create_table('posts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('topic_id', sa.Integer(), nullable=False),
    sa.Column('author_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('body_source', sa.Text(), nullable=False),
    sa.Column('body_html', sa.Text(), nullable=False),
    sa.Column('state', sa.Enum('published', 'held', 'rejected', name='poststate', native_enum=False, length=30), nullable=False),
    sa.Column('is_anonymous', sa.Boolean(), nullable=False),
    sa.Column('created_at', forum.extensions.UTCDateTime(timezone=True), nullable=False),
    sa.Column('edited_at', forum.extensions.UTCDateTime(timezone=True), nullable=True),
    sa.Column('deleted_at', forum.extensions.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['author_id'], ['users.id'], name=op.f('fk_posts_author_id_users')),
    sa.ForeignKeyConstraint(['topic_id'], ['topics.id'], name=op.f('fk_posts_topic_id_topics')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_posts')),
    sa.UniqueConstraint('topic_id', 'number', name='uq_posts_topic_number')
    )
    with op.batch_alter_table('posts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_posts_author_id'), ['author_id'], unique=False)

    op.create_table('topic_reads',
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('topic_id', sa.Integer(), nullable=False),
    sa.Column('last_read_number', sa.Integer(), nullable=False),
    sa.Column('updated_at', forum.extensions.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['topic_id'], ['topics.id'], name=op.f('fk_topic_reads_topic_id_topics')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_topic_reads_user_id_users')),
    sa.PrimaryKeyConstraint('user_id', 'topic_id', name=op.f('pk_topic_reads'))
    )
    with op.batch_alter_table('topic_reads', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_topic_reads_topic_id'), ['topic_id'], unique=False)

    op.create_table('post_revisions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('post_id', sa.Integer(), nullable=False),
    sa.Column('editor_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=150), nullable=True),
    sa.Column('body_source', sa.Text(), nullable=False),
    sa.Column('body_html', sa.Text(), nullable=False),
    sa.Column('created_at', forum.extensions.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['editor_id'], ['users.id'], name=op.f('fk_post_revisions_editor_id_users')),
    sa.ForeignKeyConstraint(['post_id'], ['posts.id'], name=op.f('fk_post_revisions_post_id_posts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_post_revisions'))
    )
    with op.batch_alter_table('post_revisions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_post_revisions_post_id'), ['post_id'], unique=False)


    op.bulk_insert(spaces_table, DEFAULT_SPACES)


def downgrade():
    with op.batch_alter_table('post_revisions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_post_revisions_post_id'))

    op.drop_table('post_revisions')
    with op.batch_alter_table('topic_reads', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_topic_reads_topic_id'))

    op.drop_table('topic_reads')
    with op.batch_alter_table('posts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_posts_author_id'))

    op.drop_table('posts')
    with op.batch_alter_table('topics', schema=None) as batch_op:
        batch_op.drop_index('ix_topics_space_listing')
        batch_op.drop_index(batch_op.f('ix_topics_author_id'))

    op.drop_table('topics')
    with op.batch_alter_table('audit_entries', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_entries_target')
        batch_op.drop_index(batch_op.f('ix_audit_entries_created_at'))
        batch_op.drop_index(batch_op.f('ix_audit_entries_actor_id'))

    op.drop_table('audit_entries')
    with op.batch_alter_table('applications', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_applications_submitted_at'))

    op.drop_table('applications')
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_users_status'))

    op.drop_table('users')
    op.drop_table('spaces')
    with op.batch_alter_table('outbox_messages', schema=None) as batch_op:
        batch_op.drop_index('ix_outbox_messages_due')

    op.drop_table('outbox_messages')
