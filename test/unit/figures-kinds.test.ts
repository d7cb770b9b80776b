// One test per kind of figure misreading the dev gold showed, each on fictional text: the segment
// and qualifier of a figure, its sign and spread, its basis (guided growth, revisions, the earlier
// outlook a revision starts from) and its period (fiscal quarters, nine months, the year opened).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Figure } from '../../server/src/core/figures/figure';
import { recogniseFigures } from '../../server/src/core/figures/recognise';
import { DEFAULT_TOLERANCE, judgeLines, type Judgement } from '../../server/src/core/ledger/judge';
import { buildLedger } from '../../server/src/core/ledger/ledger';
import { parseTranscript } from '../../server/src/core/parse';
import { emptyMeta, type Transcript } from '../../server/src/core/model';
import { TextLines } from '../../server/src/core/text';
import { label, labelled, period as periodOf, type Labelled } from './periodLabels';

/** A call of plain prose: its period and company, nothing else. */
function plainCall(period: string, company: string | null = 'Quillon Corp.'): Transcript {
  return { format: 'plain', meta: { ...emptyMeta(), period: periodOf(period), company }, participants: [], sections: [], turns: [], exchanges: [], notes: [] };
}

function figuresOf(text: string, period = 'Q2 2031', company: string | null = 'Quillon Corp.'): Labelled<Figure>[] {
  return recogniseFigures(new TextLines(text), plainCall(period, company)).map(labelled);
}

/** The figures of prose as an executive's turn gives them (only management's outlook is judged), and what the call's ledger judges of them. */
function judgedAsSpoken(prose: string, period = 'Q2 2031'): { figures: Figure[]; judgements: Judgement[] } {
  const lines = new TextLines(prose);
  const transcript = plainCall(period);
  const figures = recogniseFigures(lines, transcript).map((f) => ({ ...f, role: 'executive' as const, turn: 0 }));
  return { figures, judgements: judgeLines(buildLedger(figures, lines, transcript).lines, DEFAULT_TOLERANCE) };
}

function about(f: Labelled<Figure>) {
  return { metric: f.metric, period: f.period, basis: f.basis };
}

function the(text: string, prose: string, period?: string): Labelled<Figure> {
  const f = figuresOf(prose, period).find((x) => x.text === text);
  assert.ok(f, `${text} in ${prose}`);
  return f;
}

describe('figures: segments and qualifiers', () => {
  it('a short mention of a segment takes the full name the call reports it under', () => {
    const call = 'Growth came from our Ferns and Orchard Produce segments. Our Orchard had a strong quarter. Operating income was up 12% to $30 million.';
    const f = figuresOf(call).find((x) => x.text === '12%')!;
    assert.deepEqual([f.segment, f.metric], ['Orchard Produce', 'Orchard Produce operating income']);
    // A common word is no short name: "service gross margin" in a call with a "Service Provider business".
    assert.equal(the('68%', 'Our Service Provider business was weak. Service gross margin was 68%.').segment, 'service');
    // Two full names that start alike: which one is meant is not known, the mention stays as said.
    const two = figuresOf(`Our Orchard Produce business and Orchard Tools business grew. ${call.slice(call.indexOf('Our Orchard had'))}`);
    assert.equal(two.find((x) => x.text === '12%')!.segment, 'Orchard');
    // The company's own figure takes no segment from the names.
    assert.equal(the('5%', 'Growth came from our Orchard Produce segment. Operating income was up 5% in total.').segment ?? null, null);
  });

  it('a qualifier may stand between a percentage and the metric after it', () => {
    const f = the('61%', 'We expect 61% non-GAAP product gross margin for fiscal 2032.', 'Q1 2032');
    assert.deepEqual([f.metric, f.segment], ['product gross margin', 'product']);
    assert.equal(the('18%', 'We expect 18% adjusted operating margin next year.', 'Q1 2032').metric, 'operating margin');
  });

  it('reads a percentage before a hyphenated word and its metric, but not across "and" to the next clause', () => {
    assert.equal(the('14%', 'We delivered 14% year-over-year revenue growth.').metric, 'revenue');
    assert.equal(the('7%', 'Average ticket was up 7% and sales rose 3%.').metric, null);
  });

  it('reads a segment before "total net sales": net sales are its revenue', () => {
    const f = the('3%', 'We expect International total net sales growth to be around 3%.');
    assert.equal(f.segment?.toLowerCase(), 'international');
    assert.equal(the('9%', 'Northlands net sales grew 9%.').segment, 'Northlands');
  });

  it('keeps the segment apart, from names, possessives and the sentence subject', () => {
    assert.equal(the('$2.5 billion', 'The Orchard Devices Group had record revenue of $2.5 billion.').segment, 'Orchard Devices Group');
    assert.equal(the('21.5%', "Northlands' non-GAAP operating margin was 21.5%.").segment, 'Northlands');
    assert.equal(the('61.2%', 'Product gross margin was 61.2%.').segment, 'product');
  });

  it('reads a place named right after the metric as its segment, not a period or a list of places', () => {
    assert.equal(the('3.4%', 'Comps in the Eastlands were positive 3.4% for the quarter.').metric, 'Eastlands comparable store sales');
    assert.equal(the('5%', 'We posted a 5% comp in our largest market, the U.K., our best in a year.').segment, 'U.K.');
    assert.equal(the('12%', 'Sales in Northlands operations increased by 12%.').metric, 'Northlands Operations revenue');
    // The quarter, the company and a list of places are no segment.
    assert.equal(the('$4 million', 'Revenue in Q2 was $4 million.').segment ?? null, null);
    assert.equal(the('8%', 'Revenue in Quillon grew 8%.').segment ?? null, null);
    assert.equal(the('$6 million', 'Revenue in the U.K. and Eastlands was $6 million.').segment ?? null, null);
    assert.equal(the('$7 million', 'Revenue in U.S. dollars was $7 million.').segment ?? null, null);
  });

  it('takes a heading sentence that names a segment as what its paragraph reports, up to the next paragraph', () => {
    const prose = 'Finally, Bramble Devices. Revenue was $40 million, up 6%.\nRevenue was $90 million.';
    assert.equal(the('$40 million', prose).metric, 'Bramble Devices revenue');
    assert.equal(the('6%', prose).metric, 'Bramble Devices revenue');
    assert.equal(the('$90 million', prose).metric, 'revenue');
    // A topic the remarks take in turn is no segment.
    assert.equal(the('1 point', 'First, FX. We expect FX to increase revenue growth by about 1 point.').segment ?? null, null);
  });

  it('takes the other ways a speaker moves on to a segment as headings too', () => {
    for (const heading of [
      'Now to Bramble Devices.',
      'Now on to Bramble Devices.',
      'Now turning to Bramble Devices.',
      'Turning next to Bramble Devices.',
      'Next is Bramble Devices.',
    ])
      assert.equal(the('$40 million', `${heading} Revenue was $40 million, up 6%.`).metric, 'Bramble Devices revenue', heading);
    assert.equal(the('$4.7 billion', 'Now on to Harbor. Orders of $4.7 billion were up 4%.').metric, 'Harbor orders');
    // A topic the remarks take in turn is still no segment.
    assert.equal(the('$40 million', 'Now to FX. Revenue was $40 million lower from currency.').metric, 'revenue');
  });

  it('takes a heading that names a unit by its word, or in lower case where the call names it a unit', () => {
    assert.equal(the('$4 billion', 'Starting with our Bramble segment. Revenues were $4 billion, up 9%.').metric, 'Bramble revenue');
    assert.equal(the('$10.2 billion', 'Moving on to our Harbor Services segment. Worldwide sales of $10.2 billion grew 7%.').metric, 'Harbor Services revenue');
    assert.equal(the('$8 billion', 'Now to our final segment, Bramble Devices. Revenue was $8 billion.').metric, 'Bramble Devices revenue');
    assert.equal(the('$2 billion', "Let's start with our tidal business. Revenue was $2 billion.").metric, 'Tidal revenue');
    // What the unit holds may follow its name.
    assert.equal(the('$2.8 billion', 'Turning to Bramble Cloud, including BCP and Bramble Desk. Revenue was $2.8 billion.').metric, 'Bramble Cloud revenue');
    const rail = 'Finally, turning to rail freight. Revenue was $161 million, up 13%.';
    assert.equal(the('$161 million', `We grew our rail freight business again.\n\n${rail}`).metric, 'Rail Freight revenue');
    // A name in lower case the call never calls a unit, a statement, or the results of all of them: no segment.
    assert.equal(the('$161 million', rail).metric, 'revenue');
    assert.equal(the('$9 billion', 'Let me now turn to our segment financial results. Revenue was $9 billion.').metric, 'revenue');
    assert.equal(the('$3 billion', 'Turning to the balance sheet. Revenue in the quarter was $3 billion.').metric, 'revenue');
  });

  it('opens a unit at "Looking at our X segment," and at a frame in lower case the call names a unit, up to the next frame', () => {
    assert.equal(the('11%', 'Looking at our Kiln segment, we had solid growth. Revenue was up 11%.').metric, 'Kiln revenue');
    const call = 'We grew our tidal business again.\n\n';
    assert.equal(the('9%', `${call}In tidal, revenue decreased 9%.`).metric, 'Tidal revenue');
    // What the frame's sentence says grew is its own, not the unit's revenue.
    assert.equal(the('40%', `${call}Revenue grew. In tidal, the number of platforms increased by more than 40%.`).metric, null);
    // The next frame leaves the unit, known or not; a frame the call never calls a unit opens none.
    assert.equal(the('6%', `${call}In tidal, revenue grew 5%. In wavepower, we forecast 6% sales growth.`).metric, 'revenue');
    assert.equal(the('5%', 'In tidal, revenue grew 5%.').metric, 'revenue');
  });

  it('takes a heading at the end of a sentence that moves on, a topic word the call uses in a name, and the name a heading gives in full', () => {
    const tail = 'Let me now turn to our segment financial results, starting with the Bramble segment. Revenues were $38 billion, up 19%.';
    assert.equal(the('$38 billion', tail).metric, 'Bramble revenue');
    // "Other" opens a topic ("Next, other."), but not a name the call writes: "Other Ventures".
    const other = 'We keep investing in Other Ventures.\n\nLet me now turn to Other Ventures. Revenues were $146 million.';
    assert.equal(the('$146 million', other).metric, 'Other Ventures revenue');
    // A heading names its segment in full, not by the start of a longer name the call gives elsewhere ("our Bramble Hardware business").
    const full = 'Growth in our Bramble Hardware business was strong.\n\nStarting with the Bramble segment. Revenues were $38 billion.';
    assert.equal(the('$38 billion', full).metric, 'Bramble revenue');
  });

  it("reads the size of the business a paragraph is about as its revenue, and no other business's", () => {
    const prose = 'First, Orchard Cloud. Orchard Cloud, which includes our hosting tools, has reached scale. It is already a $2 billion-per-quarter business.';
    assert.equal(the('$2 billion', prose).metric, 'Orchard Cloud revenue');
    assert.equal(the('$3 billion', 'Delivery has become a $3 billion business for us.').metric, null);
  });

  it('reads a period or a month said before the metric as no segment, in a paragraph about one or not', () => {
    assert.equal(the('$80 million', 'FY31 revenue was $80 million, up 12%.').metric, 'revenue');
    assert.equal(the('$7 million', 'Revenue through February was $7 million.').metric, 'revenue');
    const unit = 'Our Fourth Quarter Review follows. And finally, turning to the Bramble Business Unit. Fourth quarter revenue was $3 million.';
    assert.equal(the('$3 million', unit).metric, 'Bramble revenue');
  });

  it('reads "That 6.2% was …" as the figure of the metric the sentence before named', () => {
    const prose = 'I would like to ask about the Orchard operating margins. That 6.2% was the highest in years.';
    assert.equal(the('6.2%', prose).metric, 'Orchard operating margin');
    // Said of something else after it, it is not the metric's own.
    assert.equal(the('12%', 'I would like to ask about revenue. That 12% or 14% in the tools line is good.').metric, null);
  });

  it('reads an impact on a long-named metric, a year in its name, as an effect, and the revenue recognition standard as no revenue', () => {
    const effect = the('$90 million', "We expect an adverse impact on Orchard Media's fiscal 2031 operating income of $90 million.");
    assert.equal(effect.metric, 'Orchard Media operating income impact');
    assert.equal(the('$1.20', 'Adjusted EPS excluding the revenue recognition standard was $1.20.').metric, 'EPS');
    // Revenue recognised is revenue.
    assert.equal(the('EUR 30 million', 'We expect revenue recognition of about EUR 30 million.').metric, 'revenue');
  });

  it('reads "a 70 basis point positive impact on revenue" as an effect on the metric after it', () => {
    const prose = 'Acquisitions had a 70 basis point positive impact on revenue and a negative $0.02 year-over-year impact on our non-GAAP EPS.';
    assert.deepEqual(about(the('70 basis point', prose)), { metric: 'revenue impact', period: 'Q2 2031', basis: 'actual' });
    assert.equal(the('$0.02', prose).metric, 'EPS impact');
  });

  it("reads an impact on revenue that acquisitions caused as the acquisitions' contribution, not when they are left out", () => {
    const prose = 'Looking at the impact of acquisitions on our results, there was a 60 basis point positive impact on revenue and a $0.02 impact on EPS.';
    assert.equal(the('60 basis point', prose).metric, 'acquisition contribution to revenue growth');
    assert.equal(the('$0.02', prose).metric, 'EPS impact');
    assert.equal(the('2%', 'Excluding the impact of acquisitions, currency had a 2% impact on revenue.').metric, 'revenue impact');
  });

  it('reads a benefit, headwind or drag to a metric as an effect on it, not where it shows', () => {
    assert.equal(the('$35 million', 'The earlier holiday drove a $35 million benefit to operating income.').metric, 'operating income impact');
    assert.equal(the('3-point', 'The acquired unit was a 3-point drag on operating income growth.').metric, 'operating income impact');
    assert.equal(the('2 point', 'We expect currency to be a 2 point headwind to revenue.', 'Q4 2031').metric, 'revenue impact');
    assert.notEqual(the('$90 million', 'The deferred tax item was a $90 million benefit on the cash flow statement.').metric, 'cash flow impact');
  });

  it("reads a dividend's amount per share apart from the total paid", () => {
    assert.equal(the('DKK 8.20', 'The board proposes a total 2031 dividend of DKK 8.20.').metric, 'dividend per share');
    assert.equal(the('$1.4 billion', 'We paid dividends of $1.4 billion in the quarter.').metric, 'dividend');
  });

  it('reads the kind of revenue a "line item" names', () => {
    assert.equal(the('9%', 'The line item garden tools revenue increased about 9%.').metric, 'garden tools revenue');
  });

  it('keeps a paragraph on its segment through "overall" said of no metric, and returns to the company at "total revenue"', () => {
    const prose = 'The Orchard Devices Group had record revenue of $2.1 billion. Overall unit volume was up 10%. Operating margin came in at 44%.';
    assert.equal(the('44%', prose).metric, 'Orchard Devices Group operating margin');
    const back = 'The Orchard Devices Group had record revenue of $2.1 billion. Total revenue was $9 billion. Operating margin came in at 31%.';
    assert.equal(the('31%', back).metric, 'operating margin');
    const company = 'The Orchard Devices Group had record revenue of $2.1 billion. Moving to overall company results. Revenue was up 9%.';
    assert.equal(the('9%', company).metric, 'revenue');
    // A sentence that opens with "Excluding" or "Given" names no segment.
    assert.equal(the('4%', 'Excluding Bramblewood, revenue grew 4%.').metric, 'revenue');
  });

  it('finds the subject segment after a period that opens the sentence, for the figures after it', () => {
    const prose =
      'For the full year 2031, Moonshot Ventures revenues were $1.2 billion. Operating loss was $3.4 billion versus an operating loss of $3.6 billion in 2030.';
    const f = the('$3.6 billion', prose, 'Q4 2031');
    assert.deepEqual([f.metric, f.value], ['Moonshot Ventures operating income', -3.6e9]);
    // An opener word that starts a name the call writes elsewhere: "Other Ventures".
    const other = 'We invest across Other Ventures. For the full year 2031, Other Ventures revenues were $1.2 billion. Operating loss was $3.4 billion.';
    assert.equal(the('$3.4 billion', other, 'Q4 2031').metric, 'Other Ventures operating income');
    assert.equal(the('$3.4 billion', 'For the full year 2031, Other businesses grew. Operating loss was $3.4 billion.', 'Q4 2031').metric, 'operating income');
  });

  it('keeps "and" inside a framed segment name, and a paragraph on its subject segment, by its initials too', () => {
    const f = the('12%', 'At Harbor and Rail, revenues increased 12%.');
    assert.deepEqual([f.segment, f.metric], ['Harbor and Rail', 'Harbor and Rail revenue']);
    const fs = figuresOf('The Orchard Devices Group delivered a strong quarter. ODG revenue of $2.1 billion was up 9%. Operating margin was 31%.');
    assert.deepEqual(
      fs.filter((x) => x.metric).map((x) => x.segment),
      ['Orchard Devices Group', 'Orchard Devices Group', 'Orchard Devices Group'],
    );
  });

  it('reads the initials of a hyphenated segment name as that segment', () => {
    const hyphenated = 'Moving on to Fenland-North-Marches. FNM revenues reached a record $1.4 billion in Q2.';
    assert.equal(the('$1.4 billion', hyphenated).metric, 'Fenland-North-Marches revenue');
    // A word's initial only: "FN" is not Fenland-North-Marches.
    assert.equal(the('$1.4 billion', 'Moving on to Fenland-North-Marches. FN revenues reached $1.4 billion.').segment, 'FN');
  });

  it('reads an abbreviation the call defines, "Name (ABC)", as the name it stands for', () => {
    const prose =
      'Our Harbor Logistics Services (HLS) unit had a good year. Elsewhere, demand held up.\n\nIn the quarter, HLS revenue grew 8% to $310 million.';
    const f = the('$310 million', prose);
    assert.deepEqual([f.segment, f.metric], ['Harbor Logistics Services', 'Harbor Logistics Services revenue']);
    // Letters that are not the name's initials define nothing: "(NYSE)" after a name is a listing.
    const listed = 'Quillon Holdings Ltd (NYSE) reported today.\n\nIn the quarter, QHL revenue grew 8% to $310 million.';
    assert.equal(the('$310 million', listed).segment, 'QHL');
  });

  it("reads a unit's letters said alone as the unit the call names", () => {
    const prose = 'Sales grew in both Northern Reach operations and Southern Fells operations.\n\nIn the quarter, SFO revenue was up 9%.';
    assert.equal(the('9%', prose).metric, 'Southern Fells operations revenue');
    // Letters two units share stand for neither.
    const shared = 'We run the Rail Services division and the Road Signals division.\n\nIn the quarter, RSD revenue was up 9%.';
    assert.equal(the('9%', shared).metric, 'RSD revenue');
  });

  it("reads the growth of the turn's topic said in a unit the call names as that unit's", () => {
    const prose =
      'Sales grew in both Northern Reach operations and Southern Fells operations. We saw a step-up for Lumo sales. Then a clear acceleration in SFO in the second quarter, now growing at 14%.';
    assert.equal(the('14%', prose).metric, 'Southern Fells operations revenue');
    // A period or a month is no unit: the topic keeps its segment.
    const dated = 'We saw a step-up for Lumo sales. Then a clear acceleration in June, now growing at 14%.';
    assert.equal(the('14%', dated).metric, 'Lumo revenue');
  });

  it('reads the place after a head with the product or kind before it, and a unit said in lower case', () => {
    assert.equal(the('18%', 'Sales in international operations declined by 18%.').metric, 'International Operations revenue');
    assert.equal(the('$2 billion', 'Lumo sales in international operations reached $2 billion.').metric, 'Lumo International Operations revenue');
    assert.equal(the('4%', 'And we saw retail sales in the Eastlands down 4%.').metric, 'Eastlands retail revenue');
    // A list of places is their sum: the product's alone.
    assert.equal(the('$2 billion', 'Lumo sales in the Eastlands and the Westlands were $2 billion.').metric, 'Lumo revenue');
    // A word that is no segment's names no unit.
    assert.equal(the('9%', 'Sales in several operations grew 9%.').metric, 'revenue');
  });

  it('does not take a person on the call for a segment', () => {
    const lines = new TextLines('Pat Lindqvist\nAnalyst\n\nPat, if you look back, your operating income was about $300 million lower.');
    const transcript: Transcript = {
      format: 'plain',
      meta: { ...emptyMeta(), period: periodOf('Q2 2031'), company: 'Quillon Corp.' },
      participants: [
        { name: 'Pat Lindqvist', firm: null, title: null, role: 'analyst', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 13 } } },
      ],
      sections: [],
      turns: [],
      exchanges: [],
      notes: [],
    };
    const f = recogniseFigures(lines, transcript).find((x) => x.text === '$300 million')!;
    assert.deepEqual([f.metric, f.segment], ['operating income', null]);
  });

  it('does not take the company or an opening adjective for a segment', () => {
    assert.equal(the('$3.1 billion', 'Quillon revenues in Q2 totaled a record $3.1 billion.').segment, null);
    assert.equal(the('$3.1 billion', 'Record revenue of $3.1 billion.').segment, null);
  });

  it('reads the segment a later sentence opens with, on the metric the turn was about', () => {
    const fs = figuresOf('Let me give more detail on our Q2 revenue. Our Sensors business did well. Sensors was up 7%.');
    const f = fs.find((x) => x.text === '7%')!;
    assert.deepEqual([f.metric, f.segment], ['Sensors revenue', 'Sensors']);
  });

  it('reads GAAP, non-GAAP, constant currency and "excluding" from the clause', () => {
    const fs = figuresOf(
      'Sales grew by 9% in Danish kroner. Sales grew 11% at constant exchange rates. Non-GAAP EPS was $0.61, and GAAP EPS was $0.40. EPS grew 8% excluding the one-time gain.',
    );
    const q = (t: string) => fs.find((x) => x.text === t)!.qualifier;
    assert.deepEqual([q('9%'), q('11%'), q('$0.61'), q('$0.40'), q('8%')], ['reported', 'constant-currency', 'non-GAAP', 'GAAP', 'adjusted']);
  });
});

