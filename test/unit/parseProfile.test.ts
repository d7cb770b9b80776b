// The layout profile's decisions and the layout-general reader on short fictional calls, among them
// layouts no provider uses: "NAME (Title):" blocks, "[Name, Firm]" headers, "Name | Title" lines.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Transcript } from '../../server/src/core/model';
import { parseTranscript } from '../../server/src/core/parse';
import { TextLines } from '../../server/src/core/text';
import { label } from './periodLabels';

const parse = (lines: string[]): Transcript => parseTranscript(new TextLines(lines.join('\n')));
const turnsOf = (t: Transcript) => t.turns.map((u) => `${u.speaker}/${u.role}/${u.section}`);
const shape = (t: Transcript, id: string) => t.profile?.shapes.find((s) => s.shape === id);

describe('profile decisions', () => {
  it('trusts a shape that names two people who each speak twice', () => {
    const t = parse([
      'Lantern Bay Foods call notes',
      '',
      'Ada Quill - Lantern Bay Foods',
      'Sales rose to $40 million this quarter.',
      '',
      'Bo Tran - Eastgate Research',
      'How did pricing hold up over the period?',
      '',
      'Ada Quill - Lantern Bay Foods',
      'Pricing held; margins were 31%.',
      '',
      'Bo Tran - Eastgate Research',
      'Thank you, that is helpful.',
    ]);
    assert.equal(shape(t, 'name-dash')?.accepted, true);
    assert.deepEqual(
      t.turns.map((u) => [u.speaker, u.firm]),
      [
        ['Ada Quill', 'Lantern Bay Foods'],
        ['Bo Tran', 'Eastgate Research'],
        ['Ada Quill', 'Lantern Bay Foods'],
        ['Bo Tran', 'Eastgate Research'],
      ],
    );
    assert.ok(t.profile!.confidence > 0 && t.profile!.confidence <= 1);
  });

  it('does not trust a shape only one person recurs in: a list of names is not a layout', () => {
    const t = parse([
      'Our board',
      '',
      'Ada Quill - Chair',
      'Ada has led the board since 2030 and chairs its audit work.',
      '',
      'Ada Quill - Chair',
      'She also sits on two other boards in the region and more.',
      '',
      'Bo Tran - Director',
      'Bo joined the board last year from a logistics firm nearby.',
    ]);
    assert.equal(shape(t, 'name-dash')?.accepted, false);
    assert.equal(t.turns.length, 0);
    assert.ok(t.profile!.reasons.some((r) => r.startsWith('name-dash: not trusted')));
  });

  it('trusts a shape whose names the roster lists, even when each speaks once', () => {
    const t = parse([
      'Participants',
      'Ada Quill - Chief Executive Officer',
      'Bo Tran - Eastgate Research',
      '',
      'Presentation',
      '',
      'Ada Quill',
      'Sales rose to $40 million this quarter, ahead of plan.',
      '',
      'Bo Tran',
      'Congratulations on the quarter and thanks for the time.',
    ]);
    assert.equal(shape(t, 'bare-name')?.inRoster, 2);
    assert.deepEqual(turnsOf(t), ['Ada Quill/executive/presentation', 'Bo Tran/unknown/presentation']);
  });

  it('never reads a roster line as a turn, whatever its shape', () => {
    const t = parse([
      'Company Participants',
      'Ada Quill - Lantern Bay Foods',
      'Cy Ober - Lantern Bay Foods',
      'Conference Call Participants',
      'Bo Tran - Eastgate Research',
      '',
      'Operator',
      'Welcome. I will hand over to Ada Quill.',
      'Ada Quill - Lantern Bay Foods',
      'Thank you. Sales rose 4%.',
      'Cy Ober - Lantern Bay Foods',
      'Margins were 31%.',
      'Bo Tran - Eastgate Research',
      'How about next year?',
      'Ada Quill - Lantern Bay Foods',
      'We expect growth.',
    ]);
    const rosterLines = new Set(t.participants.map((p) => p.range.start.line));
    assert.equal(t.participants.length, 3);
    assert.ok(t.turns.every((u) => !rosterLines.has(u.range.start.line)));
    assert.deepEqual(
      t.turns.map((u) => `${u.speaker}/${u.role}`),
      ['Operator/operator', 'Ada Quill/executive', 'Cy Ober/executive', 'Bo Tran/analyst', 'Ada Quill/executive'],
    );
  });

  it('reads one person named two ways as one speaker, and a header repeated for the same speaker as one turn', () => {
    const t = parse([
      'Executives',
      'Ada M. Quill - Chief Executive Officer',
      'Analysts',
      'Bo Tran - Eastgate Research',
      'Operator',
      'Welcome to the call.',
      'Ada Quill',
      'Sales rose 4%.',
      'Ada Quill',
      'And margins were 31%.',
      'Bo Tran',
      'Thanks. What about costs?',
      'Ada M. Quill',
      'Costs fell.',
    ]);
    assert.deepEqual(
      t.turns.map((u) => `${u.speaker}/${u.role}`),
      ['Operator/operator', 'Ada Quill/executive', 'Bo Tran/analyst', 'Ada M. Quill/executive'],
    );
  });

  it("takes the company's own people for executives without a roster", () => {
    const t = parse([
      'Lantern Bay Foods (NYSE:LBF) Q3 2031 Earnings Call',
      '',
      'Ada Quill - Lantern Bay Foods',
      'Sales rose to $40 million.',
      '',
      'Bo Tran - Eastgate Research',
      'How did pricing hold up?',
      '',
      'Ada Quill - Lantern Bay Foods',
      'Pricing held.',
      '',
      'Bo Tran - Eastgate Research',
      'Thank you.',
    ]);
    assert.deepEqual([t.meta.company, t.meta.ticker, label(t.meta.period)], ['Lantern Bay Foods', 'LBF', 'Q3 2031']);
    assert.deepEqual(t.turns.map((u) => u.role).slice(0, 2), ['executive', 'unknown']);
  });
});

