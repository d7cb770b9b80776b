// Each speaker-line shape on its own, on fictional lines: what it reads, and the near misses it must
// refuse (sentences, headings, firms and job titles standing where a name would).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { affiliationLine, inlineSpeaker, lineSpeaker, personName, splitAffiliation } from '../../server/src/core/parse/shapes';

const read = (line: string) => {
  const hit = lineSpeaker(line);
  return hit && [hit.shape, hit.speaker, hit.firm, hit.title, hit.role ?? null];
};

describe('speaker-line shapes', () => {
  const cases: [string, ReturnType<typeof read>][] = [
    ['Operator', ['operator', 'Operator', null, null, null]],
    ['OPERATOR', ['operator', 'Operator', null, null, null]],
    ['Unidentified Analyst', ['unidentified', 'Unidentified Analyst', null, null, null]],
    ['Unknown Speaker - Brightwater Partners', ['unidentified', 'Unknown Speaker', 'Brightwater Partners', null, null]],
    ['Q - Priya Raman', ['qa-prefix', 'Priya Raman', null, null, 'analyst']],
    ['A - Tomas Lindqvist', ['qa-prefix', 'Tomas Lindqvist', null, null, 'executive']],
    ['Priya Raman - Northgate Securities', ['name-dash', 'Priya Raman', 'Northgate Securities', null, null]],
    ['Mira J. Okafor - Vice President, Investor Relations', ['name-dash', 'Mira J. Okafor', null, 'Vice President, Investor Relations', null]],
    ['Tomas Lindqvist - Zephyr Widgets Corp - CEO', ['name-dash', 'Tomas Lindqvist', 'Zephyr Widgets Corp', 'CEO', null]],
    ['Priya Raman - Harbor Kites Co.', ['name-dash', 'Priya Raman', 'Harbor Kites Co.', null, null]],
    ['Hugo Brandt--Calder & Fenn -- Analyst', ['name-double-dash', 'Hugo Brandt', 'Calder & Fenn', 'Analyst', 'analyst']],
    ['Tomas Lindqvist--Chief Executive Officer', ['name-double-dash', 'Tomas Lindqvist', null, 'Chief Executive Officer', null]],
    ['TOMAS LINDQVIST (Chief Executive Officer):', ['name-paren', 'TOMAS LINDQVIST', null, 'Chief Executive Officer', null]],
    ['Priya Raman (Northgate Securities)', ['name-paren', 'Priya Raman', 'Northgate Securities', null, null]],
    ['Mira Okafor | Head of Investor Relations', ['name-pipe', 'Mira Okafor', null, 'Head of Investor Relations', null]],
    ['Priya Raman | Northgate Securities | Analyst', ['name-pipe', 'Priya Raman', 'Northgate Securities', 'Analyst', null]],
    ['[Hugo Brandt, Calder & Fenn Capital]', ['bracketed', 'Hugo Brandt', 'Calder & Fenn Capital', null, null]],
    ['[Tomas Lindqvist]', ['bracketed', 'Tomas Lindqvist', null, null, null]],
    ['Mira J. Okafor', ['bare-name', 'Mira J. Okafor', null, null, null]],
    ['  Priya Raman  ', ['bare-name', 'Priya Raman', null, null, null]],
  ];
  for (const [line, want] of cases) it(`reads ${JSON.stringify(line)}`, () => assert.deepEqual(read(line), want));

  const refused = [
    'Thank you.',
    'Revenue - up 9% on the year.',
    'Northgate Securities',
    'Chief Financial Officer',
    'Question-and-Answer Session',
    'This Involves Three Components',
    'Priya Raman - who asked about margins, thanks.',
    `${'Very Long Name '.repeat(20)}- Firm`,
    '',
  ];
  for (const line of refused) it(`refuses ${JSON.stringify(line.slice(0, 40))}`, () => assert.equal(lineSpeaker(line), null));
});

