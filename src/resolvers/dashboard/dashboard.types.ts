import { ArgsType, Field, ID, Int, ObjectType } from 'type-graphql';

// The office dashboard: figures only, never a citizen's name or message, so reading it is not
// recorded in anyone's data access log.

@ObjectType({
  description:
    'One local day of an office in figures: its appointments by their start, its conversations by when they were started.',
})
export class OfficeDashboardDay {
  @Field({ description: 'The local day, "YYYY-MM-DD" (the town’s time zone).' })
  day!: string;

  @Field(() => Int, { description: 'Appointments booked for the day and not cancelled.' })
  booked!: number;

  @Field(() => Int, { description: 'Appointments of the day that were cancelled.' })
  cancelled!: number;

  @Field(() => Int, {
    description: 'Booked appointments of the day that checked in (at the kiosk or by phone).',
  })
  checkedIn!: number;

  @Field(() => Int, {
    description:
      'Booked appointments of the day that did not come: called and marked as not come, or not checked in by 15 minutes after their start.',
  })
  noShows!: number;

  @Field(() => Int, { description: 'Conversations citizens started with the office that day.' })
  conversationsStarted!: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'Median seconds of opening hours from the start of the day’s conversations to the office’s first answer (time while the office is closed does not count); null when none was answered.',
  })
  firstAnswerMedianSeconds!: number | null;
}

@ObjectType({
  description:
    'One of your offices at a glance: what is open now, today’s appointments, and each day of the period, for its staff.',
})
export class OfficeDashboard {
  @Field(() => Int, { description: 'Conversations of the office that are not closed.' })
  openConversations!: number;

  @Field(() => Int, {
    description:
      'Open conversations whose citizen waits for an answer: their latest message came after the office’s last one.',
  })
  awaitingAnswer!: number;

  @Field(() => Date, {
    nullable: true,
    description:
      'Since when the citizen who has waited longest for an answer waits (their first unanswered message); null when nobody waits.',
  })
  oldestWaitingSince!: Date | null;

  @Field(() => Int, {
    description:
      'Announcements in force now for the office’s citizens: its own and the town-wide ones.',
  })
  noticesInForce!: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'Median seconds of opening hours to the office’s first answer (time while the office is closed does not count) over the conversations started in the period; null when none was answered.',
  })
  firstAnswerMedianSeconds!: number | null;

  @Field(() => OfficeDashboardDay, { description: 'Today’s figures (the last of `days`).' })
  today!: OfficeDashboardDay;

  @Field(() => [OfficeDashboardDay], {
    description:
      'Each local day of the period, oldest first and ending today, days without anything included.',
  })
  days!: OfficeDashboardDay[];
}

@ArgsType()
export class OfficeDashboardArgs {
  @Field(() => ID, { description: 'An office you work for (admins: any).' })
  officeId!: string;

  @Field(() => Int, {
    defaultValue: 30,
    description: 'How many local days, ending today, `days` covers: 1 to 90.',
  })
  days!: number;
}