describe('figures: metric vocabulary', () => {
  it('reads other revenue as its own line item, and carries it across "ex FX" to its level', () => {
    const prose = 'Other revenue increased 48% ex FX year-over-year to about $900 million, while total revenue grew 9%.';
    assert.equal(the('48%', prose).metric, 'other revenue');
    assert.equal(the('$900 million', prose).metric, 'other revenue');
    assert.equal(the('9%', prose).metric, 'revenue');
  });

  it('reads "X as a percentage of net sales" as the share of revenue of X, and a margin so said as the margin', () => {
    const f = the('4.3% to 4.4%', 'We expect consolidated operating income as a percentage of net sales to be approximately 4.3% to 4.4%.');
    assert.equal(f.metric, 'operating income (% of revenue)');
    assert.equal(the('12%', 'Capital expenditures as a percent of total revenue were 12%.').metric, 'capital expenditures (% of revenue)');
    assert.equal(the('16.5%', 'Operating margin as a percent of revenue was 16.5%.').metric, 'operating margin');
  });

  it('reads "comp sales", the spoken short form, as comparable store sales', () => {
    assert.equal(the('3%', 'Comp sales were up 3% in the quarter.').metric, 'comparable store sales');
    assert.equal(the('2%', 'As for comp sales, we expect growth at our Quillon stores of at least 2%.').metric, 'comparable store sales');
  });

  it('reads "growth margin", a mishearing of gross margin, as gross margin', () => {
    assert.equal(the('61.5%', 'Let me cover our Q2 revenue. From a non-GAAP perspective, total Q2 growth margin was 61.5%.').metric, 'gross margin');
  });

  it('reads the size of a repurchase programme apart from the repurchases made', () => {
    const prose = 'We bought back $2 billion of stock. The board extended our share repurchase program by up to an additional $5 billion.';
    assert.equal(the('$2 billion', prose).metric, 'share repurchases');
    assert.equal(the('$5 billion', prose).metric, 'share repurchase authorization');
  });

  it('reads reservations as a measure a segment can qualify', () => {
    assert.equal(
      the('4%', 'So far this quarter, domestic resort reservations are pacing down 4% compared to prior year.').metric,
      'domestic resort reservations',
    );
  });

  it("reads a bank's net interest income and margin as measures of their own", () => {
    assert.equal(the('12%', 'Net interest income was up 12% on higher loan balances.').metric, 'net interest income');
    assert.equal(the('2.9%', 'NIM expanded to 2.9% in the quarter.').metric, 'net interest margin');
  });

  it('names industry measures, ratios of revenue and scale words as what they are', () => {
    assert.equal(the('118%', 'Net revenue retention was 118%.').metric, 'net revenue retention');
    assert.equal(the('$4.2 billion', 'Remaining performance obligations were $4.2 billion.').metric, 'remaining performance obligations');
    assert.equal(the('3%', 'We posted a 3% comp in the quarter.').metric, 'comparable store sales');
    assert.equal(the('31%', 'Stock-based compensation fell to 31% of revenue.').metric, 'stock-based compensation (% of revenue)');
    assert.equal(the('$60 million', 'We recorded a tax benefit of $60 million.').metric, 'tax benefit');
    assert.equal(the('DKK 40 billion', 'Capital expenditure is expected to be around DKK 40 billion.').metric, 'capital expenditures');
    assert.notEqual(the('2.4 billion', 'We repurchased 2.4 billion in the quarter.').metric, 'billion');
  });

  it("reads one kind of revenue's share of all revenue as that kind's share, said either way round", () => {
    assert.equal(the('62%', 'We generated 62% of our total revenue from subscription contracts.').metric, 'subscription revenue (% of total revenue)');
    assert.equal(the('38%', 'Service revenue was 38% of total revenue.').metric, 'service revenue (% of total revenue)');
    // Two kinds together, or a word that only starts a longer name, name no one kind.
    assert.equal(the('51%', 'We took 51% of our revenue from software and services.').metric, 'share of revenue');
    assert.equal(the('44%', 'We took 44% of our revenue from data-centric businesses.').metric, 'share of revenue');
  });

  it('reads active members, customers and users, occupancy and square footage as measures of their own', () => {
    assert.equal(the('8.4 million', 'Active loyalty members grew 9% to 8.4 million.').metric, 'active members');
    assert.equal(the('31 million', 'Our app now has 31 million monthly active users.').metric, 'active users');
    assert.equal(the('12%', 'Active buyer customers were up 12%.').metric, 'active customers');
    assert.equal(the('87%', 'Hotel occupancy was 87% in the quarter.').metric, 'occupancy');
    assert.equal(the('6%', 'We grew our warehouse square footage by 6%.').metric, 'square footage');
    // Rent, not how full: "occupancy costs", "leverage on occupancy"; a basis of measuring is no measure.
    assert.notEqual(the('$9 million', 'We booked $9 million of occupancy costs.').metric, 'occupancy');
    assert.notEqual(the('15 basis points', 'We leveraged occupancy by 15 basis points.').metric, 'occupancy');
    assert.notEqual(the('4%', 'Permits were up 4% on a square footage basis.').metric, 'square footage');
  });
});

