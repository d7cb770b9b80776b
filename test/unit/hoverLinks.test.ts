// Hover cards show transcript text as written and link only to lines of the document: an address
// the transcript mentions (a URL, a bare domain, an e-mail) is not made a link by the renderer.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import MarkdownIt from 'markdown-it';
import { analyse } from '../../server/src/core/analysis';
import { figureHover } from '../../server/src/core/features/hover';

/** A fictional call whose CFO's firm and title carry addresses, as a pasted roster can. */
const TEXT = [
  'THOMSON REUTERS STREETEVENTS',
  'EDITED TRANSCRIPT',
  'ZYXW - Q3 2031 Zephyr Widgets Corp. Earnings Conference Call',
  'EVENT DATE/TIME: NOVEMBER 04, 2031 / 10:00PM GMT',
  'CORPORATE PARTICIPANTS',
  'Tomas Lindqvist www.zephyr-widgets.example - CFO, ir@zephyr.example https://ir.zephyr.example/q3',
  'CONFERENCE CALL PARTICIPANTS',
  'Ivo Brandt Tarn Securities - Analyst',
  'PRESENTATION',
  'Tomas Lindqvist - www.zephyr-widgets.example - CFO, ir@zephyr.example https://ir.zephyr.example/q3',
  'Revenue for the quarter was $101.5 million.',
  'Revenue for the quarter was $99.5 million in the year-ago quarter.',
].join('\n\n');

// Linkify as VS Code's renderer does it: schemes, "www." and bare domains, e-mail addresses.
const md = new MarkdownIt({ linkify: true });

describe('hover: addresses in the transcript', () => {
  it('are shown as written and not linked', () => {
    const a = analyse(TEXT);
    const f = a.figures.find((x) => x.text.includes('101.5'));
    assert.ok(f, 'the figure is recognised');
    const value = (figureHover({ analysis: a, uri: 'untitled:t' }, f.range.start)!.contents as { value: string }).value;
    assert.match(value, /zephyr/, 'the speaker line is on the card');
    const html = md.render(value);
    const links = [...html.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1]);
    assert.ok(
      links.every((l) => l.startsWith('untitled:t#L')),
      `only line links: ${links.join(', ')}`,
    );
    const shown = html.replace(/<[^>]+>/g, '');
    for (const address of ['www.zephyr-widgets.example', 'ir@zephyr.example', 'https://ir.zephyr.example/q3'])
      assert.ok(shown.includes(address), `${address} as written in ${shown}`);
    assert.ok(
      md.render('www.zephyr-widgets.example ir@zephyr.example https://ir.zephyr.example/q3').includes('<a href'),
      'the renderer would link them unescaped',
    );
  });
});
