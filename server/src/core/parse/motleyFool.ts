// Motley Fool presets for the layout-general reader. Both page layouts come with the scraper's header
// block between two "=" rules ("Company: ...", "Ticker: ...", "Quarter: ...", "Source: motley_fool")
// and the page's date line. The classic page has "Prepared Remarks:" / "Questions & Answers:"
// headings and "Name--Title" speaker lines, its roster at the end; the 2025 page has a "Title —
// Name" roster, the site's summary and glossary, then "Full Conference Call Transcript" with inline
// "Name:Text" turns. Those are shapes and headings the reader knows; the presets add the header.
import type { Meta } from '../model';
import { emptyMeta } from '../model';
import type { TextLines } from '../text';
import type { TranscriptFormat } from './format';
import { head, sniffCount } from './format';
import { formatPeriod, readPeriod } from '../period';
import { parseDate, parseTime } from './meta';
import { layoutConfidence, readLayout, type Preset } from './reader';

const RULE = /^={20,}\s*$/;

/** True when the first lines are the scraper's header naming the Motley Fool as the source. */
export function hasFoolHeader(lines: TextLines): boolean {
  for (let i = 0; i < Math.min(lines.count, 15); i++) if (/^(?:source:\s*motley_fool|url:.*\bfool\.com\/)/i.test(head(lines, i).trim())) return true;
  return false;
}

/** Meta from the header block and the first dated line; returns the first line after the block. */
export function readFoolHeader(lines: TextLines): { meta: Meta; after: number } {
  const meta = emptyMeta();
  meta.provider = 'The Motley Fool';
  let i = 0;
  while (i < lines.count && lines.isBlank(i)) i++;
  let after = i;
  if (i < lines.count && RULE.test(head(lines, i))) {
    for (i++; i < lines.count && !RULE.test(head(lines, i)); i++) {
      const field = /^(company|ticker|quarter):\s*(.+)$/i.exec(head(lines, i).trim());
      if (!field) continue;
      const [, name = '', value = ''] = field;
      const key = name.toLowerCase();
      // "Microsoft (…)": the scraper adds a translation in brackets.
      if (key === 'company') meta.company = value.replace(/\s*\([^)]*\)\s*$/, '').trim();
      else if (key === 'ticker') meta.ticker = value.trim();
      else meta.period = readPeriod(value);
    }
    after = Math.min(i + 1, lines.count);
  }
  for (let j = after; j < Math.min(lines.count, after + 10); j++) {
    // "Earnings CallApr 25, 2024,5:30 p.m.": the page ran words together.
    const text = head(lines, j)
      .trim()
      .replace(/([a-z])(?=[A-Z][a-z]{2,8}\.? \d)/g, '$1 ');
    const date = parseDate(text);
    if (!date) continue;
    meta.date = date;
    meta.time = parseTime(text.replace(/^.*?\d{4},?/, ''));
    // "Acme(ACME+1.2%)Q3 2031 Earnings CallOct 30, 2031,5:30 p.m. ET": the classic page's title.
    const title = /^(.*?\bCall)(?=[A-Z]|\s|$)/.exec(text.replace(/\([A-Z.]{1,8}\s*[+-]?\d+(?:\.\d+)?%\)/, ' ').replace(/\s+/g, ' '));
    if (title) meta.title = title[1]!.trim();
    meta.period ??= readPeriod(text);
    break;
  }
  if (!meta.title && meta.company) meta.title = `${meta.company}${meta.period ? ` ${formatPeriod(meta.period)}` : ''} Earnings Call`;
  return { meta, after };
}

const TRANSCRIPT_HEADING = /^full (?:conference )?call transcript$/i;

/** The 2025 page's transcript heading (the site's roster and summary are above it), or -1. */
function transcriptHeading(lines: TextLines): number {
  for (let i = 0; i < sniffCount(lines); i++) if (TRANSCRIPT_HEADING.test(head(lines, i).trim())) return i;
  return -1;
}

const MOTLEY_FOOL_2025: Preset = {
  id: 'motley-fool-2025',
  provider: 'The Motley Fool',
  recognises: (lines) => hasFoolHeader(lines) && transcriptHeading(lines) >= 0,
  header: readFoolHeader,
  speechFrom: transcriptHeading,
};

const MOTLEY_FOOL_CLASSIC: Preset = {
  id: 'motley-fool-classic',
  provider: 'The Motley Fool',
  recognises: hasFoolHeader,
  header: readFoolHeader,
};

function foolFormat(preset: Preset): TranscriptFormat {
  return {
    id: preset.id,
    /** The preset never decides alone: without the scraper's header the file is read as the generic layout. */
    detect: (lines) => (preset.recognises(lines) ? Math.min(1, 0.5 + layoutConfidence(lines)) : 0),
    parse: (lines) => readLayout(lines, [preset]).draft,
  };
}

export const motleyFool2025 = foolFormat(MOTLEY_FOOL_2025);
export const motleyFoolClassic = foolFormat(MOTLEY_FOOL_CLASSIC);
