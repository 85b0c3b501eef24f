import { Access } from '../../auth/access.js';
import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import {
  cancelOfficeAppointments,
  rebookAppointment,
  rebookOffer,
} from '../../appointments/office-cancellation.service.js';
import {
  CancelOfficeAppointmentsErrorCode,
  RebookAppointmentErrorCode,
} from '../../appointments/appointment.errors.js';
import { asPayload, inputUuid } from '../common/domain-errors.js';
import type { GraphQLContext } from '../context.js';
import { toAppointment } from './appointment.mapping.js';
import { AppointmentByTokenArgs } from './appointment.types.js';
import {
  CancelOfficeAppointmentsInput,
  CancelOfficeAppointmentsPayload,
  RebookAppointmentInput,
  RebookAppointmentPayload,
  RebookOffer,
} from './office-cancellation.types.js';

/** An office cancels a period's appointments; each citizen rebooks with the e-mail's link. */
@Resolver()
export class OfficeCancellationResolver {
  @Authorized(Access.STAFF)
  @Mutation(() => CancelOfficeAppointmentsPayload, {
    description:
      'Cancels the booked appointments of one of your offices (or of one of its counters) that start in a period and have not begun, e.g. for illness or a closure. Every citizen gets an e-mail in the language they booked in, with your message and a link that offers the nearest free times to book one in its place with one click. userErrors: INVALID_INPUT, NOT_FOUND (counter), FORBIDDEN (another office), RATE_LIMITED (more than 20 an hour from your address). Query cost: 100 points.',
  })
  async cancelOfficeAppointments(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => CancelOfficeAppointmentsInput, {
      description: 'The office, optionally its counter, the period and the message.',
    })
    input: CancelOfficeAppointmentsInput,
  ): Promise<CancelOfficeAppointmentsPayload> {
    const { result, userErrors } = await asPayload(
      ctx.lang,
      CancelOfficeAppointmentsErrorCode,
      () =>
        cancelOfficeAppointments(ctx.useCase, {
          officeId: inputUuid(input.officeId, 'Office', 'officeId'),
          counterId: input.counterId ? inputUuid(input.counterId, 'Counter', 'counterId') : null,
          from: input.from,
          to: input.to,
          note: input.message,
        }),
    );
    return { cancelledCount: result && result.length, userErrors };
  }

  @Authorized(Access.PERSON)
  @Query(() => RebookOffer, {
    nullable: true,
    description:
      'What the link in the e-mail about an appointment the office cancelled offers (`/appointment/rebook?token=…`): null when the token is not valid or names no such appointment.',
  })
  async rebookOffer(
    @Ctx() ctx: GraphQLContext,
    @Args() { token, lang }: AppointmentByTokenArgs,
  ): Promise<RebookOffer | null> {
    const offer = await rebookOffer(ctx.useCase, token);
    if (!offer) return null;
    const language = lang ?? ctx.lang;
    return {
      cancelledAppointment: toAppointment(offer.cancelled, language, ctx.settings),
      message: offer.note,
      times: offer.times,
      rebookedAppointment: offer.rebooked && toAppointment(offer.rebooked, language, ctx.settings),
    };
  }

  @Authorized(Access.PERSON)
  @Mutation(() => RebookAppointmentPayload, {
    description:
      'Books one of the offered times in place of an appointment the office cancelled, for the same person, service and office, and e-mails a confirmation; a link books once. userErrors: INVALID_INPUT, NOT_FOUND (the link), SLOT_TAKEN, OUTSIDE_BOOKING_WINDOW, DAILY_CAP_REACHED, LIMIT_REACHED, RATE_LIMITED, ALREADY_REBOOKED. At most 3 of the guarded mutations per operation.',
  })
  async rebookAppointment(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => RebookAppointmentInput, {
      description: 'The link’s token and the chosen time.',
    })
    input: RebookAppointmentInput,
  ): Promise<RebookAppointmentPayload> {
    const { result, userErrors } = await asPayload(ctx.lang, RebookAppointmentErrorCode, () =>
      rebookAppointment(ctx.useCase, {
        token: input.token,
        startsAt: input.startsAt,
        language: ctx.lang,
      }),
    );
    return {
      appointment: result && toAppointment(result, ctx.lang, ctx.settings),
      userErrors,
    };
  }
}
