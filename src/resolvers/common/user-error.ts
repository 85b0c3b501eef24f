import { Field, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'An expected refusal of a mutation that the user can act on: the code is stable and for programs, the message is for people, in the requested language.',
})
export class UserError {
  @Field({ description: 'Stable machine-readable code, e.g. SLOT_TAKEN or INVALID_INPUT.' })
  code!: string;

  @Field(() => [String], {
    nullable: true,
    description: 'Path to the input field the error concerns, e.g. ["email"]; null when none.',
  })
  field!: string[] | null;

  @Field({ description: 'What went wrong and what to do, for the person using the client.' })
  message!: string;
}
