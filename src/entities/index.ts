import { AppointmentEntity } from './appointments/appointment.entity.js';
import { ClosureEntity } from './appointments/closure.entity.js';
import { CounterServiceEntity } from './appointments/counter-service.entity.js';
import { CounterEntity } from './appointments/counter.entity.js';
import { ScheduleEntity } from './appointments/schedule.entity.js';
import { CategoryEntity } from './catalog/category.entity.js';
import { OfficeEntity } from './catalog/office.entity.js';
import { ServiceOfficeEntity } from './catalog/service-office.entity.js';
import { ServiceEntity } from './catalog/service.entity.js';

/** Every table of Rathaus; the ORM and the migration generator read this list. */
export const entities = [
  OfficeEntity,
  CategoryEntity,
  ServiceEntity,
  ServiceOfficeEntity,
  CounterEntity,
  CounterServiceEntity,
  ScheduleEntity,
  ClosureEntity,
  AppointmentEntity,
];
