import { readFileSync, readdirSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import {
  answerErrors,
  applicableDocuments,
  definitionErrors,
  fieldWidget,
  missingDocuments,
  requiredField,
  visibleAnswers,
  visibleSections,
  type FieldError,
  type FormDefinition,
} from '../../src/applications/form-definition.js';
import { certificateOfResidenceForm } from '../../src/applications/forms/certificate-of-residence.js';
import { dogRegistrationForm } from '../../src/applications/forms/dog-registration.js';
import { residentialParkingPermitForm } from '../../src/applications/forms/residential-parking-permit.js';

/** Pointer and code of each error, in order: what a client relies on. */
const found = (errors: FieldError[]) => errors.map(({ pointer, code }) => ({ pointer, code }));

const parkingPermit = () => ({
  applicant: { givenName: 'Erika', familyName: 'Mustermann', dateOfBirth: '1984-08-12' },
  address: {
    street: 'Ludgeristraße',
    houseNumber: '12a',
    postalCode: '48143',
    city: 'Münster',
    registered: true,
  },
  vehicle: { licencePlate: 'MS-AB 123', make: 'VW Golf', keeper: 'applicant' },
  permit: { validity: 'one-year', startDate: '2027-01-01' },
});

const dogRegistration = () => ({
  owner: {
    givenName: 'Jonas',
    familyName: 'Schäfer',
    dateOfBirth: '1990-03-01',
    phone: '+49 251 123456',
    email: 'jonas.schaefer@example.org',
    address: { street: 'Am Markt', houseNumber: '3', postalCode: '48143', city: 'Münster' },
  },
  dog: {
    name: 'Bello',
    breed: 'Labrador-Mischling',
    sex: 'male',
    dateOfBirth: '2025-05-20',
    colour: 'schwarz',
    microchipNumber: '276098106012345',
  },
  keeping: { since: '2026-11-15', otherDogs: 0 },
  tax: { exemptionClaimed: false },
});

const certificateByPost = () => ({
  person: {
    givenName: 'Ayşe',
    familyName: 'Yılmaz',
    dateOfBirth: '1975-12-24',
    onBehalf: false,
  },
  certificate: { kind: 'simple', purpose: 'employer', copies: 1 },
  delivery: {
    method: 'post',
    postalAddress: { street: 'Hauptstraße', houseNumber: '7', postalCode: '10115', city: 'Berlin' },
  },
});

const certificateForPickUp = () => {
  const answers = certificateByPost();
  return { ...answers, delivery: { method: 'pick-up' } };
};

const demoForms: [string, FormDefinition][] = [
  ['residential parking permit', residentialParkingPermitForm],
  ['dog registration', dogRegistrationForm],
  ['certificate of residence', certificateOfResidenceForm],
];

/** Every LocalizedText in a value, with where it is. */
function texts(value: unknown, at = ''): { at: string; text: Record<string, unknown> }[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => texts(item, `${at}/${index}`));
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  if (typeof record.de === 'string') return [{ at, text: record }];
  return Object.entries(record).flatMap(([key, item]) => texts(item, `${at}/${key}`));
}

describe('the demo forms', () => {
  it.each(demoForms)('the %s is a valid definition', (_name, form) => {
    expect(definitionErrors(form)).toEqual([]);
  });

  it.each(demoForms)('the %s has every text in German and English', (_name, form) => {
    const all = texts({ ui: form.ui, documents: form.documents });
    // A form with hardly any texts would pass trivially; each has dozens.
    expect(all.length).toBeGreaterThan(20);
    const untranslated = all.filter(({ text }) => !text.de || !text.en).map(({ at }) => at);
    expect(untranslated).toEqual([]);
  });

  it.each(demoForms)('the %s takes documents as PDF, JPEG or PNG up to 10 MB', (_name, form) => {
    expect(form.documents.length).toBeGreaterThan(0);
    for (const document of form.documents) {
      expect(document.mediaTypes).toEqual(['application/pdf', 'image/jpeg', 'image/png']);
      expect(document.maxBytes).toBe(10 * 1024 * 1024);
    }
  });

  it('accepts filled-in answers of each form', () => {
    const exempted = dogRegistration();
    exempted.tax = {
      exemptionClaimed: true,
      exemptionReason: 'shelter-dog',
    } as typeof exempted.tax;
    expect(answerErrors(residentialParkingPermitForm, parkingPermit())).toEqual([]);
    expect(answerErrors(dogRegistrationForm, dogRegistration())).toEqual([]);
    expect(answerErrors(dogRegistrationForm, exempted)).toEqual([]);
    expect(answerErrors(certificateOfResidenceForm, certificateByPost())).toEqual([]);
    expect(answerErrors(certificateOfResidenceForm, certificateForPickUp())).toEqual([]);
  });

  it('accepts the licence plates of electric and historic cars and districts with umlauts', () => {
    for (const licencePlate of ['MS-AB 123', 'MÜ-X 7E', 'B-RT 1999H', 'LÖ-Z 42']) {
      const answers = parkingPermit();
      answers.vehicle.licencePlate = licencePlate;
      expect({ licencePlate, errors: answerErrors(residentialParkingPermitForm, answers) }).toEqual(
        { licencePlate, errors: [] },
      );
    }
  });
});