describe('rosters and roles', () => {
  const call = [
    'Company Representatives',
    'Ada Quill - Chief Executive Officer',
    'Conference Call Participants',
    'Bo Tran - Eastgate Research',
    'Di Vance - NGS.',
    'Ek Lund - Harrow Partners',
    'Operator',
    'Welcome. Over to Ada Quill.',
    'Ada Quill',
    'Sales rose 4%.',
    'Question-and-Answer Session',
    'Operator',
    'The first question comes from Ek Lund with Harrow Partners.',
    'Bo Tran',
    'Sorry, Bo Tran here on the line for Ek. How did costs trend?',
    'Ada Quill',
    'Costs fell.',
    'Cy Ober',
    'One more from me, Cy Ober at Brightwater, on pricing.',
    'Ada Quill',
    'Pricing held.',
    'Operator',
    'Next we have Fay Orr from Calder.',
    'Gus Pike',
    'Gus Pike for Fay Orr. Any update on hiring?',
    'Ada Quill',
    'Hiring is on plan.',
    'Fay Orr',
    'And one more: what about capital spending?',
    'Unidentified Company Representative',
    'Capital spending stays near $4 million.',
  ];
  const t = parse(call);

  it('reads a roster under any heading that names its people, and a roster line ending in a full stop', () => {
    assert.deepEqual(
      t.participants.map((p) => `${p.name}/${p.role}`),
      ['Ada Quill/executive', 'Bo Tran/analyst', 'Di Vance/analyst', 'Ek Lund/analyst'],
    );
    assert.ok(t.turns.every((u) => u.range.start.line > 5));
  });

  it('takes speakers the operator introduces for analysts, and an unnamed company representative for an executive', () => {
    const roles = Object.fromEntries(t.turns.map((u) => [u.speaker, u.role]));
    assert.equal(roles['Gus Pike'], 'analyst', 'spoke right after the operator');
    assert.equal(roles['Fay Orr'], 'analyst', 'the operator named her');
    assert.equal(roles['Cy Ober'], 'unknown', 'no one introduced him: no guess');
    assert.equal(roles['Unidentified Company Representative'], 'executive');
  });
});