describe('inline speakers', () => {
  it('reads "Name: text" with or without the space, and where the speech starts', () => {
    const hit = inlineSpeaker('Priya Raman:How did bookings trend?');
    assert.deepEqual([hit?.speaker, hit?.nameAt, hit?.bodyAt], ['Priya Raman', 0, 'Priya Raman:'.length]);
    assert.equal(inlineSpeaker('Operator: Welcome.')?.speaker, 'Operator');
  });

  it('reads a role label over the person: "Analyst (Name):"', () => {
    const hit = inlineSpeaker('Analyst (Hugo Brandt): one more on pricing.');
    assert.deepEqual([hit?.speaker, hit?.role], ['Hugo Brandt', 'analyst']);
  });

  it('refuses a sentence with a colon', () => {
    assert.equal(inlineSpeaker('This is what we saw: growth.'), null);
    assert.equal(inlineSpeaker('Note that: nothing changed.'), null);
    assert.equal(inlineSpeaker('In the quarter, revenue grew across the board: up 9%.'), null);
  });

  it('reads the affiliation said with the name: "Name, Title:", "Name (Firm):"', () => {
    const line = 'Mira Okafor, Executive Vice President and Chief Financial Officer: Thanks, Ada.';
    const titled = inlineSpeaker(line);
    assert.deepEqual(
      [titled?.speaker, titled?.title, line.slice(titled!.bodyAt!)],
      ['Mira Okafor', 'Executive Vice President and Chief Financial Officer', 'Thanks, Ada.'],
    );
    const firm = inlineSpeaker('Hugo Brandt (Calder & Fenn): On pricing, please.');
    assert.deepEqual([firm?.speaker, firm?.firm, firm?.shape], ['Hugo Brandt', 'Calder & Fenn', 'inline']);
  });

  it("reads past a recording's time stamp, keeping the line's positions", () => {
    const line = '[00:12:31] Priya Raman: How did bookings trend?';
    const hit = inlineSpeaker(line);
    assert.deepEqual(
      [hit?.speaker, line.slice(hit!.nameAt!, hit!.nameAt! + 'Priya Raman'.length), line.slice(hit!.bodyAt!)],
      ['Priya Raman', 'Priya Raman', 'How did bookings trend?'],
    );
    assert.equal(lineSpeaker('(1:02:03) Hugo Brandt - Calder & Fenn')?.firm, 'Calder & Fenn');
    assert.equal(lineSpeaker('Hugo Brandt  00:41')?.speaker, 'Hugo Brandt');
    assert.equal(inlineSpeaker('12:30 is when the plant reopens: we said so.'), null);
  });

  it('reads a job and a firm after a comma either way round, and a header ending in a colon', () => {
    assert.deepEqual(
      ['Hugo Brandt, CFO, Calder & Fenn Inc.', 'Hugo Brandt, Calder & Fenn Inc., CFO'].map((l) => [lineSpeaker(l)?.title, lineSpeaker(l)?.firm]),
      [
        ['CFO', 'Calder & Fenn Inc.'],
        ['CFO', 'Calder & Fenn Inc.'],
      ],
    );
    assert.deepEqual(affiliationLine('Analyst, Northgate Securities LLC'), { title: 'Analyst', firm: 'Northgate Securities LLC' });
    assert.equal(affiliationLine('President, we thank you'), null);
    const colon = lineSpeaker('Priya Raman -- Northgate Securities -- Analyst:');
    assert.deepEqual([colon?.title, colon?.role, colon?.numbered], ['Analyst', 'analyst', undefined]);
  });

  it("reads WebVTT's voice tag as the speaker", () => {
    const line = '<v Priya Raman>How did bookings trend?';
    const hit = inlineSpeaker(line);
    assert.deepEqual([hit?.speaker, line.slice(hit!.bodyAt!)], ['Priya Raman', 'How did bookings trend?']);
  });
});

describe('names, firms and affiliations', () => {
  it('a person is not a firm or a job title', () => {
    assert.equal(personName('Priya Raman'), true);
    assert.equal(personName('Unidentified Company Representative'), true);
    assert.equal(personName('Calder Capital'), false);
    assert.equal(personName('Vice President'), false);
  });

  it('one affiliation is a title when it names a job, else a firm', () => {
    assert.deepEqual(splitAffiliation('EVP and CFO'), { firm: null, title: 'EVP and CFO' });
    assert.deepEqual(splitAffiliation('Northgate Securities'), { firm: 'Northgate Securities', title: null });
    assert.deepEqual(splitAffiliation('Northgate - Senior Analyst'), { firm: 'Northgate', title: 'Senior Analyst' });
  });

  it('an affiliation line is "Firm - Title", never a sentence or another name', () => {
    assert.deepEqual(affiliationLine('  Zephyr Widgets Corp - Chief Executive Officer'), { firm: 'Zephyr Widgets Corp', title: 'Chief Executive Officer' });
    assert.equal(affiliationLine('Revenue grew - as we said - strongly.'), null);
    assert.equal(affiliationLine('Priya Raman - Northgate'), null);
  });
});