describe('checking answers', () => {
  it('names a missing field inside a nested object by its own pointer', () => {
    const answers = dogRegistration();
    delete (answers.owner.address as Partial<typeof answers.owner.address>).postalCode;
    delete (answers.dog as Partial<typeof answers.dog>).name;

    expect(found(answerErrors(dogRegistrationForm, answers))).toEqual([
      { pointer: '/owner/address/postalCode', code: 'required' },
      { pointer: '/dog/name', code: 'required' },
    ]);
  });

  it('names every required field of a missing object', () => {
    const answers: Partial<ReturnType<typeof parkingPermit>> = parkingPermit();
    delete answers.vehicle;

    expect(found(answerErrors(residentialParkingPermitForm, answers))).toEqual([
      { pointer: '/vehicle/licencePlate', code: 'required' },
      { pointer: '/vehicle/make', code: 'required' },
      { pointer: '/vehicle/keeper', code: 'required' },
    ]);
  });

  it('reports every wrong format, pattern and value at once', () => {
    const answers = dogRegistration();
    answers.dog.dateOfBirth = '2025-02-30';
    answers.owner.email = 'jonas.example.org';
    answers.owner.address.postalCode = '4814';
    answers.dog.sex = 'unknown';
    answers.dog.microchipNumber = '27609810601234';

    const errors = answerErrors(dogRegistrationForm, answers);

    expect(found(errors)).toEqual([
      { pointer: '/owner/email', code: 'format' },
      { pointer: '/owner/address/postalCode', code: 'pattern' },
      { pointer: '/dog/sex', code: 'enum' },
      { pointer: '/dog/dateOfBirth', code: 'format' },
      { pointer: '/dog/microchipNumber', code: 'pattern' },
    ]);
    expect(errors[0]!.message).toBe('must match format "email"');
  });

  it('refuses a licence plate not written as on the plate', () => {
    for (const licencePlate of ['ms-ab 123', 'MSAB123', 'MS-AB 0123', 'MSXY-A 1']) {
      const answers = parkingPermit();
      answers.vehicle.licencePlate = licencePlate;
      expect(found(answerErrors(residentialParkingPermitForm, answers))).toEqual([
        { pointer: '/vehicle/licencePlate', code: 'pattern' },
      ]);
    }
  });

  it('refuses an unticked confirmation, a wrong type and a blank name', () => {
    const answers = parkingPermit();
    answers.address.registered = false;
    answers.applicant.givenName = '   ';
    const certificate = certificateForPickUp();
    (certificate.certificate as { copies: unknown }).copies = '2';

    expect(found(answerErrors(residentialParkingPermitForm, answers))).toEqual([
      { pointer: '/applicant/givenName', code: 'pattern' },
      { pointer: '/address/registered', code: 'const' },
    ]);
    expect(found(answerErrors(certificateOfResidenceForm, certificate))).toEqual([
      { pointer: '/certificate/copies', code: 'type' },
    ]);
  });

  it('names an answer the form does not ask for', () => {
    const answers = parkingPermit();
    (answers.vehicle as Record<string, unknown>).colour = 'rot';

    expect(found(answerErrors(residentialParkingPermitForm, answers))).toEqual([
      { pointer: '/vehicle/colour', code: 'additionalProperties' },
    ]);
  });

  it('answers that are not an object are one error for the whole', () => {
    for (const answers of [null, 'answers', [], 42]) {
      expect(found(answerErrors(certificateOfResidenceForm, answers))).toEqual([
        { pointer: '', code: 'type' },
      ]);
    }
  });
});

