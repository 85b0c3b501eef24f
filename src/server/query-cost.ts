import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { MAX_CLOSURES } from '../appointments/appointment-rules.js';
import { MAX_TEMPLATES_PER_OFFICE } from '../messaging/messaging-rules.js';
import { MAX_ENDPOINTS_PER_KEY } from '../webhooks/webhook.service.js';
import { MAX_WEBHOOK_ATTEMPTS } from '../webhooks/webhook-worker.js';
import { perFragment } from './fragments.js';

// What an operation costs to answer, weighed before it runs, with its variables
// (docs/decisions/0013-query-cost.md). One point is about one object in the answer; fields that
// make the database work harder than their objects show weigh more. The numbers are estimates
// from above: an operation never costs more than it was weighed at.

/** Items a connection page has when `first`/`last` is not given, and the most it may have. */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
/** Items assumed for a list without a page size (an office's services, a service's offices). */
export const DEFAULT_LIST_SIZE = 10;
/** Slots of one day, as freeSlots and officeAppointments are weighed: ten hours of 15 minutes. */
export const SLOTS_PER_DAY = 40;
/** Days a period may span (freeSlots, officeAppointments). */
export const MAX_DAYS = 31;
/** A full-text search of the catalogue (services(query:)) on top of its page. */
export const SEARCH_COST = 50;
/** Retiring an office, a service or a counter, with what it does to their appointments. */
export const RETIREMENT_COST = 100;
/** Deciding on an application: its letter is rendered as a PDF and written to the disk. */
export const DECISION_COST = 20;
/** Holding a time: the slot query, the release of expired holds and the insert, as a booking. */
export const HOLD_COST = 10;
/** Checking a webhook URL: its host name is resolved (and an endpoint is one more receiver). */
export const WEBHOOK_URL_COST = 10;
/** Submitting an application: its receipt is rendered as a PDF and written to the disk. */
export const RECEIPT_COST = 20;
const DAY_MS = 24 * 60 * 60 * 1000;

type Arguments = Record<string, unknown>;

/** Days in [from, to), at least 1 and at most MAX_DAYS; MAX_DAYS when they are not instants. */
function days(args: Arguments): number {
  const from = Date.parse(String(args.from));
  const to = Date.parse(String(args.to));
  if (Number.isNaN(from) || Number.isNaN(to)) return MAX_DAYS;
  return Math.min(MAX_DAYS, Math.max(1, Math.ceil((to - from) / DAY_MS)));
}

/** A page size as the resolvers take it; more than the maximum is refused there anyway. */
function pageSize(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return DEFAULT_PAGE_SIZE;
  return Math.min(MAX_PAGE_SIZE, Math.max(0, Math.ceil(value)));
}

/** Fields whose answer or work is not what their type says. */
const FIELD_COSTS: Record<
  string,
  { items?: (args: Arguments) => number; own?: (args: Arguments) => number }
> = {
  'Query.freeSlots': { items: (args) => days(args) * SLOTS_PER_DAY },
  'Query.officeAppointments': { items: (args) => days(args) * SLOTS_PER_DAY },
  'Query.services': {
    own: (args) => (typeof args.query === 'string' && args.query.trim() !== '' ? SEARCH_COST : 0),
  },
  // An office's open tickets of the day: a busy lobby has up to a hundred.
  'Query.officeQueue': { items: () => 100 },
  'Query.queueStatistics': { items: () => MAX_DAYS },
  // Retiring may cancel and notify, or move, hundreds of appointments in one transaction.
  'Mutation.retireOffice': { own: () => RETIREMENT_COST },
  'Mutation.retireService': { own: () => RETIREMENT_COST },
  'Mutation.retireCounter': { own: () => RETIREMENT_COST },
  // Cancels and notifies a period's appointments in one transaction, as retiring does.
  'Mutation.cancelOfficeAppointments': { own: () => RETIREMENT_COST },
  'Mutation.holdSlot': { own: () => HOLD_COST },
  // Sends a guest's confirmation e-mail, and is one more entry every freed time is matched against.
  'Mutation.joinWaitlist': { own: () => HOLD_COST },
  // A scarce thing as a hold is: one request per person and release.
  'Mutation.requestReleasedTime': { own: () => HOLD_COST },
  'Mutation.approveApplication': { own: () => DECISION_COST },
  'Mutation.rejectApplication': { own: () => DECISION_COST },
  'Mutation.submitApplication': { own: () => RECEIPT_COST },
  // A day of figures per day asked for (at most 90; 30 when not given), on top of three
  // aggregate statements.
  'Query.officeDashboard': {
    items: (args) => (typeof args.days === 'number' ? Math.min(90, Math.max(1, args.days)) : 30),
  },
  'Query.answerTemplates': { items: () => MAX_TEMPLATES_PER_OFFICE },
  'Mutation.createWebhookEndpoint': { own: () => WEBHOOK_URL_COST },
  'Mutation.updateWebhookEndpoint': { own: () => WEBHOOK_URL_COST },
  'WebhookEndpoint.deliveries': { items: (args) => pageSize(args.first) },
  'ApiKey.webhookEndpoints': { items: () => MAX_ENDPOINTS_PER_KEY },
  'WebhookDelivery.attempts': { items: () => MAX_WEBHOOK_ATTEMPTS },
  'Query.closures': { items: () => MAX_CLOSURES },
  // An office's staff: a large office has a few dozen.
  'Inbox.colleagues': { items: () => 50 },
  'Query.nodes': {
    items: (args) => (Array.isArray(args.ids) ? Math.min(args.ids.length, 100) : 100),
  },
};