describe('figures: what a number names', () => {
  it('reads a year-like number after a name as part of the name, not a period', () => {
    const fs = figuresOf('We signed 15 Global 2000 organizations. Revenue was $5 million.');
    assert.equal(fs.find((x) => x.text === '2000')!.category, 'product number');
    assert.equal(fs.find((x) => x.text === '$5 million')!.period, 'Q2 2031');
  });

  it('counts additions as the figure, not as a change', () => {
    const f = the('740', 'We added 740 net new customers.');
    assert.deepEqual([f.metric, f.basis], ['net new customers', 'actual']);
  });
});

describe('figures: a metric carried from the sentence and the turn', () => {
  it('reads a run rate after an amount as the revenue run rate where revenue is said or talked about', () => {
    const said = the('$9 billion', "We're at a $9 billion run rate in top line revenues for Zephyr, up from $8 billion.");
    assert.deepEqual([said.metric, said.segment], ['Zephyr revenue run rate', 'Zephyr']);
    const topic = the('$4 billion', 'Now let me talk about Zephyr revenue. Growth accelerated again. And now nearly a $4 billion run rate.');
    assert.equal(topic.metric, 'Zephyr revenue run rate');
    assert.equal(the('$6 billion', 'Zephyr revenue grew 41%, now over a $6 billion run rate.').metric, 'Zephyr revenue run rate');
    assert.equal(the('62%', 'Zephyr revenue grew 41%, now over a $6 billion run rate, Nimbus up 62%.').metric, 'Nimbus revenue');
    assert.notEqual(the('$50 million', 'We expect cost savings to reach a $50 million run rate.').metric, 'revenue run rate');
  });

  it('keeps a walk through the segments on revenue past a balance said in passing', () => {
    const prose =
      'Let me give more detail on our Q2 revenue. Our Widgets business was up 4%. There was also a strong increase in deferred revenue, up 18%. Gadgets was up 6%, with strong performance in our Gadgets line.';
    assert.equal(the('6%', prose).metric, 'Gadgets revenue');
  });

  it('reads a figure corrected right after ("18% -- excuse me, $18 billion") as no figure, and the correction as the metric', () => {
    const prose = "We're at a $9 billion run rate in top line revenues for Zephyr, up from 8% -- excuse me, $8 billion last quarter.";
    const wrong = the('8%', prose);
    assert.deepEqual([wrong.metric, wrong.basis, wrong.period], [null, 'other', null]);
    assert.equal(the('$8 billion', prose).metric, 'Zephyr revenue run rate');
  });

  it('carries the metric named last to a change said of nothing but a period or "it"', () => {
    const prose = 'The operating income growth you have seen includes these investments. For the year, up 22% versus last year.';
    assert.equal(the('22%', prose, 'Q4 2031').metric, 'operating income');
    const capex = "Let me address capex, where we are still investing. You're right that this quarter was up 33% versus last year.";
    assert.equal(the('33%', capex).metric, 'capital expenditures');
    // A change with a subject of its own is not the last metric's.
    assert.equal(the('5%', 'Let me address capex, where we are still investing. Units were up 5%.').metric, null);
    assert.equal(the('9%', 'Let me address capex, where we are still investing. We signed 400 members, up 9%.').metric, 'members');
    assert.equal(the('31%', 'And then a question on shipping costs. It looks like it grew about 31% up on shipping costs.').metric, 'shipping costs');
    // Only from the sentence right before: "it" of a sentence about something else is no metric's.
    assert.equal(the('11%', 'Revenue was $2 billion. Moving on to rewards costs. It was up 11%.').metric, null);
  });

  it('reads a hyphened unit and the metric a change is of, and money spent on a metric', () => {
    const f = the('3-point', 'Results reflect a 3-point improvement in operating margins.');
    assert.deepEqual([f.unit, f.metric, f.basis], ['pt', 'operating margin', 'change']);
    assert.equal(the('$150 million', 'In the quarter, we used $150 million to repurchase 600,000 shares.').metric, 'share repurchases');
  });

  it('takes the metric of the segment before for another segment growing in a list', () => {
    const fs = figuresOf('Sales grew 20%, with Northern operations growing 25% and Southern operations growing 12%.');
    assert.deepEqual(
      fs.map((f) => [f.text, f.metric]),
      [
        ['20%', 'revenue'],
        ['25%', 'Northern operations revenue'],
        ['12%', 'Southern operations revenue'],
      ],
    );
  });

  it('reads a growth rate after "Now on <segment> revenue" as that revenue, and "it" as the metric named last', () => {
    const fs = figuresOf('Now I turn to Cloud revenue. The constant currency growth was 41% in Q2.');
    assert.deepEqual(
      fs.filter((f) => f.unit === '%').map((f) => f.metric),
      ['cloud revenue'],
    );
    assert.equal(the('19%', 'Our tax rate was 22% this year. We expect it to go down to 19% next year.').metric, 'tax rate');
  });
});

describe('figures: sign and spread', () => {
  it('keeps a loss and a written negative below zero', () => {
    assert.equal(the('$40 million', 'Net loss was $40 million.').value, -40e6);
    assert.equal(the('$106 million', 'Free cash flow was negative $106 million.').value, -106e6);
    const d = the('4% to negative 6%', 'We expect a decline of negative 4% to negative 6%.');
    assert.deepEqual([d.low, d.high], [-6, -4]);
  });

  it('carries a loss to its per-share figure and reads a loss range written downwards', () => {
    const eps = the('$0.04 per share', 'The net loss was $30 million or $0.04 per share.');
    assert.deepEqual([eps.metric, eps.value], ['EPS', -0.04]);
    const g = the('$0.20 and $0.12 per share', 'We expect an EPS loss ranging between $0.20 and $0.12 per share.');
    assert.deepEqual([g.metric, g.low, g.high], ['EPS', -0.2, -0.12]);
    const op = the('$90 million and $40 million', 'We expect an operating loss between $90 million and $40 million.');
    assert.deepEqual([op.low, op.high], [-90e6, -40e6]);
  });

  it('reads a spread in the unit of what it spreads', () => {
    const r = the('$2.1 billion, plus or minus 3%', 'We expect revenue of $2.1 billion, plus or minus 3%.');
    assert.deepEqual([r.value, Math.round(r.low! / 1e6), Math.round(r.high! / 1e6)], [2.1e9, 2037, 2163]);
    assert.deepEqual(r.spread, { value: 3, unit: '%' });
    const m = the('40% plus or minus 50 basis points', 'We expect gross margin of 40% plus or minus 50 basis points.');
    assert.deepEqual([m.low, m.high], [39.5, 40.5]);
  });
});

describe('figures: basis', () => {
  it('takes guided growth as guidance, and a difference from the earlier outlook as a change', () => {
    assert.equal(the('10%', 'We expect revenue to grow 10% next year.').basis, 'guidance');
    assert.equal(the('$1 billion', 'We now expect revenue of $9 billion, up $1 billion versus our expectations in January.').basis, 'change');
  });

  it('takes "we now anticipate" and "is now projected" as revised guidance', () => {
    assert.equal(the('$9 billion', 'We now anticipate revenue of $9 billion for the year.').basis, 'revised-guidance');
    assert.equal(the('14%', 'The tax rate is now projected to be 14%.').basis, 'revised-guidance');
  });

  it('takes what an outlook is raised from as the earlier guidance, and "range from" as no comparison', () => {
    const fs = figuresOf('We are raising our revenue outlook from $9 billion, now to $10 billion. EPS is expected to range from $0.50 to $0.54.');
    assert.deepEqual(
      fs.map((f) => [f.text, f.basis]),
      [
        ['$9 billion', 'guidance'],
        ['$10 billion', 'revised-guidance'],
        ['$0.50 to $0.54', 'guidance'],
      ],
    );
  });

  it('reads "from X to Y" after a revision as the earlier and the revised outlook', () => {
    const fs = figuresOf('We are increasing our full-year operating margin guidance from 11% to 12%.');
    assert.deepEqual(
      fs.filter((f) => f.metric).map((f) => [f.text, f.basis]),
      [
        ['11%', 'guidance'],
        ['12%', 'revised-guidance'],
      ],
    );
  });

  it('takes an outlook set against the earlier one as revised, and one reiterated as not', () => {
    assert.equal(the('31%', 'We expect operating margin of approximately 31%, up 1 point from January.').basis, 'revised-guidance');
    assert.equal(the('23%', 'We now expect revenue growth of 20%. We are reiterating our free cash flow margin guidance of 23%.').basis, 'guidance');
  });

  it('takes the second of two coordinated growth rates as a change too', () => {
    const fs = figuresOf('Sales grew by 9% in Danish kroner and 11% at constant exchange rates.');
    assert.deepEqual(
      fs.map((f) => f.basis),
      ['change', 'change'],
    );
  });

  it('reads comparisons and recalled ranges written with words between', () => {
    const loss = the('$2.1 billion', 'Operating loss was $1.9 billion for the year versus an operating loss of $2.1 billion in 2030.', 'Q4 2031');
    assert.deepEqual([loss.basis, loss.value, loss.period], ['prior', -2.1e9, 'FY 2030']);
    assert.equal(the('$300 million to $1 billion', 'We came in well above the range that we had given of $300 million to $1 billion.').basis, 'guidance');
    assert.equal(the('36%', 'Revenue came in at $6 billion, 36% FX-neutral growth.').basis, 'change');
    const comp = the('2%', 'We delivered a 2% global comp.');
    assert.deepEqual([comp.metric, comp.basis], ['comparable store sales', 'change']);
  });

  it("takes the reported year's own figure set beside another as its actual, in the year's last call", () => {
    const f = the('1,900', 'We expect to add about 1,700 net new stores in fiscal 2032, down from the 1,900 net new stores added in 2031.', 'Q4 2031');
    assert.deepEqual([f.basis, f.period], ['actual', 'FY 2031']);
  });

  it('keeps a prior-year figure given for comparison as prior', () => {
    assert.equal(the('$0.42', 'EPS was $0.51 versus $0.42 last year.').basis, 'prior');
  });
});