describe('shared parts of a schema', () => {
  it('checks fields defined once in $defs and used through $ref, also when checked again', () => {
    const form = chainedForm();
    const schema = form.schema as { $defs?: object; properties: Record<string, object> };
    schema.$defs = { shortText: { type: 'string', maxLength: 3 } };
    schema.properties.c = { $ref: '#/$defs/shortText' };

    expect(definitionErrors(form)).toEqual([]);
    expect(found(answerErrors(form, { a: 'yes', b: true, c: 'long' }))).toEqual([
      { pointer: '/c', code: 'maxLength' },
    ]);
    expect(answerErrors(structuredClone(form), { a: 'yes', b: true, c: 'ok' })).toEqual([]);
  });

  it('refuses a schema that refers to itself, without looping', () => {
    const form = chainedForm();
    const schema = form.schema as { properties: Record<string, object> };
    schema.properties.d = { $ref: '#' };

    const errors = definitionErrors(form);

    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatchObject({
      pointer: '/schema/properties/d/properties/a',
      code: 'unlistedField',
    });
  });
});

describe('conditional sections', () => {
  it('ignores the postal address, missing or wrong, when the citizen picks the certificate up', () => {
    const halfFilled = {
      ...certificateForPickUp(),
      delivery: { method: 'pick-up', postalAddress: { postalCode: 'none' } },
    };

    expect(answerErrors(certificateOfResidenceForm, certificateForPickUp())).toEqual([]);
    expect(answerErrors(certificateOfResidenceForm, halfFilled)).toEqual([]);
  });

  it('asks for the postal address when the certificate is sent by post', () => {
    const answers = { ...certificateByPost(), delivery: { method: 'post' } };

    expect(found(answerErrors(certificateOfResidenceForm, answers))).toEqual([
      { pointer: '/delivery/postalAddress/street', code: 'required' },
      { pointer: '/delivery/postalAddress/houseNumber', code: 'required' },
      { pointer: '/delivery/postalAddress/postalCode', code: 'required' },
      { pointer: '/delivery/postalAddress/city', code: 'required' },
    ]);
  });

  it('asks for the reason of a dog tax exemption only when one is claimed', () => {
    const claimed = dogRegistration();
    claimed.tax = { exemptionClaimed: true };
    const notClaimedButWrong = dogRegistration();
    notClaimedButWrong.tax = { exemptionClaimed: false, exemptionReason: 'no reason' } as never;

    expect(found(answerErrors(dogRegistrationForm, claimed))).toEqual([
      { pointer: '/tax/exemptionReason', code: 'required' },
    ]);
    expect(answerErrors(dogRegistrationForm, notClaimedButWrong)).toEqual([]);
  });

  it('shows the sections whose condition holds and keeps only their answers', () => {
    const pickUp = {
      ...certificateForPickUp(),
      delivery: { method: 'pick-up', postalAddress: { city: 'Berlin' } },
    };

    expect(visibleSections(certificateOfResidenceForm, pickUp).map(({ id }) => id)).toEqual([
      'person',
      'certificate',
      'delivery',
    ]);
    expect(
      visibleSections(certificateOfResidenceForm, certificateByPost()).map(({ id }) => id),
    ).toEqual(['person', 'certificate', 'delivery', 'postalAddress']);
    expect(visibleAnswers(certificateOfResidenceForm, pickUp)).toEqual({
      ...pickUp,
      delivery: { method: 'pick-up' },
    });
    // The citizen's draft itself is left as it is.
    expect(pickUp.delivery.postalAddress).toEqual({ city: 'Berlin' });
    expect(visibleAnswers(certificateOfResidenceForm, certificateByPost())).toEqual(
      certificateByPost(),
    );
  });

  it('hides a section whose condition names a field of a hidden section', () => {
    const form = chainedForm();

    expect(visibleSections(form, { a: 'yes', b: true }).map(({ id }) => id)).toEqual([
      'first',
      'second',
      'third',
    ]);
    expect(visibleSections(form, { a: 'no', b: true }).map(({ id }) => id)).toEqual(['first']);
    expect(found(answerErrors(form, { a: 'no', b: true }))).toEqual([]);
    expect(found(answerErrors(form, { a: 'yes', b: true }))).toEqual([
      { pointer: '/c', code: 'required' },
    ]);
  });
});

