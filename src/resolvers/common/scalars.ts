import { DateTimeResolver } from 'graphql-scalars';
import { registerEnumType } from 'type-graphql';
import { Language } from '../../common/language.js';

export { DateTimeResolver };

registerEnumType(Language, {
  name: 'Language',
  description: 'A language of the texts. DE_LS is Leichte Sprache (easy German).',
  valuesConfig: {
    DE: { description: 'German (Deutsch)' },
    EN: { description: 'English' },
    DE_LS: { description: 'Easy German (Leichte Sprache); German where no easy version exists.' },
  },
});