describe('layouts no provider uses', () => {
  it('"NAME (Title):" blocks', () => {
    const t = parse([
      'ORCHARD LANE MOTORS - THIRD QUARTER CALL',
      '',
      'ADA QUILL (Chief Executive Officer):',
      'Good morning. Unit sales rose 6% to 12,000 vehicles.',
      '',
      'BO TRAN (Eastgate Research):',
      'What drove the increase in the quarter?',
      '',
      'ADA QUILL (Chief Executive Officer):',
      'Mostly the new compact line.',
      '',
      'BO TRAN (Eastgate Research):',
      'Thanks.',
    ]);
    assert.deepEqual(
      t.turns.map((u) => `${u.speaker}|${u.firm}|${u.title}|${u.role}`),
      [
        'ADA QUILL|null|Chief Executive Officer|executive',
        'BO TRAN|Eastgate Research|null|unknown',
        'ADA QUILL|null|Chief Executive Officer|executive',
        'BO TRAN|Eastgate Research|null|unknown',
      ],
    );
    assert.equal(t.turns[0].headerRange.start.line, 2);
    assert.equal(t.turns[0].bodyStart.line, 3);
  });

  it('"[Name, Firm]" headers with a Q&A heading', () => {
    const t = parse([
      'Harrow Glassworks results call',
      '',
      '[Cy Ober, Harrow Glassworks]',
      'Revenue was $8 million.',
      '',
      'Q&A',
      '',
      '[Di Vance, Northgate Securities]',
      'Is the furnace rebuild on schedule?',
      '',
      '[Cy Ober, Harrow Glassworks]',
      'Yes, it is.',
      '',
      '[Di Vance, Northgate Securities]',
      'Great, thank you.',
    ]);
    // The title names the company: its own people are its executives.
    assert.equal(t.meta.company, 'Harrow Glassworks');
    assert.deepEqual(turnsOf(t), ['Cy Ober/executive/presentation', 'Di Vance/unknown/qa', 'Cy Ober/executive/qa', 'Di Vance/unknown/qa']);
    assert.equal(t.profile?.shapes[0].shape, 'bracketed');
  });

  it('"Name | Title" lines under a roster, and the period from the operator\'s welcome', () => {
    const t = parse([
      'Call participants:',
      'Ada Quill | Chief Executive Officer',
      'Bo Tran | Eastgate Research | Analyst',
      '',
      'Operator | Moderator',
      'Welcome to the Lantern Bay Foods third quarter 2031 earnings call. Our first question comes from Bo Tran.',
      '',
      'Bo Tran | Eastgate Research | Analyst',
      'How did pricing hold up?',
      '',
      'Ada Quill | Chief Executive Officer',
      'Pricing held, and sales rose 4%.',
    ]);
    assert.deepEqual(
      t.turns.map((u) => `${u.speaker}/${u.role}`),
      ['Operator/operator', 'Bo Tran/analyst', 'Ada Quill/executive'],
    );
    assert.deepEqual([t.meta.company, label(t.meta.period)], ['Lantern Bay Foods', 'Q3 2031']);
  });
});

describe('a provider layout not in the corpus', () => {
  // A title block without ticker, a roster of "Name, Title" lines (one wrapped), "NAME:" turns in
  // capitals, no Q&A heading: read from its shapes, with the company and period from the operator.
  const t = parse([
    'Brightwater Rail Group',
    'Fourth Quarter 2031 Results Conference Call',
    'March 2, 2032',
    '',
    'SPEAKERS',
    'Ada Quill, Chief Executive Officer, Brightwater',
    '  Rail Group',
    'Cy Ober, Chief Financial Officer',
    'Bo Tran, Eastgate Research',
    '',
    'OPERATOR: Good morning and welcome to the Brightwater Rail Group fourth quarter 2031 results call.',
    'ADA QUILL: Thank you. Freight volumes rose 7% and revenue reached $410 million.',
    'CY OBER: Operating ratio improved to 61.2%.',
    'OPERATOR: Our first question comes from Bo Tran with Eastgate Research.',
    'BO TRAN: How are intermodal volumes trending?',
    'ADA QUILL: Up mid-single digits.',
    "OPERATOR: This concludes today's call.",
  ]);

  it('reads the roster, its wrapped line included, and no roster line as a turn', () => {
    assert.deepEqual(
      t.participants.map((p) => [p.name, p.title, p.firm]),
      [
        ['Ada Quill', 'Chief Executive Officer', 'Brightwater Rail Group'],
        ['Cy Ober', 'Chief Financial Officer', 'Brightwater Rail Group'],
        ['Bo Tran', null, 'Eastgate Research'],
      ],
    );
  });

  it("reads the turns, the Q&A from the operator's first question, and the roles", () => {
    assert.deepEqual(turnsOf(t), [
      'Operator/operator/presentation',
      'ADA QUILL/executive/presentation',
      'CY OBER/executive/presentation',
      'Operator/operator/qa',
      'BO TRAN/analyst/qa',
      'ADA QUILL/executive/qa',
      'Operator/operator/qa',
    ]);
  });

  it('finds the company and the period, and does not take the period for the company', () => {
    assert.deepEqual([t.meta.company, label(t.meta.period), t.meta.date], ['Brightwater Rail Group', 'Q4 2031', '2032-03-02']);
    assert.equal(t.format, 'generic');
  });
});