describe('missing documents', () => {
  it('requires the registration certificate of every parking permit', () => {
    expect(missingDocuments(residentialParkingPermitForm, parkingPermit(), [])).toEqual([
      'registration-certificate',
    ]);
    expect(
      missingDocuments(residentialParkingPermitForm, parkingPermit(), ['registration-certificate']),
    ).toEqual([]);
  });

  it('requires proof of permanent use of a car registered to someone else', () => {
    const answers = parkingPermit();
    answers.vehicle.keeper = 'other';

    expect(missingDocuments(residentialParkingPermitForm, answers, [])).toEqual([
      'registration-certificate',
      'permanent-use-proof',
    ]);
    expect(
      missingDocuments(residentialParkingPermitForm, answers, [
        'registration-certificate',
        'permanent-use-proof',
      ]),
    ).toEqual([]);
  });

  it('requires the proof of a dog tax exemption only when one is claimed', () => {
    const claimed = dogRegistration();
    claimed.tax = { exemptionClaimed: true, exemptionReason: 'rescue-dog' } as typeof claimed.tax;

    expect(missingDocuments(dogRegistrationForm, dogRegistration(), [])).toEqual([]);
    expect(missingDocuments(dogRegistrationForm, claimed, [])).toEqual(['exemption-proof']);
    expect(missingDocuments(dogRegistrationForm, claimed, ['exemption-proof'])).toEqual([]);
    expect(
      applicableDocuments(dogRegistrationForm, dogRegistration()).map(({ key }) => key),
    ).toEqual(['liability-insurance']);
    expect(applicableDocuments(dogRegistrationForm, claimed).map(({ key }) => key)).toEqual([
      'exemption-proof',
      'liability-insurance',
    ]);
  });

  it('requires a power of attorney for a certificate of someone else', () => {
    const onBehalf = certificateForPickUp();
    onBehalf.person.onBehalf = true;

    expect(missingDocuments(certificateOfResidenceForm, certificateForPickUp(), [])).toEqual([]);
    expect(missingDocuments(certificateOfResidenceForm, onBehalf, [])).toEqual([
      'power-of-attorney',
    ]);
  });

  it('does not require a document whose condition names a field of a hidden section', () => {
    const form = chainedForm();
    form.documents[0]!.when = { field: '/b', equals: true };

    expect(missingDocuments(form, { a: 'yes', b: true }, [])).toEqual(['proof']);
    expect(missingDocuments(form, { a: 'no', b: true }, [])).toEqual([]);
  });
});

/** A small valid definition: three sections, the second shown on `a`, the third on `b`. */
function chainedForm(): FormDefinition {
  return {
    schema: {
      type: 'object',
      additionalProperties: false,
      required: ['a', 'c'],
      properties: {
        a: { type: 'string', enum: ['yes', 'no'] },
        b: { type: 'boolean' },
        c: { type: 'string', maxLength: 10 },
      },
    },
    ui: {
      sections: [
        { id: 'first', title: { de: 'Eins' }, fields: ['/a'] },
        {
          id: 'second',
          title: { de: 'Zwei' },
          fields: ['/b'],
          when: { field: '/a', equals: 'yes' },
        },
        { id: 'third', title: { de: 'Drei' }, fields: ['/c'], when: { field: '/b', equals: true } },
      ],
      fields: {
        '/a': { label: { de: 'A' }, options: { yes: { de: 'Ja' }, no: { de: 'Nein' } } },
        '/b': { label: { de: 'B' } },
        '/c': { label: { de: 'C' } },
      },
    },
    documents: [
      {
        key: 'proof',
        label: { de: 'Nachweis' },
        required: true,
        mediaTypes: ['application/pdf'],
        maxBytes: 1024,
      },
    ],
  };
}

