import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import {
  allApiKeys,
  currentKioskDevice,
  issueKioskToken,
  kioskDevices,
  revokeKioskDevice,
  setApiKeyScopes,
} from '../../accounts/credentials.service.js';
import {
  grantStaffAccess,
  revokeStaffAccess,
  staffAccounts,
} from '../../accounts/staff.service.js';
import {
  closuresOfOffice,
  createClosure,
  createCounter,
  deleteClosure,
  setCounterSchedule,
  updateCounter,
} from '../../appointments/appointment-setup.service.js';
import { Access } from '../../auth/access.js';
import {
  createCategory,
  createOffice,
  createService,
  updateCategory,
  updateOffice,
  updateService,
  type ServiceInput as ServiceFields,
} from '../../catalogue/catalogue-admin.service.js';
import { countersOfOffice } from '../../appointments/appointment-setup.service.js';
import { AccountErrorCode } from '../../accounts/account.errors.js';
import { AppointmentSetupErrorCode } from '../../appointments/appointment.errors.js';
import { CatalogueAdminErrorCode, RetirementErrorCode } from '../../catalogue/catalogue.errors.js';
import {
  AppointmentsAffectedError,
  retireCounter,
  retireOffice,
  retireService,
  type Retirement,
} from '../../catalogue/retirement.service.js';
import { listOffices } from '../../catalogue/catalogue.service.js';
import { Language } from '../../common/language.js';
import { toCategory, toOffice, toService } from '../catalogue/catalogue.mapping.js';
import { argumentUuid } from '../common/arguments.js';
import { toApiKey } from '../accounts/account.mapping.js';
import {
  ApiKeyConnection,
  ApiKeyPayload,
  SetApiKeyScopesInput,
  type ApiKey,
} from '../accounts/account.types.js';
import { PageArgs, requestedPage, toConnection, type Connection } from '../common/connection.js';
import { asPayload, inputUuid, orQueryError } from '../common/domain-errors.js';
import type { GraphQLContext } from '../context.js';
import {
  fromLocalizedList,
  fromLocalizedText,
  toClosure,
  toCounter,
  toKioskDevice,
  toStaffMember,
} from './admin.mapping.js';
import { Office } from '../catalogue/catalogue.types.js';
import {
  CategoryPayload,
  Closure,
  ClosurePayload,
  ClosuresArgs,
  Counter,
  CounterPayload,
  CreateCategoryInput,
  CreateClosureInput,
  CreateCounterInput,
  CreateOfficeInput,
  CreateServiceInput,
  DeleteClosureInput,
  DeleteClosurePayload,
  GrantStaffAccessInput,
  IssueKioskTokenInput,
  IssueKioskTokenPayload,
  KioskDevice,
  KioskDevicePayload,
  OfficeInput,
  OfficePayload,
  RetireCounterInput,
  RetireCounterPayload,
  RetireOfficeInput,
  RetireOfficePayload,
  RetirementError,
  RetireServiceInput,
  RetireServicePayload,
  RevokeKioskDeviceInput,
  RevokeStaffAccessInput,
  ServiceInput,
  ServicePayload,
  SetCounterScheduleInput,
  StaffMember,
  StaffMemberPayload,
  UpdateCategoryInput,
  UpdateCounterInput,
  UpdateOfficeInput,
  UpdateServiceInput,
} from './admin.types.js';

function officeFields(input: OfficeInput) {
  return { ...input, name: fromLocalizedText(input.name) };
}

function serviceFields(input: ServiceInput): ServiceFields {
  return {
    ...input,
    name: fromLocalizedText(input.name),
    description: fromLocalizedText(input.description),
    documents: fromLocalizedList(input.documents),
    processingTime: input.processingTime ? fromLocalizedText(input.processingTime) : null,
    bookingWindow: input.bookingWindow
      ? { ...input.bookingWindow, dailyLimit: input.bookingWindow.dailyLimit ?? null }
      : null,
    categoryId: inputUuid(input.categoryId, 'Category', 'categoryId'),
    officeIds: input.officeIds.map((id) => inputUuid(id, 'Office', 'officeIds')),
  };
}

/**
 * Runs a retirement: what was retired and how many upcoming appointments it had, or the refusals
 * with, for APPOINTMENTS_AFFECTED, how many are booked (what the admin's choice is about).
 */
