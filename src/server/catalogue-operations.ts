import {
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  type DocumentNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { perFragment } from './fragments.js';

/**
 * The fields an operation may select and still have its answer kept by the catalogue response
 * cache: the public catalogue roots and every field reachable from them. Each was audited
 * (docs/decisions/0009-catalogue-response-cache.md): it reads only the tables office, category,
 * service, service_office, counter, schedule and application_form, whose every write calls
 * `catalogueChanged`, and it does not depend on who asks. The one field that depends on the clock, Office.openingHours
 * (the schedules valid today), is covered by the local date in the cache key.
 *
 * A field that is not listed (a new one, say `Service.nextFreeSlot`) makes an operation that
 * selects it uncacheable; the catalogue cache test fails until it has been audited and listed
 * here, or declared uncacheable there.
 */
export const CATALOGUE_FIELDS: ReadonlySet<string> = new Set([
  // The service table, written by createService and updateService, which invalidate the cache.
  'Service.bookingWindow',
  'Service.scarce',
  'BookingWindow.earliestDaysAhead',
  'BookingWindow.latestDaysAhead',
  'BookingWindow.minimumNoticeMinutes',
  'BookingWindow.bufferMinutes',
  'BookingWindow.dailyLimit',
  'Query.offices',
  'Query.categories',
  'Query.services',
  'Query.service',
  'ServiceConnection.edges',
  'ServiceConnection.pageInfo',
  'ServiceConnection.totalCount',
  'ServiceEdge.cursor',
  'ServiceEdge.node',
  'PageInfo.hasNextPage',
  'PageInfo.hasPreviousPage',
  'PageInfo.startCursor',
  'PageInfo.endCursor',
  'Node.id',
  'Service.id',
  'Service.slug',
  'Service.leikaKey',
  'Service.name',
  'Service.description',
  'Service.fee',
  'Service.documents',
  'Service.durationMinutes',
  'Service.processingTime',
  'Service.legalBasis',
  'Service.offices',
  'Service.category',
  'Service.keywords',
  'Service.texts',
  'Service.retiredAt',
  // The service's online application form: application_form is written by saveApplicationForm
  // and removeApplicationForm only, which call catalogueChanged as every catalogue write does.
  'Service.onlineApplication',
  'ApplicationForm.id',
  'ApplicationForm.version',
  'ApplicationForm.definition',
  'ApplicationForm.fee',
  'ApplicationForm.processingDays',
  'ApplicationForm.retentionYears',
  'ApplicationForm.service',
  'ServiceTexts.name',
  'ServiceTexts.description',
  'ServiceTexts.documents',
  'ServiceTexts.processingTime',
  'LocalizedTexts.de',
  'LocalizedTexts.en',
  'LocalizedTexts.deLs',
  'LocalizedLists.de',
  'LocalizedLists.en',
  'LocalizedLists.deLs',
  'Money.amountCents',
  'Money.currency',
  'Category.id',
  'Category.slug',
  'Category.name',
  'Category.names',
  'Office.id',
  'Office.slug',
  'Office.name',
  'Office.names',
  'Office.address',
  'Office.phone',
  'Office.email',
  'Office.website',
  'Office.openingHours',
  'Office.retiredAt',
  'LocalizedText.de',
  'LocalizedText.en',
  'LocalizedText.deLs',
  'Address.street',
  'Address.postalCode',
  'Address.city',
  'OpeningHours.weekday',
  'OpeningHours.opens',
  'OpeningHours.closes',
]);

/**
 * Arguments whose answer depends on who asks: `services(includeRetired:)` is honoured for admins
 * only, so an admin's answer must never be kept for anyone else, nor anyone's for an admin.
 */
const PER_CALLER_ARGUMENTS: ReadonlySet<string> = new Set(['includeRetired']);

/**
 * Whether the operation is a query that selects catalogue fields only, through any fragments.
 * The document must have passed validation (no fragment cycles, fields exist).
 */
export function selectsOnlyCatalogue(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): boolean {
  const queryType = schema.getQueryType();
  if (operation.operation !== 'query' || !queryType) return false;
  const fragmentOnlyCatalogue = perFragment(document, false, (fragment) => {
    const condition = schema.getType(fragment.typeCondition.name.value);
    return condition !== undefined && onlyCatalogue(fragment.selectionSet, condition);
  });

  const onlyCatalogue = (selectionSet: SelectionSetNode, type: GraphQLNamedType): boolean =>
    selectionSet.selections.every((selection) => {
      switch (selection.kind) {
        case Kind.FIELD: {
          const name = selection.name.value;
          if (name === '__typename') return true;
          if (!CATALOGUE_FIELDS.has(`${type.name}.${name}`)) return false;
          if (
            selection.arguments?.some((argument) => PER_CALLER_ARGUMENTS.has(argument.name.value))
          )
            return false;
          if (!isObjectType(type) && !isInterfaceType(type)) return false;
          const field = type.getFields()[name];
          if (!field) return false;
          return (
            !selection.selectionSet ||
            onlyCatalogue(selection.selectionSet, getNamedType(field.type))
          );
        }
        case Kind.INLINE_FRAGMENT: {
          const condition = selection.typeCondition
            ? schema.getType(selection.typeCondition.name.value)
            : type;
          return condition !== undefined && onlyCatalogue(selection.selectionSet, condition);
        }
        case Kind.FRAGMENT_SPREAD:
          return fragmentOnlyCatalogue(selection.name.value);
      }
    });

  return onlyCatalogue(operation.selectionSet, queryType);
}