describe('checking a definition', () => {
  /** A valid definition as an admin would send it, to break one thing in each test. */
  const valid = () =>
    structuredClone(chainedForm()) as FormDefinition & {
      schema: {
        type: string;
        properties: Record<string, Record<string, unknown>>;
        required: string[];
      };
    };

  it('the starting point of these tests is valid', () => {
    expect(definitionErrors(valid())).toEqual([]);
  });

  it('refuses what is not a definition at all', () => {
    expect(found(definitionErrors(null))).toEqual([{ pointer: '', code: 'type' }]);
    expect(found(definitionErrors({ schema: { type: 'object' } }))).toEqual([
      { pointer: '/ui', code: 'required' },
      { pointer: '/documents', code: 'required' },
    ]);
  });

  it('refuses a schema that is not JSON Schema 2020-12 or does not compile strictly', () => {
    const misspelledType = valid();
    misspelledType.schema.properties.c!.type = 'strin';
    const unknownKeyword = valid();
    unknownKeyword.schema.properties.c!.maxLenght = 10;
    const badPattern = valid();
    badPattern.schema.properties.c!.pattern = '([a-z]';
    const unknownFormat = valid();
    unknownFormat.schema.properties.c!.format = 'licence-plate';
    const requiredUnknown = valid();
    requiredUnknown.schema.required.push('d');
    const remoteReference = valid();
    remoteReference.schema.properties.c = { $ref: 'https://example.org/schema.json' };

    for (const definition of [
      misspelledType,
      unknownKeyword,
      badPattern,
      unknownFormat,
      requiredUnknown,
      remoteReference,
    ]) {
      expect(found(definitionErrors(definition))).toEqual([{ pointer: '/schema', code: 'schema' }]);
    }
    expect(definitionErrors(unknownKeyword)[0]!.message).toContain('maxLenght');
  });

  it('refuses a schema whose answers are not an object, are checked asynchronously or carry an $id', () => {
    const array = valid();
    array.schema.type = 'array';
    const async = valid();
    (async.schema as Record<string, unknown>).$async = true;
    const withId = valid();
    (withId.schema as Record<string, unknown>).$id = 'https://example.org/form';

    expect(found(definitionErrors(array))).toEqual([{ pointer: '/schema/type', code: 'const' }]);
    expect(found(definitionErrors(async))).toEqual([
      { pointer: '/schema/$async', code: 'false schema' },
    ]);
    expect(found(definitionErrors(withId))).toEqual([
      { pointer: '/schema/$id', code: 'false schema' },
    ]);
  });

  it('refuses a section field that names no property, an object, or a field twice', () => {
    const unknown = valid();
    unknown.ui.sections[0]!.fields.push('/d');
    const object = valid();
    object.schema.properties.d = { type: 'object', properties: { e: { type: 'string' } } };
    object.ui.sections[0]!.fields.push('/d', '/d/e');
    object.ui.fields['/d/e'] = { label: { de: 'E' } };
    const twice = valid();
    twice.ui.sections[2]!.fields.push('/a');

    expect(found(definitionErrors(unknown))).toEqual([
      { pointer: '/ui/sections/0/fields/1', code: 'unknownField' },
    ]);
    expect(found(definitionErrors(object))).toEqual([
      { pointer: '/ui/sections/0/fields/1', code: 'notAField' },
    ]);
    expect(found(definitionErrors(twice))).toEqual([
      { pointer: '/ui/sections/2/fields/1', code: 'duplicate' },
    ]);
  });

  it('refuses a field nobody could fill in: in no section, or of a type without a control', () => {
    const unlisted = valid();
    unlisted.schema.properties.d = { type: 'string' };
    const array = valid();
    array.schema.properties.d = { type: 'array', items: { type: 'string' } };
    array.ui.sections[0]!.fields.push('/d');
    array.ui.fields['/d'] = { label: { de: 'D' } };

    expect(found(definitionErrors(unlisted))).toEqual([
      { pointer: '/schema/properties/d', code: 'unlistedField' },
    ]);
    expect(found(definitionErrors(array))).toEqual([
      { pointer: '/ui/sections/0/fields/1', code: 'unsupportedType' },
    ]);
  });

  it('refuses a field without a hint, a hint without a German label, and a hint for no field', () => {
    const noHint = valid();
    delete noHint.ui.fields['/c'];
    const noGerman = valid();
    noGerman.ui.fields['/c']!.label = { en: 'C' } as never;
    const emptyGerman = valid();
    emptyGerman.ui.fields['/c']!.label = { de: '', en: 'C' };
    const strayHint = valid();
    strayHint.ui.fields['/d/e'] = { label: { de: 'E' } };
    const noSectionTitle = valid();
    noSectionTitle.ui.sections[1]!.title = { en: 'Two' } as never;

    expect(found(definitionErrors(noHint))).toEqual([
      { pointer: '/ui/fields/~1c', code: 'missingHint' },
    ]);
    expect(found(definitionErrors(noGerman))).toEqual([
      { pointer: '/ui/fields/~1c/label/de', code: 'required' },
    ]);
    expect(found(definitionErrors(emptyGerman))).toEqual([
      { pointer: '/ui/fields/~1c/label/de', code: 'minLength' },
    ]);
    expect(found(definitionErrors(strayHint))).toEqual([
      { pointer: '/ui/fields/~1d~1e', code: 'unknownField' },
    ]);
    expect(found(definitionErrors(noSectionTitle))).toEqual([
      { pointer: '/ui/sections/1/title/de', code: 'required' },
    ]);
  });

  it('refuses a widget that cannot show the field and option labels that do not match the values', () => {
    const widget = valid();
    widget.ui.fields['/b']!.widget = 'date';
    const unknownWidget = valid();
    unknownWidget.ui.fields['/b']!.widget = 'slider' as never;
    const missingOption = valid();
    delete missingOption.ui.fields['/a']!.options!.no;
    const unknownOption = valid();
    unknownOption.ui.fields['/a']!.options!.maybe = { de: 'Vielleicht' };

    expect(found(definitionErrors(widget))).toEqual([
      { pointer: '/ui/fields/~1b/widget', code: 'widget' },
    ]);
    expect(found(definitionErrors(unknownWidget))).toEqual([
      { pointer: '/ui/fields/~1b/widget', code: 'enum' },
    ]);
    expect(found(definitionErrors(missingOption))).toEqual([
      { pointer: '/ui/fields/~1a/options', code: 'missingOption' },
    ]);
    expect(found(definitionErrors(unknownOption))).toEqual([
      { pointer: '/ui/fields/~1a/options/maybe', code: 'unknownOption' },
    ]);
  });

  it('refuses a condition on no field, on a value the field cannot take, or on a later field', () => {
    const noField = valid();
    noField.ui.sections[1]!.when = { field: '/z', equals: 'yes' };
    const impossible = valid();
    impossible.ui.sections[1]!.when = { field: '/a', equals: 'perhaps' };
    const wrongType = valid();
    wrongType.ui.sections[2]!.when = { field: '/b', equals: 'true' };
    const later = valid();
    later.ui.sections[1]!.when = { field: '/c', equals: 'x' };
    const itself = valid();
    itself.ui.sections[1]!.when = { field: '/b', equals: true };
    const documentOnNoField = valid();
    documentOnNoField.documents[0]!.when = { field: '/z', equals: true };

    expect(found(definitionErrors(noField))).toEqual([
      { pointer: '/ui/sections/1/when/field', code: 'unknownField' },
    ]);
    expect(found(definitionErrors(impossible))).toEqual([
      { pointer: '/ui/sections/1/when/equals', code: 'conditionValue' },
    ]);
    expect(found(definitionErrors(wrongType))).toEqual([
      { pointer: '/ui/sections/2/when/equals', code: 'conditionValue' },
    ]);
    expect(found(definitionErrors(later))).toEqual([
      { pointer: '/ui/sections/1/when/field', code: 'conditionOrder' },
    ]);
    expect(found(definitionErrors(itself))).toEqual([
      { pointer: '/ui/sections/1/when/field', code: 'conditionOrder' },
    ]);
    expect(found(definitionErrors(documentOnNoField))).toEqual([
      { pointer: '/documents/0/when/field', code: 'unknownField' },
    ]);
  });

  it('refuses an unknown media type, a size over the limit and two documents with one key', () => {
    const mediaType = valid();
    mediaType.documents[0]!.mediaTypes = ['application/pdf', 'image/gif'];
    const tooLarge = valid();
    tooLarge.documents[0]!.maxBytes = 21 * 1024 * 1024;
    const twice = valid();
    twice.documents.push({ ...twice.documents[0]!, required: false });
    const twoSections = valid();
    twoSections.ui.sections[2]!.id = 'first';

    expect(found(definitionErrors(mediaType))).toEqual([
      { pointer: '/documents/0/mediaTypes/1', code: 'enum' },
    ]);
    expect(found(definitionErrors(tooLarge))).toEqual([
      { pointer: '/documents/0/maxBytes', code: 'maximum' },
    ]);
    expect(found(definitionErrors(twice))).toEqual([
      { pointer: '/documents/1/key', code: 'duplicate' },
    ]);
    expect(found(definitionErrors(twoSections))).toEqual([
      { pointer: '/ui/sections/2/id', code: 'duplicate' },
    ]);
  });
});

