import { randomUUID } from 'node:crypto';
import { OptionalProps, type Rel } from '@mikro-orm/core';
import {
  Check,
  Entity,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  Trigger,
} from '@mikro-orm/decorators/legacy';
import { AccountEntity } from './account.entity.js';

export enum AccessReason {
  HANDLING_APPOINTMENT = 'HANDLING_APPOINTMENT',
  ANSWERING_REQUEST = 'ANSWERING_REQUEST',
  PROCESSING_APPLICATION = 'PROCESSING_APPLICATION',
  LEGAL_OBLIGATION = 'LEGAL_OBLIGATION',
}

/** Who on the staff reads: a member of staff of an office, or an admin. */
export type StaffRole = 'STAFF' | 'ADMIN';

/** How the data reached the staff member. */
export enum AccessChannel {
  /** A query or mutation over HTTP (the staff client's pages). */
  HTTP = 'HTTP',
  /** A query over the WebSocket, or a subscription's live delivery (inbox, conversation). */
  WEBSOCKET = 'WEBSOCKET',
}

/**
 * Who on the staff read which personal data of a citizen, when, why and through which channel. Append-only: a trigger
 * refuses every UPDATE and DELETE, whoever sends it, the application included.
 */
@Entity({ tableName: 'data_access_log' })
@Trigger({
  name: 'data_access_log_append_only',
  timing: 'before',
  events: ['update', 'delete'],
  forEach: 'row',
  body: "raise exception 'data_access_log is append-only' using errcode = 'insufficient_privilege';",
})
@Check({
  name: 'data_access_log_reason_known',
  expression:
    "reason in ('HANDLING_APPOINTMENT', 'ANSWERING_REQUEST', 'PROCESSING_APPLICATION', 'LEGAL_OBLIGATION')",
})
@Check({
  name: 'data_access_log_actor_role_known',
  expression: "actor_role is null or actor_role in ('STAFF', 'ADMIN')",
})
@Check({
  name: 'data_access_log_channel_known',
  expression: "channel is null or channel in ('HTTP', 'WEBSOCKET')",
})
@Check({
  name: 'data_access_log_api_key_named',
  expression: '(api_key_id is null) = (api_key_name is null)',
})
@Index({ name: 'data_access_log_citizen_idx', properties: ['citizen', 'accessedAt'] })
export class DataAccessLogEntity {
  [OptionalProps]?: 'id' | 'actorRole' | 'apiKeyId' | 'apiKeyName';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Whose data was read. */
  @ManyToOne(() => AccountEntity, { deleteRule: 'no action' })
  citizen!: Rel<AccountEntity>;

  /** Who read it. */
  @ManyToOne(() => AccountEntity, { deleteRule: 'no action', index: true })
  actor!: Rel<AccountEntity>;

  /** The reader's role when they read it; null for reads recorded before 3 December 2026. */
  @Property({ type: 'text', nullable: true })
  actorRole: StaffRole | null = null;

  @Property({ type: 'datetime' })
  accessedAt!: Date;

  /** What was read, e.g. "APPOINTMENT:<id>". */
  @Property({ type: 'text' })
  subject!: string;

  /** Why, as the staff member stated it; a fixed list, so that no free text can hold personal data. */
  @Property({ type: 'text' })
  reason!: AccessReason;

  /** Null for reads recorded before channels were (Migration20261203070000). */
  @Property({ type: 'text', nullable: true })
  channel!: AccessChannel | null;

  /**
   * The API key the actor's integration read it through (an office scope an admin granted); null
   * for a person's read. No foreign key: the log outlives the key, and it is never updated.
   */
  @Property({ type: 'uuid', nullable: true })
  apiKeyId: string | null = null;

  /** The key's name when it read, so that the citizen's log names it after the key is gone. */
  @Property({ type: 'text', nullable: true })
  apiKeyName: string | null = null;
}