async function retirementPayload<T>(
  lang: Language,
  run: () => Promise<Retirement<T>>,
): Promise<{
  retired: T | null;
  futureAppointments: number | null;
  userErrors: RetirementError[];
}> {
  let affected: number | null = null;
  const { result, userErrors } = await asPayload(lang, RetirementErrorCode, async () => {
    try {
      return await run();
    } catch (error) {
      if (error instanceof AppointmentsAffectedError) affected = error.count;
      throw error;
    }
  });
  return {
    retired: result?.retired ?? null,
    futureAppointments: result?.futureAppointments ?? affected,
    userErrors,
  };
}

/**
 * The set-up of the town hall that until now only the seed could write: offices, categories,
 * services, counters, schedules, closures, staff and kiosks. Admins only.
 */
@Resolver()
export class AdminResolver {
  @Authorized(Access.ADMIN)
  @Query(() => [Office], {
    description:
      'Every office, retired ones included (with `retiredAt`), by slug: the administration’s list. Admins only; everyone else asks `offices`.',
  })
  async allOffices(
    @Ctx() ctx: GraphQLContext,
    @Arg('lang', () => Language, { nullable: true, description: 'Language of the texts.' })
    lang?: Language | null,
  ): Promise<Office[]> {
    const offices = await listOffices(ctx.em, { includeRetired: true });
    return offices.map((office) => toOffice(office, lang ?? ctx.lang));
  }

