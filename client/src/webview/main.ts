// Draws a panel's data in the webview: the scorecard and outlook of a call, or a metric's history.
// Tables first (every row reveals its statement in the editor, by mouse or keyboard), then a chart
// drawn with Chart.js in the theme's colours. Runs in the webview; talks to the extension by
// messages only.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  ScatterController,
  Tooltip,
} from 'chart.js';
import { deltaLabel, type History, type OutlookRow, type Place, type Scorecard, type ScorecardRow, type ViewStatement } from '../../../shared/protocol';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, ScatterController, LineController, LineElement, PointElement, Tooltip, Legend);

declare function acquireVsCodeApi(): { postMessage(message: unknown): void };
const vscode = acquireVsCodeApi();

type Message = { view: 'scorecard'; data: Scorecard } | { view: 'history'; data: History };

document.addEventListener('securitypolicyviolation', (e) => vscode.postMessage({ type: 'csp', directive: e.violatedDirective, blocked: e.blockedURI }));

const root = document.getElementById('root')!;
let chart: Chart | null = null;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string | null)[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) if (c !== null) e.append(c);
  return e;
}

function fgColor(): string {
  return color('--vscode-foreground', '#888');
}

function color(name: string, fallback: string): string {
  return getComputedStyle(document.body).getPropertyValue(name).trim() || fallback;
}

const VERDICT_WORD: Record<string, string> = {
  'guidance.beat': 'beat',
  'guidance.miss': 'miss',
  'guidance.inline': 'inline',
  'guidance.raised': 'raised',
  'guidance.lowered': 'lowered',
  'expectation.beat': 'beat',
  'expectation.miss': 'miss',
};

function what(r: { metric: string; segment: string | null; qualifier: string | null }): string {
  return [r.segment, r.metric, r.qualifier ? `(${r.qualifier})` : null].filter(Boolean).join(' ');
}

function statement(s: ViewStatement | null): Node {
  if (!s) return document.createTextNode('—');
  // The call's name says when; the file only where the name is missing.
  const when = s.when ?? s.call;
  return el('span', {}, s.label, when ? el('span', { class: 'where' }, ` (${when})`) : null);
}

/** A table row that reveals `place` on click, Enter or Space; arrow keys move between rows. */
function row(place: Place | null, cells: Node[]): HTMLTableRowElement {
  const tr = el('tr', place ? { class: 'row', tabindex: '0' } : {});
  for (const c of cells) tr.append(c instanceof HTMLTableCellElement ? c : el('td', {}, c));
  if (place) {
    tr.addEventListener('click', (e) => {
      if (!(e.target instanceof HTMLButtonElement)) vscode.postMessage({ type: 'reveal', place });
    });
    tr.addEventListener('keydown', (e) => {
      if (e.target !== tr) return;
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        vscode.postMessage({ type: 'reveal', place });
      } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        ((e.key === 'ArrowDown' ? tr.nextElementSibling : tr.previousElementSibling) as HTMLElement | null)?.focus();
      }
    });
  }
  return tr;
}

function table(headers: string[], rows: HTMLTableRowElement[]): HTMLTableElement {
  return el('table', {}, el('thead', {}, el('tr', {}, ...headers.map((h) => el('th', { scope: 'col' }, h)))), el('tbody', {}, ...rows));
}

function num(text: Node | string): HTMLTableCellElement {
  return el('td', { class: 'num' }, text);
}

function scorecardRow(r: ScorecardRow): HTMLTableRowElement {
  const verdict = r.verdicts[0];
  const word = verdict ? (VERDICT_WORD[verdict.code] ?? verdict.code) : '';
  const guidance = el('span', {});
  r.guidance.concat(r.expectations).forEach((g, i) => {
    if (i) guidance.append(el('br'));
    guidance.append(g.kind === 'guidance' ? '' : el('span', { class: 'where' }, `${g.kind}: `), statement(g));
  });
  const history = el('button', { class: 'link', title: `History of ${what(r)} across the company's calls` }, 'history');
  history.addEventListener('click', () => vscode.postMessage({ type: 'history', metric: r.metric, segment: r.segment }));
  const diff = verdict ? deltaLabel(verdict) : '';
  return row(r.actual?.place ?? verdict?.subject ?? r.guidance[0]?.place ?? null, [
    el('td', {}, what(r)),
    el('td', {}, r.period),
    el('td', {}, guidance),
    num(statement(r.actual)),
    el(
      'td',
      { class: `verdict ${word}`, title: r.verdicts.map((v) => v.message).join('\n') },
      r.verdicts.map((v) => `${VERDICT_WORD[v.code] ?? v.code}${v.superseded ? ' (superseded)' : ''}`).join(', ') || '—',
    ),
    num(diff || '—'),
    el('td', {}, history),
  ]);
}

function outlookRow(r: OutlookRow): HTMLTableRowElement {
  return row(r.now?.place ?? r.before?.place ?? null, [
    el('td', {}, what(r)),
    el('td', {}, r.period),
    el('td', { class: `verdict ${r.change}` }, r.change),
    num(statement(r.now)),
    num(statement(r.before)),
  ]);
}

const POINT: [number, number] = [-0.05, 0.05];

