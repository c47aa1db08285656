"""Hold posts for review: review items, topic state

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01 08:08:51.055723

"""
from alembic import op
import sqlalchemy as sa

import forum.extensions


# revision identifiers, used by Alembic.
revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('review_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('post_id', sa.Integer(), nullable=False),
    sa.Column('source', sa.Enum('guard', 'rescan', name='reviewsource', native_enum=False, length=30), nullable=False),
    sa.Column('state', sa.Enum('open', 'published', 'rejected', name='reviewstate', native_enum=False, length=30), nullable=False),
    sa.Column('findings_json', sa.Text(), nullable=False),
    sa.Column('justification', sa.Text(), nullable=False),
    sa.Column('created_at', forum.extensions.UTCDateTime(timezone=True), nullable=False),
    sa.Column('decided_at', forum.extensions.UTCDateTime(timezone=True), nullable=True),
    sa.Column('decided_by_id', sa.Integer(), nullable=True),
    sa.Column('decision_reason', sa.Text(), nullable=False),
    sa.Column('kinds', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['decided_by_id'], ['users.id'], name=op.f('fk_review_items_decided_by_id_users')),
    sa.ForeignKeyConstraint(['post_id'], ['posts.id'], name=op.f('fk_review_items_post_id_posts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review_items'))
    )
    with op.batch_alter_table('review_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_review_items_post_id'), ['post_id'], unique=False)
        batch_op.create_index('ix_review_items_state_created', ['state', 'created_at'], unique=False)

    with op.batch_alter_table('topics', schema=None) as batch_op:
        batch_op.add_column(sa.Column('state', sa.Enum('published', 'held', 'rejected', name='poststate', native_enum=False, length=30), nullable=False, server_default='published'))



def downgrade():
    with op.batch_alter_table('topics', schema=None) as batch_op:
        batch_op.drop_column('state')

    with op.batch_alter_table('review_items', schema=None) as batch_op:
        batch_op.drop_index('ix_review_items_state_created')
        batch_op.drop_index(batch_op.f('ix_review_items_post_id'))

    op.drop_table('review_items')
