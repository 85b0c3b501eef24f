import { Role } from '../../src/entities/accounts/account.entity.js';
import { MAX_TEMPLATES_PER_OFFICE } from '../../src/messaging/messaging-rules.js';
import { bearer, createAccount, signIn } from '../support/accounts.js';
import { createBookingFixture } from '../support/fixtures.js';
import { messagingTown, type Party } from '../support/messaging.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ now: new Date('2027-03-02T09:00:00Z') });
});

afterAll(async () => {
  await server.close();
});

type UserErrors = Array<{ code: string; field: string[] | null; message: string }>;
type Template = {
  id: string;
  name: string;
  body: string;
  updatedAt: string;
  updatedBy: { name: string } | null;
};
type TemplatePayload = { answerTemplate: Template | null; userErrors: UserErrors };

const FIELDS = 'id name body updatedAt updatedBy { name }';
const LIST = `query($o: ID!) { answerTemplates(officeId: $o) { ${FIELDS} } }`;
const CREATE = `mutation($input: CreateAnswerTemplateInput!) {
  createAnswerTemplate(input: $input) { answerTemplate { ${FIELDS} } userErrors { code field message } }
}`;
const UPDATE = `mutation($input: UpdateAnswerTemplateInput!) {
  updateAnswerTemplate(input: $input) { answerTemplate { ${FIELDS} } userErrors { code field message } }
}`;
const DELETE = `mutation($input: DeleteAnswerTemplateInput!) {
  deleteAnswerTemplate(input: $input) { deletedAnswerTemplateId userErrors { code field message } }
}`;

async function party(options: Parameters<typeof createAccount>[1]): Promise<Party> {
  const account = await createAccount(server, options);
  const token = await signIn(server, account);
  return { account, token, headers: bearer(token) };
}

async function create(
  by: Party,
  input: { officeId: string; name: string; body: string },
): Promise<TemplatePayload> {
  const { body } = await server.gql<{ createAnswerTemplate: TemplatePayload }>(
    CREATE,
    { input },
    by.headers,
  );
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data.createAnswerTemplate;
}

async function list(by: Party, officeId: string) {
  return server.gql<{ answerTemplates: Template[] }>(LIST, { o: officeId }, by.headers);
}

function storedTemplates(officeUuid: string) {
  return server.orm.em
    .fork()
    .execute<Array<{ name: string; body: string }>>(
      'select name, body from answer_template where office_id = ? order by name',
      [officeUuid],
    );
}

