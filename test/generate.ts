// Fictional earnings-call transcripts in the StreetEvents PDF text layout, for the benchmark and the
// workspace tests. Every call differs: company, ticker, period, people, firms, figures and wording
// are drawn from a seeded generator, so large files vary like real ones instead of repeating bytes.
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

/** A small seeded PRNG (mulberry32): the same seed gives the same text on every machine. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = [
  'Mira',
  'Tomas',
  'Priya',
  'Hugo',
  'Ines',
  'Kofi',
  'Lena',
  'Rafael',
  'Yuki',
  'Anders',
  'Nadia',
  'Oren',
  'Sofia',
  'Dmitri',
  'Amara',
  'Felix',
  'Greta',
  'Idris',
  'Juno',
  'Leif',
  'Marisol',
  'Nikhil',
  'Olga',
  'Pavel',
  'Quinn',
  'Rosa',
  'Stellan',
  'Talia',
  'Umar',
  'Vera',
];
const LAST = [
  'Okafor',
  'Lindqvist',
  'Raman',
  'Brandt',
  'Castell',
  'Mensah',
  'Novak',
  'Ibarra',
  'Tanaka',
  'Holm',
  'Farouk',
  'Levi',
  'Marchetti',
  'Volkov',
  'Adeyemi',
  'Kessler',
  'Strand',
  'Haddad',
  'Pereira',
  'Sorensen',
  'Whitcombe',
  'Zell',
  'Quarry',
  'Delacroix',
  'Achterberg',
  'Nakamura',
  'Oyelaran',
  'Petrov',
  'Rinaldi',
  'Thorne',
];
const COMPANY_A = [
  'Zephyr',
  'Northwind',
  'Bluefern',
  'Calder',
  'Orrin',
  'Halcyon',
  'Meridian',
  'Quillon',
  'Tessaly',
  'Varden',
  'Solace',
  'Brightwater',
  'Kestrel',
  'Lumen',
  'Marrow',
  'Pallas',
];
const COMPANY_B = ['Widgets', 'Networks', 'Foods', 'Devices', 'Logistics', 'Materials', 'Software', 'Therapeutics', 'Energy', 'Optics', 'Robotics', 'Textiles'];
const SUFFIX = ['Corp.', 'Inc.', 'Holdings', 'Group plc', 'Ltd.'];
const BROKERS = [
  'Northgate Securities',
  'Calder & Fenn Capital',
  'Harbourline Partners',
  'Moorcroft Research',
  'Silverbirch & Co.',
  'Ashdown Capital Markets',
  'Pemberton Equity',
  'Redfield Brothers',
  'Oakhurst Advisors',
  'Larkspur Investment Bank',
];
const MONTHS = ['JANUARY', 'FEBRUARY', 'MARCH', 'APRIL', 'MAY', 'JUNE', 'JULY', 'AUGUST', 'SEPTEMBER', 'OCTOBER', 'NOVEMBER', 'DECEMBER'];
const ORDINAL = ['first', 'second', 'third', 'fourth'];
const METRICS: { name: string; kind: 'money' | 'pct' | 'eps' | 'days' }[] = [
  { name: 'revenue', kind: 'money' },
  { name: 'gross margin', kind: 'pct' },
  { name: 'operating expenses', kind: 'money' },
  { name: 'EPS', kind: 'eps' },
  { name: 'operating margin', kind: 'pct' },
  { name: 'free cash flow', kind: 'money' },
  { name: 'DSO', kind: 'days' },
  { name: 'adjusted EBITDA', kind: 'money' },
];
const FILLER = [
  'We continue to invest in the products our customers ask for most.',
  'The pipeline is healthy across every region we serve.',
  'Demand from our largest accounts was steady through the quarter.',
  'We saw some softness in the smaller accounts, which we expect to be temporary.',
  'Our teams executed well despite a difficult supply environment.',
  'Pricing held up better than we had planned for.',
  'We added several new customers in the mid-market segment.',
  'Integration of the acquired business is on schedule.',
  'We remain cautious about the macro environment and are managing costs tightly.',
  'Backlog coverage going into the next period is in line with prior years.',
  'I want to thank our employees for their work this quarter.',
  'The new platform is now shipping in volume to three of our top ten customers.',
];
const QUESTIONS = [
  'Can you talk about what drove the upside in the quarter?',
  'How should we think about the seasonality going into next year?',
  'Could you give us some colour on pricing versus volume?',
  'What are you assuming for the macro environment in the guidance?',
  'Is there any pull-forward of demand in these numbers?',
  'How much of the margin improvement is mix and how much is cost?',
  'Can you update us on the competitive landscape in your core market?',
];

export interface Person {
  name: string;
  firm: string;
  title: string;
}

export interface GeneratedCall {
  ticker: string;
  company: string;
  period: string;
  /** Everyone on the call, executives first. */
  people: Person[];
  /** Speaker turns written, the operator's included. */
  turns: number;
  text: string;
}

