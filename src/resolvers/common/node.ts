import { Field, ID, InterfaceType } from 'type-graphql';
import { fromGlobalId } from './global-id.js';

@InterfaceType({
  description: 'An object with a global ID that `node(id:)` can fetch again.',
  // The type is part of every global ID, so API objects need no type tag of their own.
  resolveType: (value: { id: string }) => fromGlobalId(value.id)?.type,
})
export abstract class Node {
  @Field(() => ID, { description: 'Opaque global ID; stable, but never to be parsed by clients.' })
  id!: string;
}