describe('figures: periods', () => {
  it('reads fiscal quarters written "FQ3" and "the third quarter of fiscal \'31"', () => {
    assert.equal(the('5%', 'For FQ3 we expect revenue growth of 5%.').period, 'Q3 2031');
    assert.equal(the('6%', "Let me give our guidance for the third quarter of fiscal '31. We expect revenue growth of 6%.").period, 'Q3 2031');
    // Codes in lower case are the same codes.
    assert.equal(the('$5 billion', 'Revenue in fq3 2031 was $5 billion.').period, 'Q3 2031');
    assert.equal(the('$4 billion', 'Revenue in 2q31 was $4 billion.').period, 'Q2 2031');
  });

  it('gives a sentence that goes on from an outlook the period ahead', () => {
    const fs = figuresOf('Now moving to the full year. We expect capital spending of $9 billion. This reflects gross capex of $11 billion.', 'Q4 2031');
    assert.deepEqual(
      fs.map((f) => [f.text, f.period, f.basis]),
      [
        ['$9 billion', 'FY 2032', 'guidance'],
        ['$11 billion', 'FY 2032', 'guidance'],
      ],
    );
  });

  it('does not carry an outlook into a sentence that names the reported quarter', () => {
    const fs = figuresOf('We plan to return $9 billion to holders in Q3. Q2 operating cash flow of $4.1 billion reflects growth of 8%.', 'Q2 2031');
    assert.deepEqual(
      fs.filter((f) => f.text === '$4.1 billion').map((f) => [f.metric, f.period, f.basis]),
      [['operating cash flow', 'Q2 2031', 'actual']],
    );
  });

  it('opens the year with "Now moving to the full year", ahead in a Q4 call', () => {
    const fs = figuresOf('Now moving to the full year. We are forecasting revenue of $12 billion.', 'Q4 2031');
    assert.deepEqual(
      fs.map((f) => [f.period, f.basis]),
      [['FY 2032', 'guidance']],
    );
  });

  it('keeps the period an earlier clause names, over the topic of the sentence before', () => {
    const fs = figuresOf('We close out a record 2031. Revenue for the quarter was $3 billion; and EPS of $1.10 was up 9%.', 'Q4 2031');
    assert.deepEqual(
      fs.filter((f) => f.metric).map((f) => f.period),
      ['Q4 2031', 'Q4 2031', 'Q4 2031'],
    );
  });

  it('reads the first nine months, and keeps them for the rest of the turn', () => {
    const fs = figuresOf('In the first nine months of 2031, our sales grew by 20%.\n\nOperating profit increased by 18%.', 'Q3 2031');
    assert.deepEqual(
      fs.filter((f) => f.metric).map((f) => f.period),
      ['9M 2031', '9M 2031'],
    );
    const prior = figuresOf('In the first nine months of 2031, gross margin increased to 84.6%, compared to 84.5% in 2030.', 'Q3 2031');
    assert.deepEqual(
      prior.filter((f) => f.metric).map((f) => [f.period, f.basis]),
      [
        ['9M 2031', 'actual'],
        ['9M 2030', 'prior'],
      ],
    );
  });
});

describe("figures: standing ranges are targets, not a period's outlook", () => {
  it("a range the period is said to fall outside of is the company's standing range", () => {
    const f = the('4% to 6%', 'Full year comparable sales will likely come in just below our 4% to 6% range.');
    assert.equal(f.basis, 'target');
  });

  it('a range named as the long-term one, before or after the figure, is a target', () => {
    assert.equal(the('8% to 10%', 'That puts us in our 8% to 10% top line long-term growth range.').basis, 'target');
    assert.equal(the('8% to 10%', 'Our long-term guidance calls for revenue growth of 8% to 10%.').basis, 'target');
  });

  it("a long-term range is no period's, though its sentence names the year it is measured against", () => {
    const f = the('8% to 10%', 'Our FY 2032 revenue guide, adjusted for the disposal, puts us in our 8% to 10% top line long-term growth range.', 'Q4 2031');
    assert.deepEqual([f.basis, f.period], ['target', null]);
    // A range the year is placed outside of still speaks of that year.
    const outside = the('4% to 6%', 'Full year comparable sales will likely come in just below our 4% to 6% range.', 'Q3 2031');
    assert.deepEqual([outside.basis, outside.period], ['target', 'FY 2031']);
  });

  it('inside a range is the outlook, and long-term debt is a balance, not a horizon', () => {
    assert.equal(
      the('$50 million to $52 million', 'We expect fourth-quarter revenue at the lower end of our $50 million to $52 million range.').basis,
      'guidance',
    );
    assert.equal(the('$400 million', 'Long-term debt was $400 million at the end of the quarter.').basis, 'actual');
  });
});

describe('figures: a figure of an earlier period', () => {
  const of = (text: string, prose: string) => {
    const f = the(text, prose, 'Q2 2031');
    return [f.basis, f.period];
  };

  it("is that period's where the period frames the sentence or is its subject's", () => {
    assert.deepEqual(of('$380 million', 'Last year, revenue was $380 million.'), ['prior', 'FY 2030']);
    assert.deepEqual(of('$380 million', 'In the second quarter of last year, revenue was $380 million.'), ['prior', 'Q2 2030']);
    assert.deepEqual(of('$380 million', 'In the prior year quarter, revenue was $380 million.'), ['prior', 'Q2 2030']);
    assert.deepEqual(of('$380 million', 'Revenue in the second quarter of last year was $380 million.'), ['prior', 'Q2 2030']);
    assert.deepEqual(of('$380 million', 'Revenue was $435 million, and a year ago it was $380 million.'), ['prior', 'Q2 2030']);
    assert.deepEqual(of('$38 million', 'Operating cash flow was $52 million, up from $38 million in the year-ago period.'), ['prior', 'Q2 2030']);
  });

  it('is not where the earlier period is a base, an aside, or said before the present', () => {
    assert.deepEqual(of('14%', 'Compared to the second quarter of last year, revenue grew 14%.'), ['change', 'Q2 2031']);
    assert.deepEqual(of('91%', 'Occupancy was comparable to last year at 91%.'), ['actual', 'Q2 2031']);
    assert.deepEqual(of('24%', 'Operating income rose 13%, excluding the fine in the second quarter of last year, for an operating margin of 24%.'), [
      'actual',
      'Q2 2031',
    ]);
    assert.deepEqual(of('42 plants', 'Last year, we opened plants in Ohio and Texas, and we now have 42 plants.'), ['actual', 'Q2 2031']);
    // "In the last quarter" may be the quarter just reported.
    assert.deepEqual(of('50 customers', 'In the last quarter, 50 customers crossed $1 million in annual spend.'), ['actual', 'Q2 2031']);
  });
});

describe('figures: what did not happen, and a trailing year', () => {
  it('is no result where it would have been', () => {
    assert.equal(the('$450 million', 'If the currency had held, revenue would have been about $450 million.', 'Q2 2031').basis, 'other');
    assert.equal(the('9%', 'Excluding the disposal, revenue would have grown 9%.', 'Q2 2031').basis, 'other');
    assert.equal(the('$435 million', 'Revenue was $435 million; without the disposal it would have been $445 million.', 'Q2 2031').basis, 'actual');
  });

  it("is no quarter's where it is a month's", () => {
    const fs = figuresOf('Comparable sales rose 4.2% for the quarter, with 5.6% in February, 5.9% in March and 2.2% in April.', 'Q1 2031');
    assert.deepEqual(
      fs.filter((f) => f.unit === '%').map((f) => [f.text, f.period]),
      [
        ['4.2%', 'Q1 2031'],
        ['5.6%', null],
        ['5.9%', null],
        ['2.2%', null],
      ],
    );
    assert.equal(the('$150 million', 'In July, revenue was $150 million.', 'Q2 2031').period, null);
    // A month that dates an outlook, or names a fiscal quarter, is no month's figure.
    assert.equal(the('$4 billion', 'In November, we raised our revenue guidance to $4 billion.', 'Q3 2031').period, 'FY 2031');
    assert.equal(the('$450 million', 'In the July quarter, revenue was $450 million.', 'Q2 2031').period, 'Q2 2031');
  });

  it("is no quarter's where the trailing twelve months come before it, said of it", () => {
    assert.equal(the('$1.6 billion', 'Over the last twelve months, revenue was $1.6 billion.', 'Q2 2031').period, null);
    assert.equal(the('$1.6 billion', 'Revenue over the past 12 months was $1.6 billion.', 'Q2 2031').period, null);
    // Said of the figure before: the one after is the quarter's.
    assert.equal(the('2%', 'Revenue grew 7%, driven by 90 new plants over the past 12 months and a 2% price increase.', 'Q2 2031').period, 'Q2 2031');
  });
});

describe('figures: what a figure is said of', () => {
  it("a part of a year's whole is of the period its clause names later", () => {
    const f = the('$40 million', 'About $40 million of the full-year cost is expected during the third quarter.', 'Q2 2031');
    assert.equal(f.period, 'Q3 2031');
    assert.equal(the('$40 million', 'We expect about $40 million of the full-year cost to fall in the third quarter.', 'Q2 2031').period, 'Q3 2031');
    assert.equal(the('$40 million', 'We expect about $40 million of the full-year cost.', 'Q2 2031').period, 'FY 2031');
  });

  it('"This is $X more than …" after a figure is its difference, of its metric and period', () => {
    const fs = figuresOf(
      'We now expect the launch to weigh on Orchard Media operating income for fiscal 2031 by $90 million. This is $20 million more than our previous estimate.',
      'Q2 2031',
    );
    const diff = fs.find((f) => f.text === '$20 million')!;
    const first = fs.find((f) => f.text === '$90 million')!;
    assert.notEqual(first.metric, null);
    assert.deepEqual([diff.metric, diff.period, diff.basis], [first.metric, 'FY 2031', 'change']);
  });

  it('a qualifier said after one figure stays with it, not the figures after it', () => {
    const fs = figuresOf(
      'We expect EPS of $4.10, up 9%, excluding the disposal gain, helped by a lower tax rate of approximately 15%, which adds $0.20.',
      'Q4 2031',
    );
    const [growth, rate] = [fs.find((f) => f.text === '9%')!, fs.find((f) => f.text === '15%')!];
    assert.deepEqual([growth.metric, growth.qualifier], ['EPS', 'adjusted']);
    assert.deepEqual([rate.metric, rate.qualifier ?? null], ['tax rate', null]);
    assert.equal(fs.find((f) => f.text === '$0.20')!.qualifier ?? null, null);
    const later = the('5%', 'In 2031, excluding currency, revenue grew 5%.', 'Q4 2031');
    assert.equal(later.qualifier, 'constant-currency');
  });

  it('an amount a metric is raised or lowered by is a change, not its level', () => {
    const f = the('$0.25', 'The lower tax rate will increase EPS by approximately $0.25 next year.', 'Q4 2031');
    assert.equal(f.basis, 'change');
    assert.equal(the('$2 million', 'We plan to reduce operating costs by $2 million next year.', 'Q4 2031').basis, 'change');
    assert.equal(the('$4.10', 'We expect EPS of $4.10 next year.', 'Q4 2031').basis, 'guidance');
  });

  it('capital spending net of what others fund is a measure of its own, beside the gross', () => {
    const fs = figuresOf('We expect net capital deployed of $9 billion next year, reflecting gross capex of $11 billion.', 'Q4 2031');
    assert.deepEqual(
      fs.filter((f) => f.unit === 'USD').map((f) => f.metric),
      ['net capital expenditures', 'capital expenditures'],
    );
  });

  it("points of spending are its share of revenue, and a component's share is the component's", () => {
    const fs = figuresOf('We expect flat operating margin, with a 2-point decline in gross margin offset by a 2-point reduction in spending.', 'Q4 2031');
    assert.deepEqual(
      fs.filter((f) => f.unit === 'pt').map((f) => f.metric),
      ['gross margin', 'operating expenses (% of revenue)'],
    );
    assert.equal(the('3 points', 'R&D spending as a percentage of revenue was down 3 points.').metric, 'R&D expenses');
    assert.equal(the('2 points', 'Spending as a percentage of revenue was down 2 points.').metric, 'operating expenses (% of revenue)');
  });

  it('the cost of selling is a cost, not sales', () => {
    assert.equal(the('9%', 'Sales and distribution costs increased by 9% at constant exchange rates.').metric, 'selling expenses');
    assert.equal(the('$40 million', 'Sales and marketing expenses were $40 million.').metric, 'selling expenses');
    assert.equal(the('$90 million', 'Sales were $90 million.').metric, 'revenue');
  });

  it("an outlook's growth with no metric named is the top line's", () => {
    const fs = figuresOf("We are raising our fiscal '32 outlook from 10% to 12% year-over-year growth.", 'Q1 2032');
    assert.deepEqual(
      fs.filter((f) => f.unit === '%').map((f) => f.metric),
      ['revenue', 'revenue'],
    );
    assert.equal(the('3%', 'Our outlook assumes 3% market growth.', 'Q1 2032').metric, null);
    assert.equal(the('12%', 'Our outlook calls for EPS growth of 12%.', 'Q1 2032').metric, 'EPS');
  });

  it("the company's estimate for an open period is its outlook, even in a sentence about the quarter", () => {
    const f = the('19%', 'For the quarter our tax rate was 18% to adjust to our full year estimated tax rate of 19%.');
    assert.deepEqual([f.metric, f.basis], ['tax rate', 'guidance']);
    assert.equal(the('18%', 'For the quarter our tax rate was 18% to adjust to our full year estimated tax rate of 19%.').basis, 'actual');
  });

  it("a statutory tax rate is the law's, not the company's", () => {
    const fs = figuresOf('Next year we expect a tax rate of 16%, driven by a lower statutory tax rate of 21%.', 'Q4 2031');
    const [own, law] = [fs.find((f) => f.text === '16%')!, fs.find((f) => f.text === '21%')!];
    assert.deepEqual([own.metric, own.basis], ['tax rate', 'guidance']);
    assert.deepEqual([law.metric, law.basis], [null, 'other']);
  });
});

