import type { Rel } from '@mikro-orm/core';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { AppointmentEntity } from './appointment.entity.js';

/**
 * The idempotency keys of rescheduleAppointment: a retried request with its key answers the
 * appointment as it is instead of moving it again (the booking's own key stays on the appointment).
 * Written and read by SQL only (src/appointments/appointment.queries.ts).
 */
@Entity({ tableName: 'appointment_reschedule' })
export class AppointmentRescheduleEntity {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'text' })
  idempotencyKey!: string;

  @ManyToOne(() => AppointmentEntity, { deleteRule: 'cascade', index: true })
  appointment!: Rel<AppointmentEntity>;

  /** Fingerprint of the request, to refuse the key's reuse for another change. */
  @Property({ type: 'text' })
  requestHash!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
