"""The home page: each member's last visit, and topics by latest activity

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05 00:05:00.000000

"""
from alembic import op
import sqlalchemy as sa

import forum.extensions


# revision identifiers, used by Alembic.
revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('last_seen_at', forum.extensions.UTCDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('previous_visit_at', forum.extensions.UTCDateTime(timezone=True), nullable=True))

    with op.batch_alter_table('topics', schema=None) as batch_op:
        batch_op.create_index('ix_topics_latest', ['last_post_at', 'id'], unique=False)


def downgrade():
    with op.batch_alter_table('topics', schema=None) as batch_op:
        batch_op.drop_index('ix_topics_latest')

    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_column('previous_visit_at')
        batch_op.drop_column('last_seen_at')