describe('the office’s staff', () => {
  it('create, list by name, edit and delete their office’s templates', async () => {
    // Given a clerk of an office and a colleague
    const { town, clerk } = await messagingTown(server);
    const colleague = await party({
      roles: [Role.STAFF],
      officeIds: [town.officeId],
      name: 'Frau Kollegin',
    });

    // When the clerk writes two templates (names and texts trimmed)
    const passport = await create(clerk, {
      officeId: town.office,
      name: '  Reisepass abholbereit ',
      body: 'Guten Tag {name},\nIhr Reisepass liegt zur Abholung bereit.\n',
    });
    const hours = await create(clerk, {
      officeId: town.office,
      name: 'Öffnungszeiten',
      body: 'Wir sind montags bis freitags von 8 bis 12 Uhr für Sie da.',
    });

    // Then both exist, trimmed, written by the clerk, listed by name for the colleague too
    expect(passport).toEqual({
      answerTemplate: {
        id: expect.any(String),
        name: 'Reisepass abholbereit',
        body: 'Guten Tag {name},\nIhr Reisepass liegt zur Abholung bereit.',
        updatedAt: '2027-03-02T09:00:00.000Z',
        updatedBy: { name: 'Herr Sachbearbeiter' },
      },
      userErrors: [],
    });
    expect(hours.userErrors).toEqual([]);
    const listed = await list(colleague, town.office);
    expect(listed.body.data!.answerTemplates.map((t) => t.name)).toEqual([
      'Öffnungszeiten',
      'Reisepass abholbereit',
    ]);

    // When the colleague edits one
    server.clock.set(new Date('2027-03-02T10:00:00Z'));
    const { body: updated } = await server.gql<{ updateAnswerTemplate: TemplatePayload }>(
      UPDATE,
      {
        input: {
          id: passport.answerTemplate!.id,
          name: 'Reisepass fertig',
          body: 'Ihr Reisepass ist fertig.',
        },
      },
      colleague.headers,
    );

    // Then it has the new name and text, and says who changed it when
    expect(updated.data!.updateAnswerTemplate).toEqual({
      answerTemplate: {
        id: passport.answerTemplate!.id,
        name: 'Reisepass fertig',
        body: 'Ihr Reisepass ist fertig.',
        updatedAt: '2027-03-02T10:00:00.000Z',
        updatedBy: { name: 'Frau Kollegin' },
      },
      userErrors: [],
    });

    // When the clerk deletes the other one
    const { body: deleted } = await server.gql<{
      deleteAnswerTemplate: { deletedAnswerTemplateId: string; userErrors: UserErrors };
    }>(DELETE, { input: { id: hours.answerTemplate!.id } }, clerk.headers);

    // Then only the edited one is stored
    expect(deleted.data!.deleteAnswerTemplate).toEqual({
      deletedAnswerTemplateId: hours.answerTemplate!.id,
      userErrors: [],
    });
    expect(await storedTemplates(town.officeId)).toEqual([
      { name: 'Reisepass fertig', body: 'Ihr Reisepass ist fertig.' },
    ]);
    const node = await server.gql<{ node: { name: string } | null }>(
      'query($id: ID!) { node(id: $id) { ... on AnswerTemplate { name } } }',
      { id: passport.answerTemplate!.id },
      clerk.headers,
    );
    expect(node.body.data).toEqual({ node: { name: 'Reisepass fertig' } });
    server.clock.set(new Date('2027-03-02T09:00:00Z'));
  });

  it('refuse a second template of the same name in the office, but not in another office', async () => {
    const { town, clerk } = await messagingTown(server);
    const other = await createBookingFixture(server.orm);
    const admin = await party({ roles: [Role.ADMIN] });
    const first = await create(clerk, { officeId: town.office, name: 'Termin', body: 'A' });
    expect(first.userErrors).toEqual([]);

    const again = await create(clerk, { officeId: town.office, name: ' Termin ', body: 'B' });
    expect(again).toEqual({
      answerTemplate: null,
      userErrors: [
        {
          code: 'NAME_TAKEN',
          field: ['name'],
          message: 'Ihr Amt hat schon eine Antwortvorlage mit diesem Namen.',
        },
      ],
    });
    const second = await create(clerk, { officeId: town.office, name: 'Termin 2', body: 'B' });
    const renamed = await server.gql<{ updateAnswerTemplate: TemplatePayload }>(
      UPDATE,
      { input: { id: second.answerTemplate!.id, name: 'Termin', body: 'B' } },
      clerk.headers,
    );
    expect(renamed.body.data!.updateAnswerTemplate.userErrors.map((e) => e.code)).toEqual([
      'NAME_TAKEN',
    ]);
    // An admin works for every office: the same name elsewhere is fine.
    const elsewhere = await create(admin, { officeId: other.office, name: 'Termin', body: 'C' });
    expect(elsewhere.userErrors).toEqual([]);
    expect((await storedTemplates(town.officeId)).map((t) => t.name)).toEqual([
      'Termin',
      'Termin 2',
    ]);
  });

  it('get every problem of an invalid template, naming the fields, and nothing is stored', async () => {
    const { town, clerk } = await messagingTown(server);
    const blank = await create(clerk, { officeId: town.office, name: '   ', body: '' });
    expect(blank.answerTemplate).toBeNull();
    expect(blank.userErrors.map(({ code, field }) => ({ code, field }))).toEqual([
      { code: 'INVALID_INPUT', field: ['name'] },
      { code: 'INVALID_INPUT', field: ['body'] },
    ]);
    const long = await create(clerk, {
      officeId: town.office,
      name: 'n'.repeat(81),
      body: 'b'.repeat(4001),
    });
    expect(long.userErrors).toEqual([
      {
        code: 'INVALID_INPUT',
        field: ['name'],
        message: 'Bitte geben Sie höchstens 80 Zeichen ein.',
      },
      {
        code: 'INVALID_INPUT',
        field: ['body'],
        message: 'Bitte geben Sie höchstens 4000 Zeichen ein.',
      },
    ]);
    const longest = await create(clerk, {
      officeId: town.office,
      name: 'n'.repeat(80),
      body: 'b'.repeat(4000),
    });
    expect(longest.userErrors).toEqual([]);
    const badId = await server.gql<{ updateAnswerTemplate: TemplatePayload }>(
      UPDATE,
      { input: { id: town.office, name: 'x', body: 'y' } },
      clerk.headers,
    );
    expect(badId.body.data!.updateAnswerTemplate.userErrors.map((e) => e.field)).toEqual([['id']]);
    expect(await storedTemplates(town.officeId)).toHaveLength(1);
  });

  it('refuse more than the limit of templates per office', async () => {
    const { town, clerk } = await messagingTown(server);
    await server.orm.em.fork().execute(
      `insert into answer_template (id, office_id, name, body, created_at, updated_at)
       select gen_random_uuid(), ?, 'Vorlage ' || n, 'Text', now(), now()
         from generate_series(1, ?) n`,
      [town.officeId, MAX_TEMPLATES_PER_OFFICE - 1],
    );
    // Two clerks add one at the same time: one gets the last place, the other is refused.
    const colleague = await party({ roles: [Role.STAFF], officeIds: [town.officeId] });
    const [mine, theirs] = await Promise.all([
      create(clerk, { officeId: town.office, name: 'Die letzte', body: 'x' }),
      create(colleague, { officeId: town.office, name: 'Auch die letzte', body: 'x' }),
    ]);
    expect([mine, theirs].map((payload) => payload.userErrors.map((e) => e.code)).sort()).toEqual([
      [],
      ['LIMIT_REACHED'],
    ]);
    const tooMany = await create(clerk, { officeId: town.office, name: 'Eine zu viel', body: 'x' });
    expect(tooMany.userErrors).toEqual([
      {
        code: 'LIMIT_REACHED',
        field: null,
        message: `Ihr Amt hat schon ${MAX_TEMPLATES_PER_OFFICE} Antwortvorlagen. Bitte löschen Sie zuerst eine, die nicht mehr gebraucht wird.`,
      },
    ]);
    expect(await storedTemplates(town.officeId)).toHaveLength(MAX_TEMPLATES_PER_OFFICE);
  });
});