  @Authorized(Access.ADMIN)
  @Mutation(() => OfficePayload, {
    description: 'Adds an office. userErrors: INVALID_INPUT (a field, or the slug is taken).',
  })
  async createOffice(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => CreateOfficeInput, {
      description: 'The new office: its name, address, contact details and slug.',
    })
    input: CreateOfficeInput,
  ): Promise<OfficePayload> {
    const { result, userErrors } = await asPayload(ctx.lang, CatalogueAdminErrorCode, () =>
      createOffice(ctx.useCase, officeFields(input.office)),
    );
    return { office: result && toOffice(result, ctx.lang), userErrors };
  }

  @Authorized(Access.ADMIN)
  @Mutation(() => OfficePayload, {
    description:
      'Replaces an office’s data. userErrors: INVALID_INPUT (a field, or the slug is taken), NOT_FOUND (officeId), RETIRED (a retired office).',
  })
  async updateOffice(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => UpdateOfficeInput, {
      description:
        'Which office to change, and the details that change (fields left out stay as they are).',
    })
    input: UpdateOfficeInput,
  ): Promise<OfficePayload> {
    const { result, userErrors } = await asPayload(ctx.lang, CatalogueAdminErrorCode, () =>
      updateOffice(
        ctx.useCase,
        inputUuid(input.officeId, 'Office', 'officeId'),
        officeFields(input.office),
      ),
    );
    return { office: result && toOffice(result, ctx.lang), userErrors };
  }

  @Authorized(Access.ADMIN)
  @Mutation(() => CategoryPayload, {
    description:
      'Adds a category to the catalogue. userErrors: INVALID_INPUT (a field, or the slug is taken).',
  })
  async createCategory(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => CreateCategoryInput, {
      description: 'The new category (life situation): its names and where it sorts.',
    })
    input: CreateCategoryInput,
  ): Promise<CategoryPayload> {
    const { result, userErrors } = await asPayload(ctx.lang, CatalogueAdminErrorCode, () =>
      createCategory(ctx.useCase, { ...input, name: fromLocalizedText(input.name) }),
    );
    return { category: result && toCategory(result, ctx.lang), userErrors };
  }

  @Authorized(Access.ADMIN)
  @Mutation(() => CategoryPayload, {
    description:
      'Renames a category, changes its slug or its place in the order; its services stay in it. userErrors: INVALID_INPUT (a field, or the slug is taken), NOT_FOUND (categoryId).',
  })
  async updateCategory(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => UpdateCategoryInput, {
      description: 'Which category to change, and its data as it shall be.',
    })
    input: UpdateCategoryInput,
  ): Promise<CategoryPayload> {
    const { categoryId, ...fields } = input;
    const { result, userErrors } = await asPayload(ctx.lang, CatalogueAdminErrorCode, () =>
      updateCategory(ctx.useCase, inputUuid(categoryId, 'Category', 'categoryId'), {
        ...fields,
        name: fromLocalizedText(fields.name),
      }),
    );
    return { category: result && toCategory(result, ctx.lang), userErrors };
  }

  @Authorized(Access.ADMIN)
  @Mutation(() => ServicePayload, {
    description:
      'Adds a service to the catalogue. userErrors: INVALID_INPUT (a field, the slug is taken, or categoryId or officeIds name nothing).',
  })
  async createService(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => CreateServiceInput, {
      description:
        'The new service: its texts, fee, documents, offices and the length of its appointments.',
    })
    input: CreateServiceInput,
  ): Promise<ServicePayload> {
    const { result, userErrors } = await asPayload(ctx.lang, CatalogueAdminErrorCode, () =>
      createService(ctx.useCase, serviceFields(input.service)),
    );
    return { service: result && toService(result, ctx.lang), userErrors };
  }

  @Authorized(Access.ADMIN)
  @Mutation(() => ServicePayload, {
    description:
      'Replaces a service’s data and the offices that offer it. userErrors: INVALID_INPUT (as for createService), NOT_FOUND (serviceId), RETIRED (a retired service).',
  })
  async updateService(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => UpdateServiceInput, {
      description: 'Which service to change, and what changes (fields left out stay as they are).',
    })
    input: UpdateServiceInput,
  ): Promise<ServicePayload> {
    const { result, userErrors } = await asPayload(ctx.lang, CatalogueAdminErrorCode, () =>
      updateService(
        ctx.useCase,
        inputUuid(input.serviceId, 'Service', 'serviceId'),
        serviceFields(input.service),
      ),
    );
    return { service: result && toService(result, ctx.lang), userErrors };
  }

  @Authorized(Access.STAFF)
  @Query(() => [Counter], {
    description:
      'The counters of an office, with what they handle, by name; empty for an unknown office. For staff of any office, and admins.',
  })
  async counters(
    @Ctx() ctx: GraphQLContext,
    @Arg('officeId', () => ID, { description: 'The office’s global ID.' }) officeId: string,
  ): Promise<Counter[]> {
    const counters = await countersOfOffice(
      ctx.useCase,
      argumentUuid(officeId, 'Office', 'officeId', ctx.lang),
    );
    return counters.map((counter) => toCounter(counter, ctx.lang));
  }

  @Authorized(Access.ADMIN)
  @Mutation(() => CounterPayload, {
    description:
      'Adds a counter to an office; it offers slots once it has a schedule. userErrors: INVALID_INPUT (a field, the name is taken in the office, or a service is not offered there), NOT_FOUND (officeId).',
  })
  async createCounter(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => CreateCounterInput, {
      description: 'The new counter: its office, its name and the services handled there.',
    })
    input: CreateCounterInput,
  ): Promise<CounterPayload> {
    const { result, userErrors } = await asPayload(ctx.lang, AppointmentSetupErrorCode, () =>
      createCounter(ctx.useCase, {
        officeId: inputUuid(input.officeId, 'Office', 'officeId'),
        name: input.name,
        serviceIds: input.serviceIds.map((id) => inputUuid(id, 'Service', 'serviceIds')),
      }),
    );
    return { counter: result && toCounter(result, ctx.lang), userErrors };
  }

  @Authorized(Access.ADMIN)
  @Mutation(() => CounterPayload, {
    description:
      'Renames a counter, (de)activates it or changes its services; booked appointments stay. userErrors: INVALID_INPUT (as for createCounter), NOT_FOUND (counterId).',
  })
  async updateCounter(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => UpdateCounterInput, {
      description:
        'Which counter to change: its name, whether it is in use, the services handled there.',
    })
    input: UpdateCounterInput,
  ): Promise<CounterPayload> {
    const { result, userErrors } = await asPayload(ctx.lang, AppointmentSetupErrorCode, () =>
      updateCounter(ctx.useCase, {
        counterId: inputUuid(input.counterId, 'Counter', 'counterId'),
        name: input.name,
        active: input.active,
        serviceIds: input.serviceIds.map((id) => inputUuid(id, 'Service', 'serviceIds')),
      }),
    );
    return { counter: result && toCounter(result, ctx.lang), userErrors };
  }

  @Authorized(Access.ADMIN)
  @Mutation(() => CounterPayload, {
    description:
      'Replaces a counter’s weekly opening hours from a date on; booked appointments stay. userErrors: INVALID_INPUT, NOT_FOUND (counterId).',
  })
  async setCounterSchedule(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => SetCounterScheduleInput, {
      description: 'Which counter, its weekly periods, and from when (and until when) they apply.',
    })
    input: SetCounterScheduleInput,
  ): Promise<CounterPayload> {
    const { result, userErrors } = await asPayload(ctx.lang, AppointmentSetupErrorCode, () =>
      setCounterSchedule(ctx.useCase, {
        ...input,
        counterId: inputUuid(input.counterId, 'Counter', 'counterId'),
      }),
    );
    return { counter: result && toCounter(result, ctx.lang), userErrors };
  }

  @Authorized(Access.ADMIN)
  @Mutation(() => ClosurePayload, {
    description:
      'Closes an office or one counter for a period (holiday, training): no slot in it is offered, but appointments already booked in it stay (`bookedAppointments` says how many). userErrors: INVALID_INPUT, NOT_FOUND (officeId, or counterId not of that office).',
  })
  async createClosure(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => CreateClosureInput, {
      description:
        'The office (or one of its counters), when it is closed and why (a holiday, a staff meeting).',
    })
    input: CreateClosureInput,
  ): Promise<ClosurePayload> {
    const { result, userErrors } = await asPayload(ctx.lang, AppointmentSetupErrorCode, () =>
      createClosure(ctx.useCase, {
        officeId: inputUuid(input.officeId, 'Office', 'officeId'),
        counterId: input.counterId ? inputUuid(input.counterId, 'Counter', 'counterId') : null,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        reason: fromLocalizedText(input.reason),
      }),
    );
    return {
      closure: result && toClosure(result.closure, ctx.lang),
      bookedAppointments: result?.bookedAppointments ?? null,
      userErrors,
    };
  }

  @Authorized(Access.STAFF)
  @Query(() => [Closure], {
    description:
      'The closures of an office and of its counters (holidays, training days) that overlap [from, to) (at most 366 days), earliest first, at most 100; empty for an unknown office. For staff of any office, and admins. Query cost: 100 closures.',
  })
  async closures(
    @Ctx() ctx: GraphQLContext,
    @Args() { officeId, from, to }: ClosuresArgs,
  ): Promise<Closure[]> {
    const closures = await orQueryError(ctx.lang, () =>
      closuresOfOffice(ctx.useCase, {
        officeId: argumentUuid(officeId, 'Office', 'officeId', ctx.lang),
        from,
        to,
      }),
    );
    return closures.map((closure) => toClosure(closure, ctx.lang));
  }

  @Authorized(Access.ADMIN)
  @Mutation(() => DeleteClosurePayload, {
    description: 'Deletes a closure; its times can be booked again. userErrors: NOT_FOUND.',
  })
  async deleteClosure(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => DeleteClosureInput, { description: 'Which closure to remove.' })
    input: DeleteClosureInput,
  ): Promise<DeleteClosurePayload> {
    const { userErrors } = await asPayload(ctx.lang, AppointmentSetupErrorCode, () =>
      deleteClosure(ctx.useCase, inputUuid(input.closureId, 'Closure', 'closureId')),
    );
    return { removedId: userErrors.length ? null : input.closureId, userErrors };
  }

  @Authorized(Access.ADMIN)
  @Mutation(() => RetireOfficePayload, {
    description:
      'Closes an office for good: it leaves the catalogue and booking, its counters are retired, past appointments keep naming it. At most 3 guarded mutations per operation; with CANCEL_WITH_NOTICE limited per client address. userErrors: INVALID_INPUT, NOT_FOUND (officeId), ALREADY_RETIRED, APPOINTMENTS_AFFECTED (with futureAppointments), RATE_LIMITED.',
  })
  async retireOffice(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => RetireOfficeInput, {
      description: 'Which office, and what happens to its upcoming appointments.',
    })
    input: RetireOfficeInput,
  ): Promise<RetireOfficePayload> {
    const { retired, ...rest } = await retirementPayload(ctx.lang, () =>
      retireOffice(
        ctx.useCase,
        inputUuid(input.officeId, 'Office', 'officeId'),
        input.futureAppointments ?? null,
      ),
    );
    return { office: retired && toOffice(retired, ctx.lang), ...rest };
  }

  @Authorized(Access.ADMIN)
  @Mutation(() => RetireServicePayload, {
    description:
      'Stops offering a service at every office: it leaves the catalogue, search and booking; past appointments keep naming it. At most 3 guarded mutations per operation; with CANCEL_WITH_NOTICE limited per client address. userErrors: INVALID_INPUT, NOT_FOUND (serviceId), ALREADY_RETIRED, APPOINTMENTS_AFFECTED (with futureAppointments), RATE_LIMITED.',
  })
  async retireService(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => RetireServiceInput, {
      description: 'Which service, and what happens to its upcoming appointments.',
    })
    input: RetireServiceInput,
  ): Promise<RetireServicePayload> {
    const { retired, ...rest } = await retirementPayload(ctx.lang, () =>
      retireService(
        ctx.useCase,
        inputUuid(input.serviceId, 'Service', 'serviceId'),
        input.futureAppointments ?? null,
      ),
    );
    return { service: retired && toService(retired, ctx.lang), ...rest };
  }

  @Authorized(Access.ADMIN)
  @Mutation(() => RetireCounterPayload, {
    description:
      'Takes a counter out of service for good (inactive for ever); past appointments keep naming it. Its upcoming appointments are cancelled with a notice or moved to other counters. At most 3 guarded mutations per operation; with CANCEL_WITH_NOTICE limited per client address. userErrors: INVALID_INPUT, NOT_FOUND (counterId), ALREADY_RETIRED, APPOINTMENTS_AFFECTED (with futureAppointments), CANNOT_MOVE, RATE_LIMITED.',
  })
  async retireCounter(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => RetireCounterInput, {
      description: 'Which counter, and what happens to its upcoming appointments.',
    })
    input: RetireCounterInput,
  ): Promise<RetireCounterPayload> {
    const { retired, ...rest } = await retirementPayload(ctx.lang, () =>
      retireCounter(
        ctx.useCase,
        inputUuid(input.counterId, 'Counter', 'counterId'),
        input.futureAppointments ?? null,
      ),
    );
    return { counter: retired && toCounter(retired, ctx.lang), ...rest };
  }

  @Authorized(Access.ADMIN)
  @Query(() => [StaffMember], {
    description: 'Everyone with staff or admin rights, by e-mail address.',
  })
  async staffMembers(@Ctx() ctx: GraphQLContext): Promise<StaffMember[]> {
    return (await staffAccounts(ctx.useCase)).map((account) => toStaffMember(account, ctx.lang));
  }

  @Authorized(Access.ADMIN)
  @Mutation(() => StaffMemberPayload, {
    description:
      'Gives a person staff access to offices (and admin rights); a new address gets an account and an invitation e-mail. For someone who has access already, it replaces their offices and admin rights. userErrors: INVALID_INPUT (a field, or an office in officeIds does not exist), LAST_ADMIN (admin: false for the last admin).',
  })
  async grantStaffAccess(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => GrantStaffAccessInput, {
      description:
        'The person’s e-mail address and name, their offices, and whether they are an admin; they get an invitation.',
    })
    input: GrantStaffAccessInput,
  ): Promise<StaffMemberPayload> {
    const { result, userErrors } = await asPayload(ctx.lang, AccountErrorCode, () =>
      grantStaffAccess(ctx.useCase, {
        ...input,
        officeIds: input.officeIds.map((id) => inputUuid(id, 'Office', 'officeIds')),
      }),
    );
    return { staffMember: result && toStaffMember(result, ctx.lang), userErrors };
  }

  @Authorized(Access.ADMIN)
  @Mutation(() => StaffMemberPayload, {
    description:
      'Ends a person’s staff access and admin rights; they keep a citizen account. userErrors: NOT_FOUND, LAST_ADMIN (the last admin’s).',
  })
  async revokeStaffAccess(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => RevokeStaffAccessInput, {
      description: 'Whose staff rights end; their open WebSockets close.',
    })
    input: RevokeStaffAccessInput,
  ): Promise<StaffMemberPayload> {
    const { result, userErrors } = await asPayload(ctx.lang, AccountErrorCode, () =>
      revokeStaffAccess(ctx.useCase, inputUuid(input.accountId, 'Account', 'accountId')),
    );
    return { staffMember: result && toStaffMember(result, ctx.lang), userErrors };
  }

  @Authorized(Access.ADMIN)
  @Query(() => ApiKeyConnection, {
    description:
      'Every account’s keys for the public API, newest first, revoked ones included, with their owners: for admins to see who may call the API and to revoke (`revokeApiKey`). Your own keys are also in `me.apiKeys`.',
  })
  async apiKeys(@Ctx() ctx: GraphQLContext, @Args() args: PageArgs): Promise<Connection<ApiKey>> {
    const page = requestedPage(args, ctx.lang);
    const { apiKeys, totalCount } = await orQueryError(ctx.lang, () =>
      allApiKeys(ctx.useCase, page),
    );
    return toConnection(apiKeys.map(toApiKey), page, totalCount);
  }

  @Authorized(Access.ADMIN)
  @Mutation(() => ApiKeyPayload, {
    description:
      'Sets the office scopes of an API key, replacing those it had: for an integration (specialist software) the town approved. Takes effect at once, also on the key’s open WebSockets (closed with 4403 so that they reconnect with the new rights). userErrors: NOT_FOUND (no live key, or an unknown office), INVALID_INPUT (more than 50 scopes).',
  })
  async setApiKeyScopes(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => SetApiKeyScopesInput, {
      description: 'The key and every scope it has from now on.',
    })
    input: SetApiKeyScopesInput,
  ): Promise<ApiKeyPayload> {
    const { result, userErrors } = await asPayload(ctx.lang, AccountErrorCode, () =>
      setApiKeyScopes(ctx.useCase, {
        apiKeyId: inputUuid(input.apiKeyId, 'ApiKey', 'apiKeyId'),
        scopes: input.scopes.map((grant, index) => ({
          scope: grant.scope,
          officeId: inputUuid(grant.officeId, 'Office', `scopes.${index}.officeId`),
        })),
      }),
    );
    return { apiKey: result && toApiKey(result), userErrors };
  }

  @Authorized(Access.ADMIN)
  @Query(() => [KioskDevice], {
    description: 'All lobby kiosks, newest first, revoked ones included.',
  })
  async kioskDevices(@Ctx() ctx: GraphQLContext): Promise<KioskDevice[]> {
    const devices = await kioskDevices(ctx.useCase);
    return Promise.all(devices.map((device) => toKioskDevice(ctx, device)));
  }

  @Authorized(Access.KIOSK)
  @Query(() => KioskDevice, {
    nullable: true,
    description:
      'The lobby kiosk whose device token is calling: where it stands and its office. The kiosk client asks it once to check its token and learn its office.',
  })
  async kiosk(@Ctx() ctx: GraphQLContext): Promise<KioskDevice | null> {
    const device = await currentKioskDevice(ctx.useCase);
    return device && toKioskDevice(ctx, device);
  }

  @Authorized(Access.ADMIN)
  @Mutation(() => IssueKioskTokenPayload, {
    description:
      'Registers a lobby kiosk and returns its device token once. userErrors: INVALID_INPUT, NOT_FOUND (officeId).',
  })
  async issueKioskToken(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => IssueKioskTokenInput, {
      description: 'The office whose lobby the kiosk stands in, and a name for where it stands.',
    })
    input: IssueKioskTokenInput,
  ): Promise<IssueKioskTokenPayload> {
    const { result, userErrors } = await asPayload(ctx.lang, AccountErrorCode, () =>
      issueKioskToken(ctx.useCase, {
        officeId: inputUuid(input.officeId, 'Office', 'officeId'),
        name: input.name,
      }),
    );
    return {
      kioskDevice: result && (await toKioskDevice(ctx, result.device)),
      token: result?.token ?? null,
      userErrors,
    };
  }

  @Authorized(Access.ADMIN)
  @Mutation(() => KioskDevicePayload, {
    description: 'Revokes a kiosk’s token at once. userErrors: NOT_FOUND.',
  })
  async revokeKioskDevice(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => RevokeKioskDeviceInput, {
      description: 'Which kiosk stops working; its open WebSockets close.',
    })
    input: RevokeKioskDeviceInput,
  ): Promise<KioskDevicePayload> {
    const { result, userErrors } = await asPayload(ctx.lang, AccountErrorCode, () =>
      revokeKioskDevice(
        ctx.useCase,
        inputUuid(input.kioskDeviceId, 'KioskDevice', 'kioskDeviceId'),
      ),
    );
    return { kioskDevice: result && (await toKioskDevice(ctx, result)), userErrors };
  }
}