describe('call facts and notes', () => {
  it('finds the period in the opening words when the header gives none', () => {
    const t = parse([
      'Operator',
      'Good day and welcome to the Orchard Lane Motors second quarter 2031 results call.',
      '',
      'Ada Quill',
      'Thank you. Unit sales rose 6%.',
      '',
      'Bo Tran',
      'What drove it?',
      '',
      'Ada Quill',
      'The compact line.',
      '',
      'Bo Tran',
      'Thanks.',
    ]);
    assert.deepEqual([t.meta.company, label(t.meta.period)], ['Orchard Lane Motors', 'Q2 2031']);
    assert.deepEqual(t.notes, []);
  });

  it('says so in the notes when no company or period is found', () => {
    const t = parse(['Ada Quill', 'Unit sales rose 6%.', '', 'Bo Tran', 'What drove it?', '', 'Ada Quill', 'The compact line.', '', 'Bo Tran', 'Thanks.']);
    assert.ok(t.notes.some((n) => /no company/i.test(n)));
    assert.ok(t.notes.some((n) => /no fiscal period/i.test(n)));
  });

  it("marks a copyright block and a publisher's summary as not speech", () => {
    const t = parse([
      'Key Takeaways',
      'Revenue rose 9% to $13 million.',
      '',
      'Presentation',
      '',
      'Ada Quill',
      'Revenue rose 9% to $13 million.',
      '',
      'Bo Tran',
      'Thanks.',
      '',
      'Ada Quill',
      'You are welcome.',
      '',
      'Bo Tran',
      'Bye.',
      '',
      'Copyright 2031 Example Media. All rights reserved.',
    ]);
    assert.deepEqual(
      t.notSpeech?.map((r) => [r.kind, r.range.start.line, r.range.end.line]),
      [
        ['summary', 0, 1],
        ['copyright', 17, 17],
      ],
    );
    assert.equal(t.turns[0].range.start.line, 5);
  });
});

describe('headers of layouts no provider uses', () => {
  it('reads the company before the period, a bracketed ticker, and ISO or day-first dates', () => {
    const titled = parse(['Lantern Bay Foods Inc. (LBF) Q2 2031 Earnings Call Transcript', 'Date: 2031-08-05', '', 'Ada Quill: Sales rose.']);
    assert.deepEqual(
      [titled.meta.company, titled.meta.ticker, label(titled.meta.period), titled.meta.date],
      ['Lantern Bay Foods Inc.', 'LBF', 'Q2 2031', '2031-08-05'],
    );
    const shouted = parse(['LANTERN BAY FOODS - Q3 2031 EARNINGS CALL', '5 November 2031', '', 'Ada Quill: Sales rose.']);
    assert.deepEqual([shouted.meta.company, label(shouted.meta.period), shouted.meta.date], ['LANTERN BAY FOODS', 'Q3 2031', '2031-11-05']);
  });

  it("reads an export's header fields", () => {
    const t = parse([
      'Company: Lantern Bay Foods Inc.',
      'Ticker: NASDAQ: LBF',
      'Event: Q2 2031 Earnings Call',
      'Date: August 5, 2031',
      '',
      'Ada Quill: Sales rose 9%.',
      'Bo Tran: How did pricing hold up?',
      'Ada Quill: Pricing held.',
      'Bo Tran: Thanks.',
    ]);
    assert.deepEqual(
      [t.meta.company, t.meta.ticker, t.meta.title, label(t.meta.period), t.meta.date],
      ['Lantern Bay Foods Inc.', 'LBF', 'Q2 2031 Earnings Call', 'Q2 2031', '2031-08-05'],
    );
    assert.equal(t.turns.length, 4);
  });

  it('takes no title, company, period or date from sentences about results', () => {
    const t = parse([
      'Our results in Q4 and for the full year show progress toward our goals.',
      'Adjusted earnings per share rose 14% compared to Q4 2030.',
      'On March 3, 2031, we opened our tenth plant.',
    ]);
    assert.deepEqual([t.meta.title, t.meta.company, t.meta.period, t.meta.date], [null, null, null, null]);
  });
});