function argumentsOf(
  node: FieldNode,
  variables: Record<string, unknown>,
  defaults: Record<string, unknown>,
): Arguments {
  const args: Arguments = {};
  for (const argument of node.arguments ?? []) {
    args[argument.name.value] =
      argument.value.kind === Kind.VARIABLE
        ? (variables[argument.value.name.value] ?? defaults[argument.value.name.value])
        : valueFromASTUntyped(argument.value, variables);
  }
  return args;
}

/**
 * The cost of `operation` with `variables` (as the client sent them). The document must have
 * passed validation. Each fragment is weighed once per page size it is used with, and a fragment
 * spread twice into one selection counts once (graphql-js runs it once), so the work is linear in
 * the document. Introspection (`__schema`, `__type` and what they contain) costs nothing: its
 * answer is bounded by the schema, and its nesting by the depth rule.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): number {
  const root =
    operation.operation === 'query'
      ? schema.getQueryType()
      : operation.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  if (!root) return 0;
  const defaults: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue) {
      defaults[definition.variable.name.value] = valueFromASTUntyped(definition.defaultValue);
    }
  }
  // Each fragment is weighed once per page size of the lists it lies in.
  const fragmentCost = perFragment<number, number | null>(document, 0, (fragment, page) => {
    const type = schema.getType(fragment.typeCondition.name.value);
    return type ? selectionCost(fragment.selectionSet, type, page ?? null, new Set()) : 0;
  });

  function fieldCost(
    node: FieldNode,
    field: GraphQLField<unknown, unknown>,
    parent: GraphQLNamedType,
    page: number | null,
  ): number {
    const named = getNamedType(field.type);
    if (named.name.startsWith('__')) return 0;
    const args = argumentsOf(node, variables, defaults);
    const rule = FIELD_COSTS[`${parent.name}.${node.name.value}`];
    const own = (rule?.own?.(args) ?? 0) + (node.name.value === 'totalCount' ? 1 : 0);
    if (!isCompositeType(named) || !node.selectionSet) return own;
    // A page size applies to the lists below this field (a connection's edges), not to itself.
    const paged = field.args.some((arg) => arg.name === 'first' || arg.name === 'last');
    const list = isListType(getNullableType(field.type));
    const items = rule?.items?.(args) ?? (list ? (page ?? DEFAULT_LIST_SIZE) : 1);
    const innerPage = paged ? pageSize(args.first ?? args.last) : list ? null : page;
    return own + items * (1 + selectionCost(node.selectionSet, named, innerPage, new Set()));
  }

  function selectionCost(
    selectionSet: SelectionSetNode,
    type: GraphQLNamedType,
    page: number | null,
    spread: Set<string>,
  ): number {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (!isObjectType(type) && !isInterfaceType(type)) continue;
        const field = type.getFields()[selection.name.value];
        if (field) cost += fieldCost(selection, field, type, page);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition
          ? schema.getType(selection.typeCondition.name.value)
          : type;
        if (condition) cost += selectionCost(selection.selectionSet, condition, page, spread);
      } else if (!spread.has(selection.name.value)) {
        spread.add(selection.name.value);
        cost += fragmentCost(selection.name.value, page);
      }
    }
    return cost;
  }

  return selectionCost(operation.selectionSet, root, null, new Set());
}
