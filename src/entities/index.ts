import { AccountIdentityEntity } from './accounts/account-identity.entity.js';
import { AccountTokenEntity } from './accounts/account-token.entity.js';
import { AnnouncementRevisionEntity } from './announcements/announcement-revision.entity.js';
import { ApplicationEventEntity } from './applications/application-event.entity.js';
import { ApplicationFileEntity } from './applications/application-file.entity.js';
import { ApplicationFormEntity } from './applications/application-form.entity.js';
import { ApplicationEntity } from './applications/application.entity.js';
import { AnnouncementEntity } from './announcements/announcement.entity.js';
import { AccountEntity } from './accounts/account.entity.js';
import { ApiKeyEntity } from './accounts/api-key.entity.js';
import { ApiKeyScopeEntity } from './accounts/api-key-scope.entity.js';
import { WebhookDeliveryEntity } from './webhooks/webhook-delivery.entity.js';
import { WebhookEndpointEntity } from './webhooks/webhook-endpoint.entity.js';
import { AuthChallengeEntity } from './accounts/auth-challenge.entity.js';
import { DataAccessLogEntity } from './accounts/data-access-log.entity.js';
import { KioskDeviceEntity } from './accounts/kiosk-device.entity.js';
import { PasskeyEntity } from './accounts/passkey.entity.js';
import { SessionEntity } from './accounts/session.entity.js';
import { SignInAttemptEntity } from './accounts/sign-in-attempt.entity.js';
import { StaffOfficeEntity } from './accounts/staff-office.entity.js';
import { AnswerTemplateEntity } from './messaging/answer-template.entity.js';
import { ConversationEntity } from './messaging/conversation.entity.js';
import { MessageEntity } from './messaging/message.entity.js';
import { OutboxMessageEntity } from './notifications/outbox-message.entity.js';
import { AppointmentEntity } from './appointments/appointment.entity.js';
import { AppointmentRescheduleEntity } from './appointments/appointment-reschedule.entity.js';
import {
  AppointmentReleaseEntity,
  ReleaseRequestEntity,
} from './appointments/appointment-release.entity.js';
import { ClosureEntity } from './appointments/closure.entity.js';
import { CounterServiceEntity } from './appointments/counter-service.entity.js';
import { CounterEntity } from './appointments/counter.entity.js';
import { ScheduleEntity } from './appointments/schedule.entity.js';
import { WaitlistEntryOfficeEntity } from './appointments/waitlist-entry-office.entity.js';
import { WaitlistEntryEntity } from './appointments/waitlist-entry.entity.js';
import { WaitlistPassEntity } from './appointments/waitlist-pass.entity.js';
import { CategoryEntity } from './catalogue/category.entity.js';
import { OfficeEntity } from './catalogue/office.entity.js';
import { ServiceOfficeEntity } from './catalogue/service-office.entity.js';
import { ServiceEntity } from './catalogue/service.entity.js';
import { QueueCounterEntity } from './queue/queue-counter.entity.js';
import { QueueDayEntity } from './queue/queue-day.entity.js';
import { QueueEventEntity } from './queue/queue-event.entity.js';
import { QueueOfficeEntity } from './queue/queue-office.entity.js';
import { QueueTicketEntity } from './queue/queue-ticket.entity.js';

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
  WaitlistEntryEntity,
  WaitlistEntryOfficeEntity,
  WaitlistPassEntity,
  AppointmentRescheduleEntity,
  AppointmentReleaseEntity,
  ReleaseRequestEntity,
  AccountEntity,
  StaffOfficeEntity,
  AccountIdentityEntity,
  PasskeyEntity,
  AuthChallengeEntity,
  SessionEntity,
  ApiKeyEntity,
  ApiKeyScopeEntity,
  WebhookEndpointEntity,
  WebhookDeliveryEntity,
  KioskDeviceEntity,
  AccountTokenEntity,
  SignInAttemptEntity,
  DataAccessLogEntity,
  OutboxMessageEntity,
  AnnouncementEntity,
  AnnouncementRevisionEntity,
  ConversationEntity,
  MessageEntity,
  AnswerTemplateEntity,
  QueueDayEntity,
  QueueOfficeEntity,
  QueueCounterEntity,
  QueueTicketEntity,
  QueueEventEntity,
  ApplicationFormEntity,
  ApplicationEntity,
  ApplicationFileEntity,
  ApplicationEventEntity,
];