describe('figures: outlook words and what stands before a metric', () => {
  it('"we forecast" looks ahead to the period an outlook sentence opened, and "adjusted EPS" revises nothing', () => {
    const prose = 'Turning to our outlook for the third quarter of 2031. We forecast an adjusted EPS of $0.70 to $0.72.';
    const f = the('$0.70 to $0.72', prose);
    assert.deepEqual([f.period, f.basis, f.qualifier], ['Q3 2031', 'guidance', 'adjusted']);
    const revised = the('$2.10', 'We have adjusted our EPS guidance to $2.10.');
    assert.deepEqual([revised.basis, revised.qualifier], ['revised-guidance', null]);
  });

  it('a year that dates an outlook is its period, a year that names a plan is not', () => {
    const f = the('$7.85 to $8.35', 'We are introducing our 2032 earnings per share guidance at a range of $7.85 to $8.35.', 'Q4 2031');
    assert.deepEqual([f.period, f.basis], ['FY 2032', 'guidance']);
    assert.notEqual(the('$4 million', 'The 2013 employee bonus plan cost $4 million.', 'Q4 2031').period, 'FY 2013');
  });

  it('a noun before the head names a kind of sales in a noun phrase, a verb or a period word does not', () => {
    const seg = (text: string, prose: string, period?: string) => the(text, prose, period).segment;
    assert.equal(seg('$1 billion', 'This year we will reach $1 billion in mobile sales.'), 'mobile');
    assert.equal(seg('$740 million', 'We raised our guidance for annual net credit card revenue to $740 million.'), 'credit card');
    assert.equal(seg('$3 billion', 'We expect revenue of $3 billion.'), null);
    assert.equal(seg('$2 billion', 'Record revenue was $2 billion.'), null);
    assert.equal(seg('6% to 7%', 'We forecast organic sales growth of 6% to 7%.'), 'organic');
    assert.equal(seg('$1.4 billion', 'Fourth quarter revenue of $1.4 billion grew 30%.', 'Q4 2031'), null);
    assert.equal(seg('10%', 'Obesity care sales grew 10%.'), 'Obesity care');
    assert.equal(seg('$3 billion', 'As Maria said revenue was $3 billion.'), null);
  });

  it("a qualifier right after a figure is its own, and one after a comma is the next clause's", () => {
    assert.equal(the('6%', 'Revenue was $2 billion, up 4%, with 6% organic growth.').qualifier, 'organic');
    assert.equal(the('4%', 'Revenue was $2 billion, up 4%, with 6% organic growth.').qualifier, null);
    const fs = figuresOf('We expect revenue of $1.97 billion to $1.98 billion, non-GAAP operating income of $240 million.');
    assert.equal(fs.find((f) => f.text === '$1.97 billion to $1.98 billion')!.qualifier, null);
    assert.equal(fs.find((f) => f.text === '$240 million')!.qualifier, 'non-GAAP');
  });

  it('gains on what was sold are not the sales', () => {
    const f = the(
      '$300 million to $325 million',
      'We guided our credit revenue up and our asset sale gains stay at $300 million to $325 million for the year.',
    );
    assert.equal(f.metric, 'gains on sales');
  });
});

describe('figures: unit names, balances and clauses', () => {
  it('reads the segment a head is "for", unearned revenue as deferred, and bit shipments as a volume', () => {
    const unit = the('$2.2 billion', 'Revenue for the Compute and Networking Business Unit was $2.2 billion.');
    assert.deepEqual([unit.metric, unit.segment], ['Compute and Networking revenue', 'Compute and Networking']);
    assert.equal(the('$5 billion', 'Revenue for the quarter was $5 billion.').segment, null);
    assert.equal(the('$26.8 billion and $27 billion', 'We expect unearned revenue between $26.8 billion and $27 billion.').metric, 'deferred revenue');
    assert.equal(the('40%', 'Bit shipments increased 40% sequentially.').metric, 'bit shipments');
  });

  it("takes a tense after the figure only from the figure's own clause", () => {
    assert.notEqual(the('40%', 'Bit shipments increased 40% sequentially, and we anticipate strong growth.').basis, 'guidance');
    assert.equal(the('$5 billion', 'We see revenue of $5 billion is expected next quarter.').basis, 'guidance');
  });
});

describe('figures: numbers a call uses as product names', () => {
  it('reads a number the call names a product with as that product everywhere in the call', () => {
    const prose =
      'The 747 program continues to recover. We delivered 138 747s in the quarter. We expect deliveries to be above 747 next quarter. We delivered the 173 aircraft planned. We held the 2031 Investor Day.';
    const fs = figuresOf(prose, 'Q3 2031');
    const at = (text: string, nth = 0) => fs.filter((f) => f.text === text)[nth]!;
    assert.deepEqual(
      fs.filter((f) => f.text === '747').map((f) => [f.unit, f.metric, f.basis]),
      [
        ['product', null, 'other'],
        ['product', null, 'other'],
        ['product', null, 'other'],
      ],
    );
    assert.notEqual(at('173').unit, 'product', 'the 173 aircraft are a count');
    assert.notEqual(at('2031').unit, 'product', 'a year is no product');
  });
});

describe('figures: a growth rate said of no metric', () => {
  it('is the growth of the level the sentence gave before it', () => {
    const prose = 'Revenue came in at $60.5 billion, 36% FX-neutral growth. Non-GAAP EPS was $0.62, inclusive of a $0.02 impact, a solid 13% increase.';
    assert.deepEqual([the('36%', prose).metric, the('36%', prose).basis], ['revenue', 'change']);
    assert.equal(the('13%', prose).metric, 'EPS');
  });
});

describe('figures: the period of a revision', () => {
  it('takes an undated revision in a call of the first three quarters for the year, and one in a Q4 call for the quarter', () => {
    const prose = 'Our confidence leads us to raise our adjusted EPS guidance to $7.30 to $7.40.';
    assert.equal(the('$7.30 to $7.40', prose, 'Q3 2031').period, 'FY 2031');
    assert.equal(the('$7.30 to $7.40', 'We raised our third quarter EPS guidance to $7.30 to $7.40.', 'Q3 2031').period, 'Q3 2031');
    const quarter = 'In May we updated our guidance for the third quarter.\n\nThe revenue guidance was raised to $54 million.';
    assert.equal(the('$54 million', quarter, 'Q3 2031').period, 'Q3 2031', 'a turn that said its guidance is for the quarter');
  });

  it('reads year-to-date as the quarters so far, and not as the period of an outlook beside it', () => {
    const prose = 'Year-to-date, we have repurchased $5.5 billion of shares, and we now expect to repurchase $8 billion of our shares for the year.';
    assert.equal(the('$5.5 billion', prose, 'Q3 2031').period, '9M 2031');
    assert.equal(the('$5.5 billion', prose, 'Q2 2031').period, 'H1 2031');
    assert.deepEqual([the('$8 billion', prose, 'Q3 2031').period, the('$8 billion', prose, 'Q3 2031').basis], ['FY 2031', 'revised-guidance']);
  });
});

describe('figures: bases of growth and effects on a metric', () => {
  it('reads operational growth as at constant currency and reported growth as reported', () => {
    assert.equal(the('4.5% to 5.5%', 'We are comfortable with operational sales of 4.5% to 5.5% for the year.').qualifier, 'constant-currency');
    assert.equal(the('6.3%', 'Operationally, full year sales grew 6.3%.').qualifier, 'constant-currency');
    assert.equal(the('5.3% to 6.3%', 'We expect reported sales growth in the range of 5.3% to 6.3%.').qualifier, 'reported');
  });

  it('takes a figure said over the earlier outlook as a difference from it', () => {
    const prose = 'Underlying growth is projected at 3.5% to 4.5%, an increase of 1% over our guidance at the start of the year.';
    assert.equal(the('1%', prose).basis, 'change');
    assert.equal(the('3.5% to 4.5%', prose).basis, 'revised-guidance');
  });

  it('names an effect on a metric as its impact, and a qualifier "excluding the impact" as none', () => {
    assert.equal(the('$0.02', 'Our EPS included a $0.02 impact from the training.').metric, 'EPS impact');
    assert.equal(the('1% to 2%', 'In April we said the storm lost us revenue in the range of 1% to 2%.').metric, 'revenue impact');
    assert.equal(the('0.5 point', 'Cancellations resulted in about 0.5 point of RASM benefit for the quarter.').metric, 'RASM impact');
    assert.equal(the('4.5% and 5.0%', 'We expect revenue growth excluding the impact of acquisitions will be between 4.5% and 5.0%.').metric, 'revenue');
  });

  it('reads "a loss of $1.40" with the figure right after as the loss itself, and "a loss of sales of 2%" as an effect', () => {
    const eps = the('$1.40', 'GAAP EPS was a loss of $1.40, driven by the restructuring charge.');
    assert.deepEqual([eps.metric, eps.value], ['EPS', -1.4]);
    assert.equal(
      the('$40 million', 'For 2032, we expect net financial items to amount to a loss of around $40 million.', 'Q4 2031').metric,
      'net financial items',
    );
    assert.equal(the('2%', 'The strike meant a loss of sales of about 2% in the quarter.').metric, 'revenue impact');
    const lost = the('$5 million', 'The strike meant the loss of $5 million of revenue in the quarter.');
    assert.deepEqual([lost.metric, lost.value], ['revenue impact', 5e6]);
    // One end of a range said in words is no figure of its own: not read as a point of EPS.
    const ends = figuresOf('We expect an EPS range between a loss of $0.12 per share and a loss of $0.05 per share.');
    assert.ok(ends.length === 2 && ends.every((f) => f.metric !== 'EPS'));
  });
});

describe('figures: sentences of a one-paragraph-a-line export', () => {
  it('ends a sentence at an abbreviation that ends its line, and not inside a line', () => {
    const prose = 'Operational sales growth was 5.3% in the U.S. and 8.3% outside the U.S.\nFor the full year, sales were $81 billion, up 6.7%.';
    assert.equal(the('$81 billion', prose).qualifier, null);
    assert.deepEqual([the('5.3%', prose).qualifier, the('5.3%', prose).segment], ['constant-currency', null]);
  });
});

describe('figures: lists said "respectively" and spoken bounds', () => {
  it('gives each figure of a list the qualifier of its place, and the spread said after the list to both', () => {
    const prose = 'GAAP and non-GAAP gross margins are expected to be 61.6% and 61.5%, respectively, plus or minus 50 basis points.';
    const fs = figuresOf(prose);
    const [gaap, non] = [fs.find((f) => f.text === '61.6%')!, fs.find((f) => f.text.startsWith('61.5%'))!];
    assert.deepEqual([gaap.qualifier, gaap.low, gaap.high], ['GAAP', 61.1, 62.1]);
    assert.deepEqual([non.qualifier, non.low, non.high], ['non-GAAP', 61, 62]);
  });

  it('reads "somewhat above" as an open bound and "zero to 3%" as a range', () => {
    assert.equal(the('30.5%', 'We expect SG&A expense somewhat above 30.5% of sales.').approx, 'somewhat above');
    const f = the('zero to 3%', 'We expect revenue growth in the range of zero to 3%.');
    assert.deepEqual([f.low, f.high], [0, 3]);
  });
});

describe('figures: the unit a paragraph turns to', () => {
  it('keeps the figures after "Turning to our X segment." and "the x business units reported" for that unit', () => {
    const a = the('$1.66 billion', 'Turning to our Kiln and Glaze segment. Fourth quarter revenue increased 69% to $1.66 billion.', 'Q4 2031');
    assert.equal(a.segment, 'Kiln and Glaze');
    const prose =
      'Turning to performance by business unit, the kiln and glaze business units reported revenue of $1.9 billion. Operating income was $736 million.';
    assert.deepEqual([the('$1.9 billion', prose).segment, the('$736 million', prose).segment], ['Kiln and Glaze', 'Kiln and Glaze']);
    assert.equal(the('$2 billion', 'Turning to our final segment. Revenue was $2 billion.').segment, null);
    // "In our x segment," opens the unit, in either case.
    assert.equal(the('10%', 'In our automotive segment, we achieved record revenue, up 10% year on year.').segment, 'Automotive');
    assert.equal(the('$2 billion', 'In our other segments, revenue was $2 billion.').segment, null);
  });

  it('keeps guidance dated by its month as the old guidance in a turn that revised it', () => {
    const prose = 'We are raising our revenue outlook to $71 billion. We started the year in January expecting $65 billion in revenue.';
    assert.equal(the('$65 billion', prose, 'Q3 2031').basis, 'guidance');
  });
});

describe('figures: outlook words said in passing, net measures and abbreviated years', () => {
  it('reads "that we guide for", "is modeled at" as guidance, and "already at" as an actual', () => {
    assert.equal(the('40%', 'Gross margin steps down to the 40% that we essentially guide for the next quarter.').basis, 'guidance');
    assert.equal(the('EUR 140 million', 'SG&A, I think, is modeled at EUR 140 million.').basis, 'guidance');
    assert.equal(the('$5.1 billion', "We expect to keep buying, and we're already at $5.1 billion of share repurchases.").basis, 'actual');
  });

  it('reads an expense-to-revenue ratio as one, and capital spending "net of" funding as net', () => {
    assert.equal(the('31%', 'We expect an expense-to-revenue ratio of approximately 31%.').metric, 'operating expenses (% of revenue)');
    const prose = 'We expect gross capex of $15.5 billion or approximately $14 billion net of prepayments.';
    assert.deepEqual([the('$15.5 billion', prose).metric, the('$14 billion', prose).metric], ['capital expenditures', 'net capital expenditures']);
  });

  it("reads '17 as a year, not as a number", () => {
    const fs = figuresOf("The full year guide is low double-digit revenue growth, '32 to '31.");
    assert.deepEqual(
      fs.filter((f) => f.category === 'date').map((f) => f.text),
      ["'32", "'31"],
    );
  });
});