describe('the widgets', () => {
  it('uses the hinted widget, else the one the field’s schema suggests', () => {
    expect(fieldWidget(certificateOfResidenceForm, '/delivery/method')).toBe('radio');
    expect(fieldWidget(certificateOfResidenceForm, '/person/onBehalf')).toBe('checkbox');
    expect(fieldWidget(certificateOfResidenceForm, '/person/dateOfBirth')).toBe('date');
    expect(fieldWidget(certificateOfResidenceForm, '/person/givenName')).toBe('text');
    expect(fieldWidget(chainedForm(), '/a')).toBe('select');
  });
});

describe('required fields', () => {
  it('are the ones listed in `required` all the way down; the others are optional', () => {
    expect(requiredField(dogRegistrationForm, '/owner/givenName')).toBe(true);
    expect(requiredField(dogRegistrationForm, '/owner/address/postalCode')).toBe(true);
    expect(requiredField(dogRegistrationForm, '/owner/phone')).toBe(false);
    expect(requiredField(dogRegistrationForm, '/dog/microchipNumber')).toBe(false);
    expect(requiredField(dogRegistrationForm, '/no/such/field')).toBe(false);
  });
});

describe('compiling', () => {
  const realCompile = Ajv2020.prototype.compile;
  let compiled = 0;
  beforeEach(() => {
    compiled = 0;
    // Counts the calls of the real compiler, which still does the work.
    Ajv2020.prototype.compile = function (this: Ajv2020, ...args: Parameters<Ajv2020['compile']>) {
      compiled += 1;
      return realCompile.apply(this, args);
    } as Ajv2020['compile'];
  });
  afterEach(() => {
    Ajv2020.prototype.compile = realCompile;
  });

  it('compiles a schema once, and again only when its content changes', () => {
    // A schema no other test compiled before.
    const titled = () => {
      const definition = chainedForm();
      (definition.schema as { title: string }).title = 'compiling';
      return definition;
    };
    const form = titled();
    const sameContent = titled();
    const changed = titled();
    (changed.schema as { properties: { c: { maxLength: number } } }).properties.c.maxLength = 11;

    answerErrors(form, { a: 'no', c: 'x' });
    answerErrors(form, { a: 'yes', c: 'y' });
    definitionErrors(form);
    expect(compiled).toBe(1);

    answerErrors(sameContent, { a: 'no', c: 'x' });
    expect(compiled).toBe(1);

    expect(found(answerErrors(changed, { a: 'no', c: '12345678901' }))).toEqual([]);
    expect(compiled).toBe(2);
  });

  it('imports nothing from Node, so that the browser can use the same module', () => {
    const folder = new URL('../../src/applications/', import.meta.url);
    const files = [
      'form-definition.ts',
      ...readdirSync(new URL('forms/', folder)).map((name) => `forms/${name}`),
    ];
    const imports = files.flatMap((file) =>
      [...readFileSync(new URL(file, folder), 'utf8').matchAll(/from '([^']+)'/g)].map(
        (match) => match[1],
      ),
    );

    expect(files).toContain('forms/dog-registration.ts');
    const packages = imports.filter((specifier) => !specifier!.startsWith('.'));
    expect(new Set(packages)).toEqual(new Set(['ajv/dist/2020.js', 'ajv-formats/dist/formats.js']));
  });
});