describe('anyone else', () => {
  it('cannot read, write, change or delete another office’s templates, nor learn that they exist', async () => {
    // Given a template of office A, and a clerk of office B, a citizen and an anonymous caller
    const { town, clerk, citizen } = await messagingTown(server);
    const officeB = await createBookingFixture(server.orm);
    const clerkB = await party({ roles: [Role.STAFF], officeIds: [officeB.officeId] });
    const template = (
      await create(clerk, { officeId: town.office, name: 'Intern', body: 'Nur für A' })
    ).answerTemplate!;

    // Then B's clerk is refused A's list, cannot add to it, and A's template is NOT_FOUND for them
    const refused = await list(clerkB, town.office);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      argument: 'officeId',
    });
    expect(
      (await create(clerkB, { officeId: town.office, name: 'Fremd', body: 'x' })).userErrors,
    ).toEqual([expect.objectContaining({ code: 'FORBIDDEN', field: ['officeId'] })]);
    const changed = await server.gql<{ updateAnswerTemplate: TemplatePayload }>(
      UPDATE,
      { input: { id: template.id, name: 'Gekapert', body: 'x' } },
      clerkB.headers,
    );
    expect(changed.body.data!.updateAnswerTemplate).toEqual({
      answerTemplate: null,
      userErrors: [expect.objectContaining({ code: 'NOT_FOUND', field: ['id'] })],
    });
    const deleted = await server.gql<{
      deleteAnswerTemplate: { deletedAnswerTemplateId: string | null; userErrors: UserErrors };
    }>(DELETE, { input: { id: template.id } }, clerkB.headers);
    expect(deleted.body.data!.deleteAnswerTemplate.userErrors.map((e) => e.code)).toEqual([
      'NOT_FOUND',
    ]);
    for (const headers of [clerkB.headers, citizen.headers, {}]) {
      const node = await server.gql<{ node: unknown }>(
        'query($id: ID!) { node(id: $id) { id } }',
        { id: template.id },
        headers,
      );
      expect(node.body.data).toEqual({ node: null });
    }
    // Citizens and anonymous callers are refused the operations themselves
    expect((await list(citizen, town.office)).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await server.gql(LIST, { o: town.office });
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    // And the template is as it was
    expect(await storedTemplates(town.officeId)).toEqual([{ name: 'Intern', body: 'Nur für A' }]);
  });
});

describe('the database', () => {
  it('keeps names unique per office and texts within their limits, also for writes that bypass the API', async () => {
    const { town } = await messagingTown(server);
    const em = server.orm.em.fork();
    const insert = (name: string, body: string) =>
      em.execute(
        `insert into answer_template (id, office_id, name, body, created_at, updated_at)
         values (gen_random_uuid(), ?, ?, ?, now(), now())`,
        [town.officeId, name, body],
      );
    await insert('Doppelt', 'x');
    await expect(insert('Doppelt', 'y')).rejects.toThrow(/answer_template_office_name_unique/);
    await expect(insert('', 'y')).rejects.toThrow(/answer_template_name_length/);
    await expect(insert('Lang', 'b'.repeat(4001))).rejects.toThrow(/answer_template_body_length/);
    await expect(
      em.execute(
        `insert into answer_template (id, office_id, name, body, created_at, updated_at)
         values (gen_random_uuid(), gen_random_uuid(), 'Ohne Amt', 'x', now(), now())`,
      ),
    ).rejects.toThrow(/answer_template_office_id_foreign/);
  });
});