describe("figures: an outlook's span, its step and whose it is", () => {
  it('takes the half an outlook names later in its clause, and no period for a span "through" a quarter', () => {
    assert.equal(the('$3 billion', 'We expect to repurchase approximately $3 billion of shares in the back half of fiscal 2031.').period, 'H2 2031');
    assert.equal(the('$600 million', 'We plan $600 million of share repurchases through 2Q 2032.', 'Q4 2031').period, null);
  });

  it('reads what an outlook is raised by as a difference, and an industry figure as no metric of the company', () => {
    const prose = 'We are raising our full year revenue guide by $1.7 billion to $71.2 billion.';
    assert.deepEqual([the('$1.7 billion', prose, 'Q3 2031').basis, the('$71.2 billion', prose, 'Q3 2031').basis], ['change', 'revised-guidance']);
    assert.equal(the('16%', 'We now expect bit demand growth for the industry in 2031 to be approximately 16%.', 'Q1 2031').metric, null);
    assert.equal(the('$8 billion', 'We now expect cash from operations of approximately $8 billion.').metric, 'operating cash flow');
  });

  it('reads "flat to down" as at most flat', () => {
    const f = the('flat to down', 'Bit shipments for the third quarter are likely to be flat to down year over year.');
    assert.deepEqual([f.value, f.approx], [0, 'at most']);
  });

  it('reads "flat to up 1%" as one range from nothing to the change named', () => {
    const up = the('flat to up 1%', 'We expect Quillon bookings to be flat to up 1% for the year.');
    assert.deepEqual([up.low, up.high, up.value], [0, 1, 0.5]);
    const down = the('flat to down 2.5%', 'Unit costs should come in flat to down 2.5% next quarter.');
    assert.deepEqual([down.low, down.high], [-2.5, 0]);
    assert.deepEqual([the('flat to a positive one', 'We still expect bookings to be flat to a positive one.').high], [1]);
  });
});

describe('figures: the year-ago quarter', () => {
  it('reads a figure "in Q2 of last year" as the prior-year quarter, given for comparison', () => {
    const f = the('0.5 points', 'We expect 1 point of RASM benefit in Q2, against roughly 0.5 points of RASM benefit in Q2 of last year.', 'Q1 2031');
    assert.deepEqual([f.period, f.basis], ['Q2 2030', 'prior']);
    const g = the('$4 billion', 'Revenue was $5 billion, up from $4 billion in the second quarter of last year.', 'Q2 2031');
    assert.deepEqual([g.period, g.basis], ['Q2 2030', 'prior']);
  });
});

describe('figures: where an outlook starts and how far it moved', () => {
  it('does not carry a quarter named before "that brings us to our outlook" into the outlook', () => {
    const prose =
      'We will be resuming share buybacks in the third quarter, and will return $3.4 billion of capital over the next four quarters.\nSo that brings us to our outlook. Our expectation continues to be at the high end of our EPS guidance range of $6.90 to $7.30.';
    assert.notEqual(the('$6.90 to $7.30', prose).period, 'Q3 2031');
  });

  it('reads "5%, up 1%" after a guided growth rate as its move, and "$70 billion, up 10%" as guided growth', () => {
    const prose = 'For the full year we now expect organic revenues of 5%, up 1%.';
    assert.equal(the('1%', prose, 'Q1 2031').basis, 'change');
    assert.equal(the('10%', 'For the full year we now expect revenue of $70 billion, up 10%.', 'Q1 2031').basis, 'revised-guidance');
  });
});

describe('figures: "we indicated"', () => {
  it('reads "we indicated … of $14 billion" as an outlook, and "as I indicated" as a remark', () => {
    const prose = 'On capex, we indicated gross capital in the year of $14 billion. As I indicated, revenue was $5 billion.';
    assert.deepEqual([the('$14 billion', prose, 'Q4 2031').basis, the('$14 billion', prose, 'Q4 2031').period], ['guidance', 'FY 2032']);
    assert.equal(the('$5 billion', prose, 'Q4 2031').basis, 'actual');
  });
});

describe('figures: declared, not guided', () => {
  it('reads a dividend raise as declared even in a sentence that expects', () => {
    const prose = 'We expect free cash flow of $13 billion, contributing to our decision to raise our dividend by a full 10%.';
    assert.deepEqual([the('10%', prose, 'Q4 2031').metric, the('10%', prose, 'Q4 2031').basis], ['dividend', 'actual']);
    assert.equal(the('$13 billion', prose, 'Q4 2031').basis, 'guidance');
  });
});

describe('figures: market share and what would be needed', () => {
  it('names market share, and takes what "we would need" as no outlook', () => {
    const prose = 'Retail sales were down modestly. Our full year market share in Europe was 10.3%. To get there we would need shipments about 12% higher.';
    assert.equal(the('10.3%', prose, 'Q4 2031').metric, 'market share');
    assert.equal(the('12%', prose, 'Q4 2031').basis, 'other');
  });
});

describe('figures: what the speaker says of a result', () => {
  it('records a result said above, below or in line with the earlier outlook, in its own clause', () => {
    const prose =
      'Unearned revenue came in higher than we expected at $21.5 billion. Revenue was $5 billion, in line with our guidance. Gross margin of 40% was below the low end of our guided range. Opex was $10 million.';
    assert.deepEqual(
      ['$21.5 billion', '$5 billion', '40%', '$10 million'].map((t) => the(t, prose).said),
      ['above', 'inline', 'below', undefined],
    );
    // The outlook unnamed by its owner: "in line with expectations", "ahead of guidance".
    const bare = 'Our tax rate was 13.6%, in line with expectations. Bookings of $3 billion came in ahead of guidance.';
    assert.deepEqual(
      ['13.6%', '$3 billion'].map((t) => the(t, bare).said),
      ['inline', 'above'],
    );
  });
});

describe('figures: the quarter under way and the year-end', () => {
  it('reads "so far this quarter" and "quarter-to-date" as the quarter after the one reported', () => {
    const prose = 'So far this quarter, cabin bookings are pacing down 3% compared to prior year. Quarter-to-date, ad pricing is running 21% above last year.';
    assert.deepEqual([the('3%', prose).period, the('21%', prose).period], ['Q3 2031', 'Q3 2031']);
    assert.equal(the('$5 million', 'Revenue this quarter was $5 million.').period, 'Q2 2031');
  });

  it('takes a period named right after the metric a figure counts', () => {
    const prose = 'We opened 312 net new stores during the fiscal year. We added 500 stores in the fourth quarter alone to reach 1,900 stores at year-end.';
    assert.equal(the('312', prose, 'Q4 2031').period, 'FY 2031');
    assert.equal(the('1,900 stores', prose, 'Q4 2031').period, 'FY 2031');
    assert.equal(the('500 stores', prose, 'Q4 2031').period, 'Q4 2031');
  });

  it('names no year for a year-end said in an earlier quarter’s report', () => {
    // It may be the last year's end: no period is better than the wrong one.
    assert.equal(the('1,900 stores', 'We had 1,900 stores at year-end.', 'Q2 2031').period, null);
  });
});

describe('figures: a metric carried across a record and a level', () => {
  it('keeps the metric of "exceeded $1 billion …, reaching a record $1.3 billion"', () => {
    const prose = 'Widget revenues exceeded $1 billion for the second straight quarter, reaching a record $1.3 billion in Q2.';
    assert.equal(the('$1.3 billion', prose).metric, 'Widget revenue');
  });

  it('reads a count of places as no figure: "in all 45 states"', () => {
    const f = the('45 states', 'We collect sales tax in all 45 states that have one.');
    assert.deepEqual([f.metric, f.basis, f.period], [null, 'other', null]);
  });

  it('reads "bringing our backlog to 28 systems" as the backlog, not a count of systems', () => {
    assert.equal(the('28 systems', 'We booked 10 orders, bringing our backlog to 28 systems.').metric, 'backlog');
    assert.equal(the('222,000 motorcycles', 'We shipped 222,000 motorcycles.').metric, 'motorcycles');
  });

  it('names a segment said in lower case where the call writes it as a name', () => {
    const prose =
      'Our International Operations unit did well. Sales grew by 26%, with North America Operations growing 30% and international operations growing 19%. The other businesses growing 5% were small.';
    assert.equal(the('19%', prose, 'Q4 2031').metric, 'International Operations revenue');
    assert.equal(the('5%', prose, 'Q4 2031').segment, null);
  });

  it('names a unit said in lower case by a segment word: "and international operations growing 19%"', () => {
    const prose = 'Sales grew by 26%, with North America Operations growing 30% and international operations growing 19%.';
    assert.equal(the('19%', prose, 'Q4 2031').metric, 'International Operations revenue');
    assert.equal(the('4%', 'Sales grew by 26%, with North America Operations growing 30% and other things growing 4%.', 'Q4 2031').segment, null);
  });
});

describe('figures: the company said by its initials, and a verb after a name', () => {
  it('reads "QBS expects revenue" in the call of Quillon Bright Systems as the company’s revenue', () => {
    const prose = 'For the fourth quarter, QBS expects revenue to be approximately $1.45 billion, plus or minus $50 million.';
    const f = figuresOf(prose, 'Q3 2031', 'Quillon Bright Systems Inc.').find((x) => x.text.startsWith('$1.45 billion'));
    assert.deepEqual([f?.metric, f?.segment], ['revenue', null]);
  });

  it('keeps an adjective that opens a kind of sales with it: "that physical stores revenue"', () => {
    assert.equal(the('$4.5 billion', 'Our disclosure shows that physical stores revenue was $4.5 billion.').metric, 'physical stores revenue');
    assert.equal(the('$4 billion', 'We expect stores revenue of $4 billion.').metric, 'revenue');
  });

  it('keeps a name with a noun after it as a segment', () => {
    assert.equal(the('$2 billion', 'In the quarter, Zorblat sites revenue was $2 billion.').segment, 'Zorblat sites');
    assert.equal(the('$2 billion', 'Widgetco reports revenue of $2 billion.').segment, null);
  });
});

describe('figures: an outlook revised between the calls', () => {
  it('marks the turn’s results once it says the guidance was lowered on a date or pre-announced', () => {
    const prose = 'As you know, we lowered our fourth quarter guidance on January 28. Q4 revenue was $2.21 billion, down 24%.';
    assert.equal(the('$2.21 billion', prose, 'Q4 2031').outlookRevised, true);
    assert.equal(the('$2.21 billion', 'Our results are in line with our pre-announcement. Q4 revenue was $2.21 billion.', 'Q4 2031').outlookRevised, true);
    assert.equal(the('$2.21 billion', 'We lowered our costs in January. Q4 revenue was $2.21 billion.', 'Q4 2031').outlookRevised, undefined);
  });
});

describe('figures: an outlook moved, and the year it is for', () => {
  it('a level the company moves a figure to, for a period still open, is the outlook revised', () => {
    const prose = 'We are raising gross capex by $0.5 billion to $16 billion for the full year.';
    assert.deepEqual([the('$16 billion', prose, 'Q3 2031').basis, the('$16 billion', prose, 'Q3 2031').period], ['revised-guidance', 'FY 2031']);
    assert.equal(the('$16 billion', "We're lowering our full-year capex to $16 billion.", 'Q3 2031').basis, 'revised-guidance');
    // The year closed: what it was raised to is the result.
    assert.equal(the('$16 billion', 'We raised gross capex by $0.5 billion to $16 billion for the full year.', 'Q4 2031').basis, 'actual');
  });

  it('"the full year" after a fiscal year named in the sentence is that year', () => {
    assert.equal(the('19%', 'For fiscal 2032, we expect our full year tax rate to be about 19%.').period, 'FY 2032');
    assert.equal(the('19%', 'Compared to fiscal 2030, we expect this year a tax rate of about 19%.').period, 'FY 2031');
  });

  it("the law's corporate or federal rate is no tax rate of the company's", () => {
    const f = the('21%', 'We expect our tax rate to be slightly below the new corporate rate of 21%.');
    assert.notEqual(f.metric, 'tax rate');
    assert.equal(the('19%', 'We expect our tax rate to be about 19% next year.').metric, 'tax rate');
  });
});

describe('figures: a list of changes', () => {
  it('each "by" of a list after a verb of change is a change, not the level', () => {
    const prose = 'Since January, we have raised our revenue outlook by $2.5 billion, our operating income by $1.7 billion and our EPS by $0.45.';
    assert.deepEqual(
      ['$2.5 billion', '$1.7 billion', '$0.45'].map((t) => the(t, prose, 'Q3 2031').basis),
      ['change', 'change', 'change'],
    );
    // A level after the list is no item of it.
    assert.equal(the('$0.45', 'We raised revenue by $2.5 billion. EPS was $0.45.', 'Q3 2031').basis, 'actual');
  });
});

