// What both Motley Fool layouts share: the scraper's header block between two "=" rules
// ("Company: ...", "Ticker: ...", "Quarter: ...", "Source: motley_fool") and the page's date line.
import type { Meta } from '../model';
import { emptyMeta } from '../model';
import type { TextLines } from '../text';
import { head } from './format';
import { parseDate, parsePeriod, parseTime } from './meta';

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
      const key = field[1].toLowerCase();
      // "Microsoft (…)": the scraper adds a translation in brackets.
      if (key === 'company') meta.company = field[2].replace(/\s*\([^)]*\)\s*$/, '').trim();
      else if (key === 'ticker') meta.ticker = field[2].trim();
      else meta.period = parsePeriod(field[2]);
    }
    after = Math.min(i + 1, lines.count);
  }
  for (let j = after; j < Math.min(lines.count, after + 10); j++) {
    // "Earnings CallApr 25, 2024,5:30 p.m.": the page ran words together.
    const text = head(lines, j).trim().replace(/([a-z])(?=[A-Z][a-z]{2,8}\.? \d)/g, '$1 ');
    const date = parseDate(text);
    if (!date) continue;
    meta.date = date;
    meta.time = parseTime(text.replace(/^.*?\d{4},?/, ''));
    // "Acme(ACME+1.2%)Q3 2031 Earnings CallOct 30, 2031,5:30 p.m. ET": the classic page's title.
    const title = /^(.*?\bCall)(?=[A-Z]|\s|$)/.exec(text.replace(/\([A-Z.]{1,8}\s*[+-]?\d+(?:\.\d+)?%\)/, ' ').replace(/\s+/g, ' '));
    if (title) meta.title = title[1].trim();
    meta.period ??= parsePeriod(text);
    break;
  }
  if (!meta.title && meta.company) meta.title = `${meta.company}${meta.period ? ` ${meta.period}` : ''} Earnings Call`;
  return { meta, after };
}