/** Guidance ranges against the actuals, each as its distance from the guidance's middle. */
function verdictChart(card: Scorecard): HTMLElement | null {
  const judged = card.rows.flatMap((r) =>
    r.verdicts.filter((v) => v.delta !== null && !v.superseded && !v.code.endsWith('raised') && !v.code.endsWith('lowered')).map((v) => ({ r, v })),
  );
  if (!judged.length) return null;
  const labels = judged.map(({ r }) => `${what(r)} ${r.period}`);
  const ranges = judged.map(({ r, v }) => {
    const g = [...r.guidance, ...r.expectations].find(
      (s) =>
        s.place.uri === v.reference.uri &&
        s.place.range.start.line === v.reference.range.start.line &&
        s.place.range.start.character === v.reference.range.start.character,
    );
    if (!g || !Number.isFinite(g.low) || !Number.isFinite(g.high)) return POINT;
    const mid = (g.low + g.high) / 2;
    const rel = (x: number) => (v.deltaUnit === 'pts' ? (x - mid) * (g.unit === 'bps' ? 0.01 : 1) : ((x - mid) / Math.abs(mid)) * 100);
    // Guidance given as a point still shows, as a thin bar at its middle.
    return g.low === g.high ? POINT : ([rel(g.low), rel(g.high)] as [number, number]);
  });
  const canvas = el('canvas', { role: 'img', 'aria-label': `Guidance range and actual per metric: ${labels.join(', ')}` });
  const box = el('div', { class: 'chart' }, canvas);
  const fg = color('--vscode-foreground', '#888');
  chart?.destroy();
  queueMicrotask(() => {
    chart = new Chart(canvas, {
      type: 'bar',
      data: {
        labels,
        datasets: [
          // The lower `order` is drawn on top: the actual over its guidance.
          { type: 'bar', label: 'Guidance range', data: ranges, backgroundColor: color('--vscode-charts-blue', '#3794ff'), barPercentage: 0.5, order: 1 },
          {
            type: 'scatter',
            label: 'Actual',
            data: judged.map(({ v }, i) => ({ x: labels[i], y: v.delta! })) as never,
            backgroundColor: color('--vscode-charts-orange', '#d18616'),
            borderColor: fgColor(),
            pointRadius: 6,
            order: 0,
          },
        ],
      },
      options: {
        indexAxis: 'x',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: { x: { ticks: { color: fg } }, y: { ticks: { color: fg }, title: { display: true, text: 'vs middle of guidance (% or points)', color: fg } } },
        plugins: { legend: { labels: { color: fg } } },
      },
    });
  });
  return box;
}

function drawScorecard(card: Scorecard): number {
  const rows = card.rows.map(scorecardRow);
  const outlook = card.outlook.map(outlookRow);
  const c = card.counts;
  root.replaceChildren(
    el('h1', {}, `Scorecard · ${card.call}`),
    el(
      'p',
      { class: 'note' },
      `${c.beat} beat, ${c.miss} missed, ${c.inline} in line, ${c.raised} raised, ${c.lowered} lowered. Select a row (or press Enter on it) to see its statement in the transcript.`,
    ),
    rows.length
      ? table(['Metric', 'Period', 'Guidance', 'Actual', 'Verdict', 'vs guidance', ''], rows)
      : el('p', { class: 'note' }, 'This call gives no guidance and reports nothing that earlier guidance measured.'),
    verdictChart(card) ?? document.createTextNode(''),
    el('h2', {}, 'Outlook'),
    el(
      'p',
      { class: 'note' },
      card.previousCall
        ? `Guidance for coming periods against the previous call: ${card.previousCall}.`
        : 'The workspace holds no earlier call of this company: every item is new.',
    ),
    outlook.length ? table(['Metric', 'Period', 'Change', 'Now', 'Before'], outlook) : el('p', { class: 'note' }, 'No guidance for coming periods.'),
  );
  return rows.length + outlook.length;
}

function drawHistory(h: History): number {
  const rows = h.points.map((p) =>
    row(p.actual?.place ?? p.guidance[0]?.place ?? null, [
      el('td', {}, p.period),
      el('td', {}, p.call),
      num(p.guidance.length ? p.guidance.map((g) => g.label).join(', ') : '—'),
      num(statement(p.actual)),
    ]),
  );
  const canvas = el('canvas', { role: 'img', 'aria-label': `${h.metric}: guidance and actuals by period` });
  const periods = [...new Set(h.points.map((p) => p.period))];
  const value = (s: ViewStatement) => (Number.isFinite(s.low) && Number.isFinite(s.high) ? (s.low + s.high) / 2 : s.value);
  const at = (pick: (p: History['points'][number]) => number | null) =>
    periods.map(
      (period) =>
        h.points
          .filter((p) => p.period === period)
          .map(pick)
          .find((v) => v !== null) ?? null,
    );
  root.replaceChildren(
    el('h1', {}, `${h.company} · ${h.segment ? `${h.segment} ` : ''}${h.metric}`),
    h.note ? el('p', { class: 'note' }, h.note) : document.createTextNode(''),
    table(['Period', 'Call', 'Guidance', 'Actual'], rows),
    el('div', { class: 'chart' }, canvas),
  );
  const fg = color('--vscode-foreground', '#888');
  chart?.destroy();
  chart = new Chart(canvas, {
    type: 'line',
    data: {
      labels: periods,
      datasets: [
        {
          label: 'Guidance (middle, latest)',
          data: at((p) => (p.guidance.length ? value(p.guidance[p.guidance.length - 1]) : null)),
          borderColor: color('--vscode-charts-blue', '#3794ff'),
          spanGaps: true,
        },
        { label: 'Actual', data: at((p) => (p.actual ? p.actual.value : null)), borderColor: color('--vscode-charts-orange', '#d18616'), spanGaps: true },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: { x: { ticks: { color: fg } }, y: { ticks: { color: fg } } },
      plugins: { legend: { labels: { color: fg } } },
    },
  });
  return rows.length;
}

window.addEventListener('message', (e: MessageEvent<Message>) => {
  const m = e.data;
  const rows = m.view === 'scorecard' ? drawScorecard(m.data) : drawHistory(m.data);
  (root.querySelector('tr.row') as HTMLElement | null)?.focus();
  vscode.postMessage({ type: 'rendered', rows });
});
vscode.postMessage({ type: 'ready' });