describe('figures: an outlook named in an earlier clause', () => {
  it("governs no figure after a past tense of the figure's own", () => {
    const prose = 'Gross margin of 64% was up 2 points to outlook, net income was $3.6 billion, and earnings per share was $0.74.';
    assert.deepEqual(
      ['$3.6 billion', '$0.74'].map((t) => the(t, prose, 'Q4 2031').basis),
      ['actual', 'actual'],
    );
    assert.equal(the('$7.33', 'It was $6.90 to $7.30 guidance at the start of the year and we came in at $7.33.', 'Q4 2031').basis, 'actual');
  });

  it('still governs a clause that points back at it, and a past tense of a year still open', () => {
    assert.equal(
      the('$1.18 to $1.28', 'Our results were toward the higher end of our guidance range, which as you will recall was $1.18 to $1.28.').basis,
      'guidance',
    );
    const open = 'When we came into the year, we guided capex of roughly $10.5 billion, and we had full year revenue of $65 billion.';
    assert.equal(the('$65 billion', open, 'Q1 2031').basis, 'guidance');
  });

  it('the listener\'s future is no outlook: "you\'ll see that … increased" reports', () => {
    const prose = "You'll see that other revenue increased 40% year-over-year to about $3 billion in the quarter.";
    assert.deepEqual(
      ['40%', '$3 billion'].map((t) => the(t, prose).basis),
      ['change', 'actual'],
    );
    assert.equal(the('$3 billion', prose).period, 'Q2 2031');
    assert.equal(the('20%', 'We will see margins expand next year to 20%.').basis, 'guidance');
  });

  it('a gap said against the outlook is a difference', () => {
    assert.equal(the('$400 million', 'Revenue was $16.1 billion, which was $400 million better than our outlook.', 'Q3 2031').basis, 'change');
  });
});

describe('figures: a period that dates the metric', () => {
  it("is the figure's even where the figure before took it", () => {
    const prose = 'The board will propose a final dividend of $0.90 for a total 2031 dividend of $1.40 per share.';
    assert.deepEqual(
      ['$0.90', '$1.40 per share'].map((t) => the(t, prose, 'Q4 2031').period),
      ['FY 2031', 'FY 2031'],
    );
  });
});

describe('figures: a day names no period', () => {
  it('passes over a day to the period named before it', () => {
    assert.equal(
      the('$263 million and $265 million', 'For the third quarter ending September 30, we expect revenue between $263 million and $265 million.').period,
      'Q3 2031',
    );
    const prose = 'For the quarter, EPS totaled $0.62, including a $0.02 impact from the training on May 29, a 13% increase over the prior year.';
    assert.equal(the('13%', prose, 'Q3 2031').period, 'Q3 2031');
  });
});

describe("figures: the question's figure said again in the answer", () => {
  const call = (question: string, answer: string) =>
    [
      'THOMSON REUTERS STREETEVENTS',
      '',
      'QLLN - Q1 2031 Quillon Corp Earnings Conference Call',
      '',
      'EVENT DATE/TIME: MAY 06, 2031 / 9:00PM GMT',
      '',
      'CORPORATE PARTICIPANTS',
      '',
      'Vera Amsel Quillon Corp - CFO',
      '',
      'CONFERENCE CALL PARTICIPANTS',
      '',
      'Tomas Reyl Halden Partners - Analyst',
      '',
      'QUESTIONS AND ANSWERS',
      '',
      'Tomas Reyl - Halden Partners - Analyst',
      '',
      question,
      '',
      'Vera Amsel - Quillon Corp - CFO',
      '',
      answer,
      '',
    ].join('\n');
  const answerFigure = (text: string, question: string, answer: string) => {
    const lines = new TextLines(call(question, answer));
    const f = recogniseFigures(lines, parseTranscript(lines)).filter((x) => x.text === text && x.role === 'executive');
    assert.ok(f[0], text);
    return f[0];
  };

  it('reads an amount the answer points back at as the figure the question gave', () => {
    const f = answerFigure(
      '$45 million',
      'That $45 million in other income this quarter, what was that?',
      'So the $45 million is mostly gains on warrants we hold.',
    );
    assert.deepEqual([f.metric, label(f.period), f.basis], ['other income', 'Q1 2031', 'actual']);
    // Said afresh, without pointing back, the amount is not taken for the question's.
    assert.equal(
      answerFigure('$45 million', 'That $45 million in other income this quarter, what was that?', 'We spent $45 million on new tools.').metric,
      null,
    );
  });

  it('reads an amount said above or below the outlook as the gap, not the level', () => {
    assert.equal(the('$0.18', 'Q3 EPS was $1.42, $0.18 above our guide.', 'Q3 2031').basis, 'change');
    assert.equal(the('$30 million', 'Revenue came in about $30 million above your guide.', 'Q3 2031').basis, 'change');
    // The level said, then where it stands against the outlook.
    assert.equal(the('$0.73', 'Today we reported earnings per share of $0.73 above our previous guidance range.', 'Q3 2031').basis, 'actual');
  });
});

describe('figures: periods and bases an outlook can have', () => {
  it('resolves a part of the year an outlook is for ahead of the call, even told in the past', () => {
    const prose = 'Our expectation is baked into the revenue guidance that Dana provided for FQ4 of $4.5 billion.';
    assert.equal(the('$4.5 billion', prose, 'Q3 2031').period, 'Q4 2031');
    // A result of that part told in the past stays last year's.
    assert.equal(the('$4.1 billion', 'In the fourth quarter revenue was $4.1 billion.', 'Q3 2031').period, 'Q4 2030');
  });

  it('gives an outlook no period that closed before the call, carried from an earlier sentence', () => {
    const prose = 'We are cycling a very strong fourth quarter from last year. Adjusted EPS is now expected to be $3.95 to $4.15.';
    assert.equal(the('$3.95 to $4.15', prose, 'Q2 2031').period, 'FY 2031');
  });

  it('reads the outlook a revision moves from as the earlier guidance, of the same metric and period', () => {
    const prose = 'Adjusted EPS is now expected to be $3.95 to $4.15, up from our previous guidance of $3.75 to $3.95.';
    const [now, before] = [the('$3.95 to $4.15', prose, 'Q2 2031'), the('$3.75 to $3.95', prose, 'Q2 2031')];
    assert.deepEqual([now.basis, now.period], ['revised-guidance', 'FY 2031']);
    assert.deepEqual([before.metric, before.basis, before.period, before.revisedFrom], ['EPS', 'guidance', 'FY 2031', true]);
    assert.deepEqual(
      [
        the('$4.8 billion', 'We are raising revenue guidance to $5 billion from $4.8 billion.').basis,
        the('$4.8 billion', 'We are raising revenue guidance to $5 billion from $4.8 billion.').period,
      ],
      ['guidance', 'FY 2031'],
    );
    // A year-ago figure after the revision is no outlook it moves from.
    assert.notEqual(the('$4.5 billion', 'We now expect revenue of $5 billion, up from $4.5 billion last year.').revisedFrom, true);
  });

  it('judges the revision against the outlook it moves from, said after it', () => {
    const { judgements } = judgedAsSpoken('Adjusted EPS is now expected to be $3.95 to $4.15, up from our previous guidance of $3.75 to $3.95.');
    assert.deepEqual(
      judgements.map((j) => [j.code, j.reference.statement.figure.text, j.subject.statement.figure.text]),
      [['guidance.raised', '$3.75 to $3.95', '$3.95 to $4.15']],
    );
  });

  it('reads a result said against the expectation as the result', () => {
    assert.deepEqual(
      ['revenue', 'change'],
      [the('20%', 'Revenue came in above our expectations, growing 20%.').metric, the('20%', 'Revenue came in above our expectations, growing 20%.').basis],
    );
    assert.equal(the('$5 million', 'Opex was below our estimates at $5 million.').basis, 'actual');
  });

  it('reads the size of an effect as an amount of its period, not as a change', () => {
    assert.equal(the('$0.02', 'EPS was $0.62, including a $0.02 headwind from the earlier closing.').basis, 'actual');
    assert.equal(the('$0.02 to $0.03', 'The closing will result in an EPS impact of $0.02 to $0.03 in fiscal 2031.').basis, 'guidance');
    // Of a metric, it is that metric's impact, not its level: judged only against its impacts.
    const onMargin = the('2 points', 'Gross margin saw a headwind of 2 points from freight.');
    assert.deepEqual([onMargin.metric, onMargin.basis], ['gross margin impact', 'actual']);
  });
});

describe('figures: metrics a figure does not have', () => {
  it('takes the turn topic for a growth rate only where the growth is said of the figure', () => {
    const prose =
      'Now on cloud revenue. Segment margin guidance is now greater than 11.5%, reflecting the growth on the tanker program. The constant currency growth was 48%.';
    assert.equal(the('11.5%', prose).metric, null);
    assert.equal(the('48%', prose).metric, 'cloud revenue');
  });

  it('gives no share an amount in millions, and counts no parts of an answer', () => {
    assert.equal(the('$40 million', 'For earnings per share, we now expect an incremental $40 million of amortization.').metric, null);
    assert.equal(the('$0.40', 'For earnings per share, we now expect $0.40.').metric, 'EPS');
    assert.deepEqual(
      [the('3 things', "I'd highlight 3 things that drove it.").metric, the('2,800 stores', 'We opened 2,800 stores.').metric],
      [null, 'stores'],
    );
  });
});

describe('figures: the gap from an earlier outlook', () => {
  it('reads "down 2 points from our previous guide" as the gap, and "down 3 points year-over-year" as the outlook (revised with the level)', () => {
    const prose =
      'We are forecasting operating margin to be 32%, down approximately 3 points year-over-year and down approximately 2 points from our previous guide.';
    const [year, gap] = [the('3 points', prose, 'Q1 2031'), the('2 points', prose, 'Q1 2031')];
    assert.deepEqual([year.basis, year.claim], ['revised-guidance', true]);
    assert.deepEqual([gap.basis, gap.claim], ['change', false]);
    assert.equal(the('2.5 points', 'Our outlook for operating margin is approximately 34.5%, up 2.5 points from July.', 'Q3 2031').claim, false);
  });
});

describe('figures: targets', () => {
  it('gives a target the period its own sentence names, none carried from the turn', () => {
    const prose = 'For fiscal 2031 we expect revenue of $5 billion. Our goal is to add 600 net new stores per year.';
    assert.equal(the('$5 billion', prose).period, 'FY 2031');
    assert.deepEqual([the('600', prose).basis, the('600', prose).period], ['target', null]);
  });
});

describe('figures: periods said around the figure', () => {
  it('reads "the second half of the year" as this year\'s half, and no year of its own after it', () => {
    const prose = 'Total sales for the first half of the year are now expected to be flat to up 1%.';
    assert.equal(the('flat to up 1%', prose, 'Q1 2031').period, 'H1 2031');
    assert.equal(the('$5 million', 'In the second half of the year we expect revenue of $5 million.', 'Q1 2031').period, 'H2 2031');
  });

  it('gives a figure the period its sentence opens with when an aside names another between', () => {
    const prose = 'For the full year 2031, despite weaker demand in the second half of the year, we expect revenue growth of approximately 25%.';
    assert.equal(the('25%', prose, 'Q1 2031').period, 'FY 2031');
  });

  it('reads the earlier outlook said with its direction, "versus down 2% to down 0.5% previously"', () => {
    const prose = 'Total sales are now expected to be down 1% to up 0.5% versus down 2% to down 0.5% previously.';
    assert.equal(the('2% to down 0.5%', prose, 'Q1 2031').revisedFrom, true);
  });

  it('takes no flow of cash for the cash held', () => {
    assert.deepEqual(
      ['$1.9 billion', '$500 million', '$4 billion'].map(
        (t) => the(t, 'Cash proceeds will be $1.9 billion. Cash usage was $500 million. We ended with cash of $4 billion.').metric,
      ),
      [null, null, 'cash'],
    );
  });
});

