import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { findOwnAccount, findOwnSession } from '../accounts/account.service.js';
import { findKioskDevice, findOwnApiKey } from '../accounts/credentials.service.js';
import { findWebhookEndpoint } from '../webhooks/webhook.service.js';
import { toWebhookEndpoint } from './webhooks/webhook.resolver.js';
import { findOwnPasskey } from '../accounts/passkey.service.js';
import { findAnnouncement } from '../announcements/announcement.service.js';
import { findClosure, findCounter } from '../appointments/appointment-setup.service.js';
import { findApplication } from '../applications/application.service.js';
import { findAnswerTemplate } from '../messaging/answer-template.service.js';
import { findConversation } from '../messaging/messaging.service.js';
import { findOwnAppointment } from '../appointments/appointment.service.js';
import { findAppointmentRelease } from '../appointments/release.service.js';
import { findTicket } from '../queue/queue.service.js';
import { Access } from '../auth/access.js';
import { translate } from '../i18n/messages.js';
import { toAccount, toApiKey, toPasskey, toSession } from './accounts/account.mapping.js';
import { toClosure, toCounter, toKioskDevice } from './admin/admin.mapping.js';
import { toApplication, toApplicationForm } from './applications/application.mapping.js';
import { toAnnouncement } from './announcements/announcement.mapping.js';
import { toAppointment } from './appointments/appointment.mapping.js';
import { toAppointmentRelease } from './appointments/release.resolver.js';
import { toAnswerTemplate, toConversation } from './messaging/messaging.mapping.js';
import { toTicket } from './queue/queue.mapping.js';
import { toCategory, toOffice, toService } from './catalogue/catalogue.mapping.js';
import { badArgument } from './common/arguments.js';
import { fromGlobalId } from './common/global-id.js';
import { Node } from './common/node.js';
import type { GraphQLContext } from './context.js';

const MAX_NODES = 100;

/**
 * Any object by global ID, as far as the caller may see it (the domain services decide: catalogue
 * objects for everyone, the caller's own account objects, set-up objects for staff and admins);
 * null otherwise, exactly as for an ID that does not exist, so that no one learns what exists.
 */
async function resolveNode(
  ctx: GraphQLContext,
  id: string,
  argument: string,
): Promise<Node | null> {
  const decoded = fromGlobalId(id);
  if (!decoded) throw badArgument(argument, translate(ctx.lang, 'error.invalidId'));
  const { lang, principal } = ctx;
  switch (decoded.type) {
    case 'Service': {
      const service = await ctx.loaders.service.load(decoded.uuid);
      return service && toService(service, lang);
    }
    case 'Office': {
      const office = await ctx.loaders.office.load(decoded.uuid);
      return office && toOffice(office, lang);
    }
    case 'Category': {
      const category = await ctx.loaders.category.load(decoded.uuid);
      return category && toCategory(category, lang);
    }
    case 'Appointment': {
      const appointment = await findOwnAppointment(ctx.useCase, decoded.uuid);
      return appointment && toAppointment(appointment, lang, ctx.settings);
    }
    case 'Account': {
      const account = await findOwnAccount(ctx.useCase, decoded.uuid);
      return account && toAccount(account);
    }
    case 'Passkey': {
      const passkey = await findOwnPasskey(ctx.useCase, decoded.uuid);
      return passkey && toPasskey(passkey);
    }
    case 'Session': {
      const session = await findOwnSession(ctx.useCase, decoded.uuid);
      return (
        session && toSession(session, principal.kind === 'account' ? principal.sessionId : null)
      );
    }
    case 'ApiKey': {
      const apiKey = await findOwnApiKey(ctx.useCase, decoded.uuid);
      return apiKey && toApiKey(apiKey);
    }
    case 'WebhookEndpoint': {
      const endpoint = await findWebhookEndpoint(ctx.useCase, decoded.uuid);
      return endpoint && toWebhookEndpoint(endpoint);
    }
    case 'KioskDevice': {
      const device = await findKioskDevice(ctx.useCase, decoded.uuid);
      return device && toKioskDevice(ctx, device);
    }
    case 'AppointmentRelease': {
      // Public, as the rule and the seed of a draw are.
      const release = await findAppointmentRelease(ctx.useCase, decoded.uuid);
      return release && toAppointmentRelease(release, ctx.clock(), ctx.settings.publicUrl);
    }
    case 'Counter': {
      const counter = await findCounter(ctx.useCase, decoded.uuid);
      return counter && toCounter(counter, lang);
    }
    case 'Closure': {
      const closure = await findClosure(ctx.useCase, decoded.uuid);
      return closure && toClosure(closure, lang);
    }
    case 'Announcement': {
      // Visible ones for everyone; drafts, scheduled and expired ones for their editors only.
      const announcement = await findAnnouncement(ctx.useCase, decoded.uuid);
      const now = ctx.clock();
      return (
        announcement &&
        toAnnouncement(announcement, { lang, now, principal, publicUrl: ctx.settings.publicUrl })
      );
    }
    case 'Conversation': {
      const conversation = await findConversation(ctx.useCase, decoded.uuid);
      return conversation && toConversation(conversation, principal);
    }
    case 'Message':
      // Messages are read through their conversation, which checks who may see them.
      return null;
    case 'AnswerTemplate': {
      const template = await findAnswerTemplate(ctx.useCase, decoded.uuid);
      return template && toAnswerTemplate(template);
    }
    case 'Application': {
      const application = await findApplication(ctx.useCase, decoded.uuid);
      return application && toApplication(application, lang);
    }
    case 'ApplicationForm': {
      // Forms are public, as the services they belong to.
      const form = await ctx.loaders.applicationForm.load(decoded.uuid);
      return form && toApplicationForm(form);
    }
    case 'ApplicationDocument':
      // Files are read through their application, which checks who may see them.
      return null;
    case 'WaitlistEntry':
      // Entries are read through myWaitlistEntries, which shows the caller's own only.
      return null;
    case 'Ticket': {
      // The ID is the proof of holding the ticket, which carries no personal data.
      const ticket = await findTicket(ctx.useCase, decoded.uuid);
      return ticket && toTicket(ticket, lang);
    }
    default: {
      const unhandled: never = decoded.type;
      throw new Error(`node() cannot resolve ${String(unhandled)}`);
    }
  }
}

@Resolver()
export class NodeResolver {
  @Authorized(Access.PUBLIC)
  @Query(() => Node, {
    nullable: true,
    description:
      'Any object by its global ID; null when it does not exist or is not visible to you.',
  })
  node(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'A global ID from this API.' }) id: string,
  ): Promise<Node | null> {
    return resolveNode(ctx, id, 'id');
  }

  @Authorized(Access.PUBLIC)
  @Query(() => [Node], {
    nullable: 'items',
    description:
      'Several objects by global ID (at most 100), in the order asked; null for each unknown one. Query cost: each ID counts as one object.',
  })
  nodes(
    @Ctx() ctx: GraphQLContext,
    @Arg('ids', () => [ID], { description: 'Up to 100 global IDs.' }) ids: string[],
  ): Promise<Array<Node | null>> {
    if (ids.length > MAX_NODES) {
      throw badArgument('ids', translate(ctx.lang, 'error.invalidPageSize', { max: MAX_NODES }));
    }
    return Promise.all(ids.map((id) => resolveNode(ctx, id, 'ids')));
  }
}
