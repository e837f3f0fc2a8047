import { startTestHub, type TestHub } from '../support/start-test-hub';

type Text = { value: string; language: string; requestedLanguage: string; isFallback: boolean };
type Named = { name: string; names: { text: Text } };

const NAMED = 'name names { text { value language requestedLanguage isFallback } }';

describe('languages said honestly, through the gateway', () => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.close());

  it('answers a French request in French where a record has French, and says Dutch is a fallback where it has only Dutch', async () => {
    const { body } = await hub.query<{ walloniaBrussels: { bpv: Named; bravvo: Named }; federal: { fod: Named; kamer: Named } }>(
      `{
        walloniaBrussels { bpv: organisation(id: "bpv") { ${NAMED} } bravvo: organisation(id: "bravvo") { ${NAMED} } }
        federal { fod: organisation(id: "fod-binnenlandse-zaken") { ${NAMED} } kamer: organisation(id: "kamer") { ${NAMED} } }
      }`,
      { headers: { 'accept-language': 'fr-BE,fr;q=0.9' } },
    );
    expect(body.errors).toBeUndefined();
    const french = (value: string): Named => ({ name: value, names: { text: { value, language: 'FR', requestedLanguage: 'FR', isFallback: false } } });
    const dutchInstead = (value: string): Named => ({ name: value, names: { text: { value, language: 'NL', requestedLanguage: 'FR', isFallback: true } } });
    expect(body.data).toEqual({
      walloniaBrussels: { bpv: french('Bruxelles Prévention & Sécurité'), bravvo: dutchInstead('Bravvo vzw') },
      federal: { fod: french('SPF Intérieur'), kamer: dutchInstead('Kamer') },
    });
  });

  it('lets the lang argument win over Accept-Language, and says a municipality without a German name answers in its own language', async () => {
    const { body } = await hub.query<{ municipality: { names: { german: Text; dutch: Text } } }>(
      `{ municipality(nis: "82039") { names { german: text(lang: DE) { value language requestedLanguage isFallback } dutch: text(lang: NL) { value language requestedLanguage isFallback } } } }`,
      { headers: { 'accept-language': 'fr' } },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.municipality.names).toEqual({
      german: { value: 'Bastogne', language: 'FR', requestedLanguage: 'DE', isFallback: true },
      dutch: { value: 'Bastenaken', language: 'NL', requestedLanguage: 'NL', isFallback: false },
    });
  });
});