describe('figures: how a revision is said', () => {
  it('reads "from $4.50 to $4.70 to a new range of $4.65 to $4.80" as a range moved to another', () => {
    const prose = 'We are increasing our full-year EPS guidance from $4.50 to $4.70 to a new range of $4.65 to $4.80 per share.';
    const before = the('$4.50 to $4.70', prose, 'Q2 2031');
    assert.deepEqual([before.low, before.high, before.basis, before.revisedFrom], [4.5, 4.7, 'guidance', true]);
    assert.equal(the('$4.65 to $4.80 per share', prose, 'Q2 2031').basis, 'revised-guidance');
    // A move between two levels stays two figures.
    assert.equal(the('25%', 'Margin expanded from 25% to 27%.').high, null);
  });

  it('reads each end a revision moves by as a change, and a decrease to a metric of an amount as one', () => {
    const prose =
      'We are raising our full year outlook for adjusted net earnings by $0.10 per share on the lower end and $0.05 per share at the upper end to a new range of $12.40 to $12.65 per share.';
    assert.deepEqual(
      ['$0.10 per share', '$0.05 per share', '$12.40 to $12.65 per share'].map((t) => the(t, prose, 'Q1 2031').basis),
      ['change', 'change', 'revised-guidance'],
    );
    assert.equal(the('$700 million', 'Against our January guide, this is a decrease to total revenue of roughly $700 million.').basis, 'change');
  });

  it('reads "our fiscal year" as the year, and a trailing twelve months as no fiscal period', () => {
    assert.equal(the('$48.7 billion', 'We closed out our fiscal year with $48.7 billion in revenue.', 'Q4 2031').period, 'FY 2031');
    assert.equal(the('$1 billion', 'The product surpassed $1 billion in revenue over the past 12 months.', 'Q4 2031').period, null);
  });
});

describe('figures: results so far', () => {
  it('reads "has been" as a result so far, not the outlook the paragraph opened with', () => {
    const prose = 'We now expect full year revenue growth to be 9% to 10%. Our revenue growth has been at least 8% for six consecutive quarters.';
    assert.equal(the('8%', prose, 'Q3 2031').basis, 'actual');
    assert.equal(the('9% to 10%', prose, 'Q3 2031').basis, 'revised-guidance');
  });
});

describe('figures: horizons said after the figure', () => {
  it("takes a horizon later in the figure's clause past a span of time in it, and no words past the next figure", () => {
    assert.equal(
      the('11% to 12%', "As we committed, we'll deliver 11% to 12% EPS growth over the next three years, and so we are pleased.", 'Q2 2031').basis,
      'target',
    );
    const prose = 'Revenue of $3.6 billion was up 4% year-over-year driven by growth in long-term products.';
    assert.deepEqual([the('$3.6 billion', prose, 'Q2 2031').basis, the('4%', prose, 'Q2 2031').basis], ['actual', 'change']);
  });
});

describe('figures: the outlook stated now', () => {
  it('gives guidance stated now with no period the quarter under way, not the one the call reports', () => {
    const prose = 'Let me start with guidance. So yes, the operating income guidance is $300 million to $1 billion.';
    assert.equal(the('$300 million to $1 billion', prose, 'Q4 2031').period, 'Q1 2032');
    // Set against the guidance, the figure is no outlook stated now.
    assert.equal(the('$0.10', 'The tax rate coming in below guidance is about $0.10 of the beat.', 'Q4 2031').period, 'Q4 2031');
  });
});

describe('figures: standing amounts', () => {
  it('gives a share repurchase authorization no period', () => {
    const prose = 'For the full year revenue grew 20%. Our board has decided to extend our share repurchase program up to an additional $8.6 billion.';
    assert.deepEqual([the('$8.6 billion', prose, 'Q4 2031').metric, the('$8.6 billion', prose, 'Q4 2031').period], ['share repurchase authorization', null]);
  });
});

describe('figures: the year an outlook names', () => {
  it('reads "for the full year to be" as the year (not "year to date" or "year to year")', () => {
    assert.equal(the('$17 billion', 'We expect capital expenditures for the full year to be about $17 billion.', 'Q3 2031').period, 'FY 2031');
  });
});

describe('figures: the year named, begun, or said in passing', () => {
  it('reads "next fiscal year" and "last fiscal year" as years beside the call\'s', () => {
    assert.equal(the('12%', 'We expect revenue growth of about 12% in the next fiscal year.', 'Q3 2031').period, 'FY 2032');
    const prior = the('$3.3 billion', 'Free cash flow for the year was $9.2 billion compared to $3.3 billion last fiscal year.', 'Q4 2031');
    assert.deepEqual([prior.period, prior.basis], ['FY 2030', 'prior']);
  });

  it('reads "the full year" of the outlook a year was begun with as that year, in its last call', () => {
    const begun = the('30%', 'When we came into the year, we said we expected operating margin for the full year to be about 30%.', 'Q4 2031');
    assert.equal(begun.period, 'FY 2031');
    assert.equal(the('31%', 'For the full year, we expect operating margin of about 31%.', 'Q4 2031').period, 'FY 2032');
    assert.equal(
      the('$5.10 to $5.30', 'We entered this year with momentum and we expect EPS of $5.10 to $5.30 for the full year.', 'Q4 2031').period,
      'FY 2032',
    );
  });

  it('gives the period that closes two results joined by "and" to both, unless the first names its own or the list is "respectively"', () => {
    assert.equal(the('210', 'In Arden, we opened 210 net new stores and entered 9 new cities during the fiscal year.', 'Q4 2031').period, 'FY 2031');
    assert.equal(the('$1.10', 'Adjusted EPS for the quarter was $1.10 and $4.20 for the fiscal year.', 'Q4 2031').period, 'Q4 2031');
    const listed = the(
      '140 basis points',
      'The acquisition added 140 basis points and 120 basis points to growth in the first and second quarters, respectively.',
      'Q2 2031',
    );
    assert.notEqual(listed.period, 'Q1 2031');
  });

  it('does not make a period ahead said in passing the one the next outlook is for', () => {
    const passing =
      'For the third quarter, we expect gross margin of about 45%. We will show the new Vantor handsets at our event next year. We expect revenue of $2.0 billion to $2.1 billion.';
    assert.equal(the('$2.0 billion to $2.1 billion', passing).period, 'Q3 2031');
    const spoken =
      'For the third quarter, we expect gross margin of about 45%. We will spend more on research next year. We expect research and development of $400 million to $420 million.';
    assert.equal(the('$400 million to $420 million', spoken).period, 'FY 2032');
  });
});

describe('figures: what measures a drug, and a date', () => {
  it('reads a result against placebo as no figure of the company', () => {
    const prose = 'In the trial, oral zelotide achieved a weight loss of 16.2% after 60 weeks compared to 2.1% with placebo.';
    for (const text of ['16.2%', '2.1%']) assert.deepEqual(about(the(text, prose)), { metric: null, period: null, basis: 'other' });
    assert.equal(the('25%', 'Sales of Zelotide grew 25%, and the trial showed superiority versus placebo.').basis, 'change');
  });

  it('gives a date no period of its own', () => {
    const dates = figuresOf('We expect the decline in license fees to slow after the first quarter of 2032.').filter((f) => f.category === 'date');
    assert.ok(dates.length > 0);
    for (const d of dates) assert.equal(d.period, null);
  });
});

describe('figures: a level to be reached by the end of a period still open', () => {
  it('reads it as expected, not as a result', () => {
    const f = the('3,400 stores', 'We are rolling the Velvet platform out to more than 3,400 stores by the close of fiscal 2031.', 'Q3 2031');
    assert.deepEqual([f.period, f.basis, f.claim], ['FY 2031', 'expectation', true]);
    // Reached already: the quarter's result.
    assert.equal(the('1,200 stores', 'We had the Velvet platform in 1,200 stores by the end of the quarter.', 'Q3 2031').basis, 'actual');
  });
});

describe('figures: a count of what "the number of" names', () => {
  it('takes the thing counted as the metric, and no clause after it', () => {
    const prose = 'We grew the number of Velvet app subscribers from 4 million at the end of Q1 to 5 million at the end of Q2.';
    assert.deepEqual(
      figuresOf(prose)
        .filter((f) => f.unit === 'count')
        .map((f) => [f.text, f.metric]),
      [
        ['4 million', 'Velvet app subscribers'],
        ['5 million', 'Velvet app subscribers'],
      ],
    );
    assert.equal(the('3,100', 'New riders exceeded the number of riders that left by 3,100.').metric, null);
  });
});

describe('figures: a rate over time', () => {
  it('is no one period\'s amount, while "a year ago" still names the period compared with', () => {
    assert.equal(
      the('$2.1 billion', 'The new dividend will allow us to retain about $2.1 billion of cash per year compared to the prior payout.', 'Q3 2031').period,
      null,
    );
    assert.equal(the('$0.64', 'We raised our quarterly dividend to $0.16 per share, or $0.64 annually.', 'Q3 2031').period, null);
    assert.equal(the('170 wafers', 'The new scanner will deliver a throughput of 170 wafers per hour in fiscal 2032.', 'Q3 2031').period, null);
    assert.equal(the('$4 billion', 'Revenue was $5 billion, up from $4 billion a year ago.', 'Q3 2031').period, 'Q3 2030');
  });
});

describe('figures: a year abbreviated with either quote, and after "of"', () => {
  it('reads "fiscal ‘18", "Q4 ‘18" and "Q4 of ‘18" as the periods they name', () => {
    const prose =
      'Operating income for the 16-week Q4 of ‘31 came in at $1,446 million. Our tax rate in Q4 ‘31 was 27.4% and 28.4% for all of fiscal ‘31. In all fiscal ’31, we opened 21 new units.';
    assert.deepEqual(
      ['$1,446 million', '27.4%', '28.4%', '21 new units'].map((t) => the(t, prose, 'Q4 2031').period),
      ['Q4 2031', 'Q4 2031', 'FY 2031', 'FY 2031'],
    );
  });
});

describe('ledger: an outlook whose period nobody named', () => {
  it("is not set against the result of the call's own quarter", () => {
    const { figures, judgements } = judgedAsSpoken(
      'Revenue grew 6% in the second quarter.\n\nWhat we said last quarter is that in order to hit the comp guidance and the revenue guidance, 3% to 5% and 12%-plus.',
    );
    assert.ok(
      figures.some((f) => f.basis === 'guidance' && f.periodAssumed),
      "the outlook took the call's quarter for want of another",
    );
    assert.deepEqual(judgements, []);
  });
});

describe('figures: a range the company keeps to, among the outlook', () => {
  it('is a target of no period, and the outlook goes on after it', () => {
    const prose =
      'For the first quarter, we expect revenue of approximately $1.1 billion. Cash balances to be in the optimal zone of $500 million to $900 million. Capital expenditures of approximately $60 million.';
    const zone = the('$500 million to $900 million', prose, 'Q4 2031');
    assert.deepEqual([zone.basis, zone.period], ['target', null]);
    assert.deepEqual([the('$60 million', prose, 'Q4 2031').basis, the('$60 million', prose, 'Q4 2031').period], ['guidance', 'Q1 2032']);
  });
});

describe('figures: currency said in passing in an outlook', () => {
  it('does not move the outlook to the later period it names, and can open the outlook', () => {
    const aside =
      "Now let's turn to the outlook. For Q3, we expect about 1 point of negative FX impact on total revenue. In Q4, we anticipate about 2 points of negative FX impact.\nSecond, our commercial business. We expect commercial revenue of $8.1 billion to $8.3 billion.";
    assert.equal(the('$8.1 billion to $8.3 billion', aside).period, 'Q3 2031');
    const opening = 'For the fourth quarter, we expect FX to be a 2 point headwind. We expect revenue of $9.1 billion to $9.3 billion.';
    assert.equal(the('$9.1 billion to $9.3 billion', opening).period, 'Q4 2031');
  });
});

describe('figures: an outlook verb carried past an earlier figure', () => {
  it('reads "…, down from the 350 added in 2031, and to end fiscal 2032 with over 4,000 stores" as the outlook', () => {
    const prose =
      'We expect to add approximately 300 net new stores in fiscal 2032, down slightly from the nearly 350 net new stores added in 2031, and to end fiscal 2032 with over 4,000 stores.';
    const f = the('4,000 stores', prose, 'Q4 2031');
    assert.deepEqual([f.period, f.basis], ['FY 2032', 'guidance']);
    assert.equal(the('350', prose, 'Q4 2031').period, 'FY 2031');
  });
});

describe("figures: the market's figure", () => {
  it("is not the company's, while the company's figure in a market is", () => {
    assert.equal(
      the('280,000 units', 'The North American trailer market remained firm in the quarter and reached 280,000 units for 2031.', 'Q4 2031').metric,
      null,
    );
    assert.equal(the('95%', 'The volume growth of the total branded obesity market was 95%.').metric, null);
    assert.notEqual(the('6.1%', 'Our comp in the Harbor market in the second quarter was 6.1%.').metric, null);
  });
});

describe('figures: a period said right after the figure, without a preposition', () => {
  it('is the figure\'s ("12% next year", "$21 billion next year"), and the figures after may go on in it', () => {
    assert.equal(the('12%', 'We expect revenue growth of about 12% next year.').period, 'FY 2032');
    const two = 'For the second quarter, we expect revenue of $5 billion, and $21 billion next year.';
    assert.deepEqual([the('$5 billion', two).period, the('$21 billion', two).period], ['Q2 2031', 'FY 2032']);
    const ytd = 'Cash flow from operating activities was $429 million year-to-date, $30 million above last year.';
    assert.deepEqual([the('$429 million', ytd, 'Q3 2031').period, the('$30 million', ytd, 'Q3 2031').period], ['9M 2031', '9M 2031']);
  });
});