/** One fictional call, about 25-70 KB, in the StreetEvents PDF layout. */
export function generateCall(seed: number): GeneratedCall {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const int = (lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
  const money = (lo: number, hi: number): string => `${(lo + r() * (hi - lo)).toFixed(1)}`;
  const dollar = (): string => (r() < 0.5 ? '\\$' : '$'); // PDF text often escapes the dollar sign

  const stem = `${pick(COMPANY_A)} ${pick(COMPANY_B)}`;
  const company = `${stem} ${pick(SUFFIX)}`;
  const firm = `${stem} ${pick(['Corp', 'Inc', 'Holdings', 'Ltd'])}`;
  const ticker = (stem.replace(/[^A-Z]/g, '') + stem.slice(1, 4).toUpperCase()).slice(0, 4);
  const q = int(1, 4);
  const year = int(2009, 2034);
  const period = `Q${q} ${year}`;
  const nextQ = q === 4 ? 1 : q + 1;
  const nextYear = q === 4 ? year + 1 : year;
  const person = (f: string, title: string): Person => ({
    name: `${pick(FIRST)}${r() < 0.3 ? ` ${String.fromCharCode(65 + int(0, 25))}.` : ''} ${pick(LAST)}`,
    firm: f,
    title,
  });
  const execs = [person(firm, 'VP of Investor Relations'), person(firm, 'President and CEO'), person(firm, 'EVP and CFO')];
  const analysts = Array.from({ length: int(4, 10) }, () => person(pick(BROKERS), 'Analyst'));
  const month = MONTHS[(q * 3 + int(0, 1)) % 12];

  /**
   * Each metric's numbers, drawn once per call and repeated wherever the call states them, as a call
   * does: the quarter's actual, the guidance given for it, the outlook it revises, the revision, the
   * next quarter's range, the full-year guidance, the long-term target and the consensus.
   */
  const drawn = new Map<string, string[]>();
  const numbersOf = (m: (typeof METRICS)[number]): string[] => {
    const value = (): string =>
      m.kind === 'money'
        ? `${dollar()}${money(5, 900)} ${pick(['million', 'million', 'billion'])}`
        : m.kind === 'pct'
          ? `${money(10, 70)}%`
          : m.kind === 'eps'
            ? `${dollar()}0.${String(int(1, 99)).padStart(2, '0')} per share`
            : `${int(30, 90)} days`;
    let numbers = drawn.get(m.name);
    if (!numbers) drawn.set(m.name, (numbers = Array.from({ length: 9 }, value)));
    return numbers;
  };

  /** A sentence with a figure: an actual, a guidance, a comparison or a revision. */
  const figureSentence = (): string => {
    const m = pick(METRICS);
    const [actual, guided, prior, revised, nextLow, nextHigh, fullYear, target, consensus] = numbersOf(m);
    switch (int(0, 6)) {
      case 0:
        return `${cap(m.name)} for the quarter was ${actual}, compared with our guidance of ${guided}.`;
      case 1:
        return `For the ${ORDINAL[nextQ - 1]} quarter of ${nextYear}, we expect ${m.name} of ${nextLow} to ${nextHigh}.`;
      case 2:
        return `We are raising our full-year ${m.name} guidance to approximately ${fullYear}.`;
      case 3:
        return `We now expect ${m.name} to be around ${revised}, down from our prior outlook of ${prior}.`;
      case 4:
        return `${cap(m.name)} was ${actual}, up ${int(1, 30)}% year-over-year and ${int(1, 12)}% sequentially.`;
      case 5:
        return `Our long-term target for ${m.name} remains ${target}.`;
      default:
        return `Consensus had ${m.name} at ${consensus} for ${period}, and we came in at ${actual}.`;
    }
  };
  const paragraph = (figures: number): string => {
    const s: string[] = [];
    for (let i = 0; i < figures; i++) s.push(figureSentence());
    for (let i = int(2, 6); i > 0; i--) s.splice(int(0, s.length), 0, pick(FILLER));
    return s.join(' ');
  };

  const out: string[] = [];
  const line = (...xs: string[]): void => {
    for (const x of xs) out.push(x, '');
  };
  let turns = 0;
  const turn = (p: Person | null, paragraphs: string[]): void => {
    turns++;
    line(p ? `${p.name} - ${p.firm} - ${p.title}` : 'Operator');
    for (const para of paragraphs) {
      line(para);
      if (r() < 0.08) out.push('', ''); // page break in the PDF text
    }
  };

  line('THOMSON REUTERS STREETEVENTS', 'EDITED TRANSCRIPT', `${ticker} - ${period} ${company} Earnings Conference Call`);
  line(`EVENT DATE/TIME: ${month} ${String(int(1, 28)).padStart(2, '0')}, ${q === 4 ? year + 1 : year} / ${int(1, 11)}:${pick(['00', '30'])}PM GMT`);
  out.push('', '');
  line('CORPORATE PARTICIPANTS', ...execs.map((p) => `${p.name} ${p.firm} - ${p.title}`));
  line('CONFERENCE CALL PARTICIPANTS', ...analysts.map((p) => `${p.name} ${p.firm} - ${p.title}`));
  line('PRESENTATION');
  turn(null, [
    `Good day, and welcome to the ${company} ${ORDINAL[q - 1]} quarter ${year} earnings call. I would now like to turn the call over to ${execs[0].name}.`,
  ]);
  turn(execs[0], [
    'Thank you. Before we begin, this call contains forward-looking statements that involve risks and uncertainties. Actual results may differ materially.',
  ]);
  turn(
    execs[1],
    Array.from({ length: int(5, 10) }, () => paragraph(int(0, 2))),
  );
  turn(
    execs[2],
    Array.from({ length: int(10, 18) }, () => paragraph(int(2, 5))),
  );
  line('QUESTIONS AND ANSWERS');
  for (const a of analysts) {
    turn(null, [`Our next question comes from ${a.name} with ${a.firm}.`]);
    for (let k = int(2, 4); k > 0; k--) {
      turn(a, [`${pick(QUESTIONS)} ${r() < 0.4 ? figureSentence() : ''}`.trim()]);
      turn(
        pick(execs.slice(1)),
        Array.from({ length: int(1, 4) }, () => paragraph(int(0, 3))),
      );
    }
  }
  turn(null, ["Thank you. This concludes today's conference call. You may now disconnect."]);
  line('DISCLAIMER', 'This transcript is fictional and generated for testing. It describes no real company or person.');
  return { ticker, company, period, people: [...execs, ...analysts], turns, text: out.join('\n') };
}

/** Writes `files` generated calls under `dir`, 100 to a sub-folder; returns what was written. */
export function writeWorkspace(dir: string, files: number, seed: number): { path: string; call: GeneratedCall }[] {
  const written: { path: string; call: GeneratedCall }[] = [];
  for (let i = 0; i < files; i++) {
    const sub = path.join(dir, `batch-${Math.floor(i / 100)}`);
    if (i % 100 === 0) mkdirSync(sub, { recursive: true });
    const call = generateCall(seed + i);
    const file = path.join(sub, `${call.ticker}-${call.period.replace(' ', '-')}-${i}.txt`);
    writeFileSync(file, call.text);
    written.push({ path: file, call });
  }
  return written;
}

function cap(s: string): string {
  return s[0].toUpperCase() + s.slice(1);
}

/** Distinct calls one after another (a merged file, a year's dump) until `bytes` is reached. */
export function generateFile(bytes: number, seed = 1): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const call = generateCall(seed * 100_003 + i).text;
    parts.push(call);
    size += call.length + 1;
  }
  return parts.join('\n');
}
