import type { TestServer } from '../../../../tests/support/test-server.js';

export type BookingInput = {
  serviceId: string;
  officeId: string;
  startsAt: string;
  name: string;
  email: string;
};

let sequence = 0;

/** A booking of the demo town's identity card at Bürgerbüro Nord (Tuesday 12 January, 11:00). */
export async function demoBooking(
  server: TestServer,
  overrides: Partial<BookingInput> = {},
): Promise<BookingInput> {
  const { body } = await server.gql<{
    services: {
      edges: Array<{
        node: { id: string; name: string; offices: Array<{ id: string; name: string }> };
      }>;
    };
  }>(
    `{ services(query: "Personalausweis beantragen", first: 5, lang: DE) {
         edges { node { id name offices { id name } } } } }`,
  );
  const service = body.data?.services.edges.find(
    (edge) => edge.node.name === 'Personalausweis beantragen',
  )?.node;
  const office = service?.offices.find((entry) => entry.name === 'Bürgerbüro Nord');
  if (!service || !office)
    throw new Error('The demo town has no identity card at Bürgerbüro Nord.');
  sequence += 1;
  return {
    serviceId: service.id,
    officeId: office.id,
    startsAt: '2027-01-12T09:00:00.000Z',
    name: 'Erika Mustermann',
    email: `erika.${sequence}.${Date.now().toString(36)}@example.org`,
    ...overrides,
  };
}

export async function bookThroughApi(
  server: TestServer,
  input: BookingInput,
): Promise<{ code: string }> {
  const { body } = await server.gql<{
    bookAppointment: {
      appointment: { code: string } | null;
      userErrors: Array<{ code: string; message: string }>;
    };
  }>(
    `mutation($input: BookAppointmentInput!) {
       bookAppointment(input: $input) { appointment { code } userErrors { code message } } }`,
    { input },
  );
  const payload = body.data?.bookAppointment;
  if (!payload?.appointment) {
    throw new Error(`Booking failed: ${JSON.stringify(body.errors ?? payload?.userErrors)}`);
  }
  return { code: payload.appointment.code };
}
