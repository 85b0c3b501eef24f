import { Field, InterfaceType, ObjectType, registerEnumType } from 'type-graphql';

// `code` is not declared here: GraphQL does not let an implementation narrow an interface's
// String field to an enum, and each mutation's codes are an enum of their own.
@InterfaceType({
  description:
    'An expected refusal of a mutation that the user can act on; the message is for people, in the requested language. Every implementation also has `code`, stable and for programs, from the enum of its mutation’s codes (e.g. BookAppointmentError.code: BookAppointmentErrorCode).',
})
export abstract class UserError {
  @Field(() => [String], {
    nullable: true,
    description: 'Path to the input field the error concerns, e.g. ["email"]; null when none.',
  })
  field!: string[] | null;

  @Field({ description: 'What went wrong and what to do, for the person using the client.' })
  message!: string;
}

/** A user error of a mutation whose codes are `Code`. */
export type UserErrorOf<Code extends string> = {
  code: Code;
  field: string[] | null;
  message: string;
};

/**
 * The error type of the mutations that refuse with one code enum (src/<domain>/*.errors.ts):
 * registers the enum as `<name>ErrorCode` with a description of every value (a value without
 * one does not compile) and returns the object type `<name>Error`, which implements UserError
 * with `code` of that enum. Beside it goes `export type XError = InstanceType<typeof XError>`,
 * so that a payload reads `@Field(() => [XError]) userErrors!: XError[]` and the resolver's
 * `asPayload(ctx.lang, XErrorCode, …)` must name the same enum.
 */
export function userErrorType<Codes extends Record<string, string>>(
  codes: Codes,
  type: {
    /** The prefix of both names, e.g. BookAppointment. */
    name: string;
    /** Whose refusals these are, e.g. "bookAppointment". */
    refusalsOf: string;
    /** What each code means, for the schema (the enum's doc comments). */
    values: Record<keyof Codes, { description: string }>;
  },
) {
  registerEnumType(codes, {
    name: `${type.name}ErrorCode`,
    description: `The codes with which ${type.refusalsOf} refuses; a code once published never changes its meaning.`,
    valuesConfig: type.values,
  });

  @ObjectType(`${type.name}Error`, {
    implements: UserError,
    description: `A refusal of ${type.refusalsOf}: a stable code for programs, the input field it concerns, and a message for people.`,
  })
  class CodedUserError extends UserError {
    @Field(() => codes, { description: 'Stable machine-readable code, for programs to switch on.' })
    code!: Codes[keyof Codes];
  }
  return CodedUserError;
}