describe('layouts of transcription services and plain exports', () => {
  it('reads "[hh:mm:ss] Name, Title: text" turns, the title and the firm from the label', () => {
    const t = parse([
      'Lantern Bay Foods Inc. (LBF) Q2 2031 Earnings Call Transcript',
      '',
      '[00:00:05] Operator: Welcome to the Lantern Bay Foods second quarter 2031 call.',
      '[00:00:21] Ada Quill, Chief Executive Officer: Sales rose 9% to $40 million.',
      '[00:03:40] Cy Marsh, Chief Financial Officer: We expect third-quarter sales of $42 million.',
      '[00:10:12] Operator: Our first question comes from Bo Tran with Eastgate Research.',
      '[00:10:20] Bo Tran, Eastgate Research: How did pricing hold up?',
      '[00:10:31] Ada Quill, Chief Executive Officer: Pricing held.',
      '[00:11:02] Bo Tran, Eastgate Research: Thank you.',
    ]);
    assert.deepEqual(
      t.turns.map((u) => [u.speaker, u.title ?? u.firm, u.role]),
      [
        ['Operator', null, 'operator'],
        ['Ada Quill', 'Chief Executive Officer', 'executive'],
        ['Cy Marsh', 'Chief Financial Officer', 'executive'],
        ['Operator', null, 'operator'],
        ['Bo Tran', 'Eastgate Research', 'analyst'],
        ['Ada Quill', 'Chief Executive Officer', 'executive'],
        ['Bo Tran', 'Eastgate Research', 'analyst'],
      ],
    );
    // The name's range starts after the time stamp.
    assert.equal(t.turns[1]!.headerRange.start.character, '[00:00:21] '.length);
  });

  it('ends a roster where a person it lists speaks: "NAME (Title):" over speech', () => {
    const t = parse([
      'LANTERN BAY FOODS - Q2 2031 EARNINGS CALL',
      '',
      'PARTICIPANTS',
      'Ada Quill -- CEO',
      'Bo Tran -- Eastgate Research -- Analyst',
      '',
      'ADA QUILL (CEO):',
      'Sales rose 9% to $40 million in the quarter, ahead of what we had planned for.',
      '',
      'QUESTIONS AND ANSWERS',
      '',
      'BO TRAN (EASTGATE RESEARCH):',
      'How did pricing hold up over the period, and what do you see ahead?',
      '',
      'ADA QUILL (CEO):',
      'Pricing held, and we see more of the same in the months ahead of us now.',
    ]);
    assert.deepEqual(
      t.turns.map((u) => [u.speaker.toLowerCase(), u.section]),
      [
        ['ada quill', 'presentation'],
        ['bo tran', 'qa'],
        ['ada quill', 'qa'],
      ],
    );
    assert.equal(t.participants.length, 2);
    assert.equal(t.notSpeech?.length ?? 0, 0);
  });

  it('reads "Name (00:01:02):" headers over speech and "Speaker 2:" voices a service could not name', () => {
    const headed = parse([
      'Ada Quill (00:00:05):',
      'Sales rose 9% to $40 million in the quarter.',
      '',
      'Bo Tran (00:02:11):',
      'How did pricing hold up?',
      '',
      'Ada Quill (00:02:30):',
      'Pricing held.',
      '',
      'Bo Tran (00:03:02):',
      'Thank you.',
    ]);
    assert.deepEqual(
      headed.turns.map((u) => [u.speaker, u.firm]),
      [
        ['Ada Quill', null],
        ['Bo Tran', null],
        ['Ada Quill', null],
        ['Bo Tran', null],
      ],
    );
    const voices = parse([
      'Speaker 1 (00:05): Sales rose 9% to $40 million.',
      'Speaker 2 (02:11): How did pricing hold up?',
      'Speaker 1 (02:30): Pricing held.',
      'Speaker 2 (03:02): Thank you.',
    ]);
    assert.deepEqual(
      voices.turns.map((u) => u.speaker),
      ['Speaker 1', 'Speaker 2', 'Speaker 1', 'Speaker 2'],
    );
  });

  it('reads names over "Title, Firm" lines, "<Q - Name>:" exchanges and a "Name (TICK)" header line', () => {
    const t = parse([
      'Lantern Bay Foods Inc. (LBF)',
      'Q2 2031 Earnings Call',
      '',
      'Corporate Participants',
      'Ada Quill',
      'Chief Executive Officer, Lantern Bay Foods Inc.',
      '',
      'Other Participants',
      'Bo Tran',
      'Analyst, Eastgate Research LLC',
      '',
      'MANAGEMENT DISCUSSION SECTION',
      '',
      'Ada Quill',
      'Chief Executive Officer, Lantern Bay Foods Inc.',
      'Sales rose 9% to $40 million in the quarter, ahead of our plan.',
      '',
      'QUESTION AND ANSWER SECTION',
      '',
      '<Q - Bo Tran>: How did pricing hold up?',
      '<A - Ada Quill>: Pricing held.',
      '<Q - Bo Tran>: Thank you.',
    ]);
    assert.deepEqual([t.meta.company, t.meta.ticker], ['Lantern Bay Foods Inc.', 'LBF']);
    assert.deepEqual(
      t.turns.map((u) => [u.speaker, u.title, u.role, u.section]),
      [
        ['Ada Quill', 'Chief Executive Officer', 'executive', 'presentation'],
        ['Bo Tran', 'Analyst', 'analyst', 'qa'],
        ['Ada Quill', 'Chief Executive Officer', 'executive', 'qa'],
        ['Bo Tran', 'Analyst', 'analyst', 'qa'],
      ],
    );
    assert.equal(t.notSpeech?.length ?? 0, 0);
  });

  it('reads speaker labels in bold or after a caption\'s ">>"', () => {
    const bold = parse(['**Ada Quill:** Sales rose 9%.', '**Bo Tran:** How did pricing hold up?', '**Ada Quill:** Pricing held.', '**Bo Tran:** Thanks.']);
    assert.deepEqual(
      bold.turns.map((u) => u.speaker),
      ['Ada Quill', 'Bo Tran', 'Ada Quill', 'Bo Tran'],
    );
    const first = bold.turns[0]!;
    assert.equal(first.headerRange.start.character, 2);
    const captions = parse(['>> ADA QUILL: Sales rose 9%.', '>> BO TRAN: How did pricing hold up?', '>> ADA QUILL: Pricing held.', '>> BO TRAN: Thanks.']);
    assert.deepEqual(
      captions.turns.map((u) => u.speaker),
      ['ADA QUILL', 'BO TRAN', 'ADA QUILL', 'BO TRAN'],
    );
    const blocks = parse([
      '**Ada Quill** - CEO',
      'Sales rose 9%.',
      '',
      '**Bo Tran** - Eastgate Research',
      'How did pricing hold up?',
      '',
      '**Ada Quill** - CEO',
      'Pricing held.',
      '',
      '**Bo Tran** - Eastgate Research',
      'Thanks.',
    ]);
    assert.deepEqual(
      blocks.turns.map((u) => [u.speaker, u.title ?? u.firm]),
      [
        ['Ada Quill', 'CEO'],
        ['Bo Tran', 'Eastgate Research'],
        ['Ada Quill', 'CEO'],
        ['Bo Tran', 'Eastgate Research'],
      ],
    );
  });

  it('takes who speaks in the prepared remarks by name for the company, where a Q&A bounds them', () => {
    const t = parse([
      'Operator: Welcome to the call.',
      'Ada Quill: Sales rose 9% to $40 million.',
      'Unidentified Audience Member: Can you hear us?',
      'Operator: Our first question comes from Bo Tran with Eastgate Research.',
      'Bo Tran: How did pricing hold up?',
      'Ada Quill: Pricing held.',
      'Bo Tran: Thanks.',
    ]);
    assert.deepEqual(
      t.turns.map((u) => [u.speaker, u.role]),
      [
        ['Operator', 'operator'],
        ['Ada Quill', 'executive'],
        ['Unidentified Audience Member', 'unknown'],
        ['Operator', 'operator'],
        ['Bo Tran', 'analyst'],
        ['Ada Quill', 'executive'],
        ['Bo Tran', 'analyst'],
      ],
    );
    // No Q&A: the remarks have no bound, and no one is taken for the company this way.
    const open = parse(['Ada Quill: Sales rose 9%.', 'Bo Tran: How did pricing hold up?', 'Ada Quill: Pricing held.', 'Bo Tran: Thanks.']);
    assert.deepEqual(
      open.turns.map((u) => u.role),
      ['unknown', 'unknown', 'unknown', 'unknown'],
    );
  });

  it("opens the Q&A where the company opens the line or the operator names the next questioner, and a bank's rank makes no executive", () => {
    const t = parse([
      'Ada Quill, Chief Executive Officer: Sales rose 9% to $40 million.',
      'Cy Marsh, Director of Investor Relations: Thanks, Ada. Let us go ahead and open the line for questions.',
      'Operator: Bo Tran from Eastgate Research.',
      'Bo Tran, Managing Director: How did pricing hold up?',
      'Ada Quill, Chief Executive Officer: Pricing held.',
      'Operator: Our final question today is coming from Dee Ng with Northgate.',
      'Dee Ng, MD and Head of Consumer Research: And volumes?',
      'Ada Quill, Chief Executive Officer: Up 3%.',
    ]);
    assert.deepEqual(
      t.turns.map((u) => [u.speaker, u.role, u.section]),
      [
        ['Ada Quill', 'executive', 'presentation'],
        ['Cy Marsh', 'executive', 'presentation'],
        ['Operator', 'operator', 'qa'],
        ['Bo Tran', 'analyst', 'qa'],
        ['Ada Quill', 'executive', 'qa'],
        ['Operator', 'operator', 'qa'],
        ['Dee Ng', 'analyst', 'qa'],
        ['Ada Quill', 'executive', 'qa'],
      ],
    );
  });

  it("takes the call's host by any of its names for the operator, the name's range as written", () => {
    const t = parse([
      'Moderator: Welcome to the Lantern Bay Foods call.',
      'Ada Quill: Sales rose 9%.',
      'Host: Our first question comes from Bo Tran with Eastgate Research.',
      'Bo Tran: How did pricing hold up?',
      'Ada Quill: Pricing held.',
      'Bo Tran: Thanks.',
    ]);
    assert.deepEqual(
      t.turns.map((u) => [u.speaker, u.role, u.section]),
      [
        ['Operator', 'operator', 'presentation'],
        ['Ada Quill', 'executive', 'presentation'],
        ['Operator', 'operator', 'qa'],
        ['Bo Tran', 'analyst', 'qa'],
        ['Ada Quill', 'executive', 'qa'],
        ['Bo Tran', 'analyst', 'qa'],
      ],
    );
    assert.deepEqual(t.turns[2]!.headerRange, { start: { line: 2, character: 0 }, end: { line: 2, character: 'Host'.length } });
  });

  it('reads WebVTT voice tags as turns', () => {
    const t = parse([
      'WEBVTT',
      '',
      '00:00:05.000 --> 00:00:20.000',
      '<v Ada Quill>Sales rose 9% to $40 million.',
      '',
      '00:00:21.000 --> 00:00:40.000',
      '<v Bo Tran>How did pricing hold up?',
      '',
      '00:00:41.000 --> 00:00:59.000',
      '<v Ada Quill>Pricing held.',
      '',
      '00:01:00.000 --> 00:01:09.000',
      '<v Bo Tran>Thank you.',
    ]);
    assert.deepEqual(
      t.turns.map((u) => u.speaker),
      ['Ada Quill', 'Bo Tran', 'Ada Quill', 'Bo Tran'],
    );
  });
});
