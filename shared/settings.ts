// The extension's settings, one source for all of them: package.json's `contributes.configuration`
// must match SETTINGS exactly (a unit test checks it), the client reads `autoDetect` and sends the
// section to the server, and the server reads it with `readSettings`. Defaults the core has its
// own reason for (the tolerance, the size limit, the severities) are taken from the core.
import {
  DEFAULT_OPTIONS,
  DEFAULT_SEVERITY,
  DEFAULT_TOLERANCE,
  JUDGEMENT_CODES,
  type AnalysisOptions,
  type DiagnosticSettings,
  type JudgementCode,
  type SeveritySetting,
} from '../server/src/core';

/** The configuration section: every setting is `transcriptLens.<key>`. */
export const SECTION = 'transcriptLens';

export type SettingSchema =
  | { type: 'boolean'; default: boolean; description: string; scope?: 'resource' }
  | { type: 'number'; default: number; minimum: number; description: string }
  | { type: 'string'; enum: readonly SeveritySetting[]; default: SeveritySetting; description: string };

export const SEVERITIES: readonly SeveritySetting[] = ['error', 'warning', 'information', 'hint', 'off'];

/** What each diagnostic code says, as the settings page shows it. */
const DIAGNOSTIC_WHAT: Readonly<Record<JudgementCode, string>> = {
  'guidance.miss': 'A reported actual on the unfavourable side of guidance (for costs: above it).',
  'guidance.beat': 'A reported actual on the favourable side of guidance.',
  'guidance.inline': 'A reported actual in line with guidance (within the in-line tolerance).',
  'guidance.raised': 'A revision raised guidance, within a call or from one call to the next.',
  'guidance.lowered': 'A revision lowered guidance, within a call or from one call to the next.',
  'expectation.miss': 'A reported actual on the unfavourable side of an expectation management stated.',
  'expectation.beat': 'A reported actual on the favourable side of an expectation management stated.',
  'guidance.outcome': 'On guidance given in an earlier call: what a later call in the workspace reported.',
};

const MB = 1024 * 1024;

/** Every setting by its key under SECTION, in the order the settings page lists them. */
export const SETTINGS: Readonly<Record<string, SettingSchema>> = {
  autoDetect: {
    type: 'boolean',
    default: true,
    description: 'Switch plain-text documents that look like earnings-call transcripts to the transcript language.',
    scope: 'resource',
  },
  maxFileSizeMB: {
    type: 'number',
    default: DEFAULT_OPTIONS.maxFullAnalysisChars / MB,
    minimum: 1,
    description: 'Above this size only the outline is computed (no figures or diagnostics).',
  },
  ...Object.fromEntries(
    JUDGEMENT_CODES.map((code): [string, SettingSchema] => [
      `diagnostics.${code}`,
      { type: 'string', enum: SEVERITIES, default: DEFAULT_SEVERITY[code], description: `Severity of \`${code}\` diagnostics: ${DIAGNOSTIC_WHAT[code]}` },
    ]),
  ),
  'views.codeLens': {
    type: 'boolean',
    default: true,
    description: "Show a code lens on each call's header with its verdict counts, opening the call scorecard.",
  },
  'views.inlayHints': {
    type: 'boolean',
    default: false,
    description: 'Show an inlay hint after each judged figure with what it is measured against (`vs guide $87M +5.1%`).',
  },
  'views.navigation': {
    type: 'boolean',
    default: true,
    description: 'Go to Definition from a figure to the statement it is measured against, and Find References across the statements of its ledger line.',
  },
  'views.semanticTokens': {
    type: 'boolean',
    default: true,
    description: 'Tell actual, guidance, expectation and prior-period figures apart with semantic tokens, so themes can colour them.',
  },
  'ledger.inlineTolerancePercent': {
    type: 'number',
    default: DEFAULT_TOLERANCE.percent,
    minimum: 0,
    description:
      'An amount within this percent of guidance is in line. 1% covers guidance given in round figures (whole millions on a quarter near $100 million are ±0.5%).',
  },
  'ledger.inlineTolerancePoints': {
    type: 'number',
    default: DEFAULT_TOLERANCE.points,
    minimum: 0,
    description: 'A percentage (margin, rate) within this many points of guidance is in line. Margins are reported to one decimal, so 0.1 points is rounding.',
  },
};

/** The settings, read and checked. */
export interface ViewSettings {
  codeLens: boolean;
  inlayHints: boolean;
  navigation: boolean;
  semanticTokens: boolean;
}

export interface Settings {
  autoDetect: boolean;
  views: ViewSettings;
  analysis: AnalysisOptions;
  diagnostics: DiagnosticSettings;
}

/**
 * A setting's value in the section: VS Code nests dotted keys (`diagnostics: { guidance: { miss } }`),
 * and a flat key at any level (`"guidance.miss"`, `"diagnostics.guidance.miss"`) is accepted too.
 */
function valueAt(section: unknown, key: string): unknown {
  const path = key.split('.');
  let cur = section;
  for (let i = 0; i < path.length; i++) {
    if (cur === null || typeof cur !== 'object') return undefined;
    const o = cur as Record<string, unknown>;
    const flat = path.slice(i).join('.');
    if (flat in o) return o[flat];
    cur = o[path[i]];
  }
  return cur;
}

/** The value of `key` when it fits its schema, else its default. */
function checked(section: unknown, key: string): unknown {
  const schema = SETTINGS[key];
  const v = valueAt(section, key);
  switch (schema.type) {
    case 'boolean':
      return typeof v === 'boolean' ? v : schema.default;
    case 'number':
      return typeof v === 'number' && Number.isFinite(v) && v >= schema.minimum ? v : schema.default;
    case 'string':
      return schema.enum.includes(v as SeveritySetting) ? v : schema.default;
  }
}

/** The `transcriptLens` section (from initializationOptions or a configuration change) as settings; bad values fall back to defaults. */
export function readSettings(section: unknown): Settings {
  const severity = Object.fromEntries(JUDGEMENT_CODES.map((code) => [code, checked(section, `diagnostics.${code}`)])) as Record<JudgementCode, SeveritySetting>;
  return {
    autoDetect: checked(section, 'autoDetect') as boolean,
    views: {
      codeLens: checked(section, 'views.codeLens') as boolean,
      inlayHints: checked(section, 'views.inlayHints') as boolean,
      navigation: checked(section, 'views.navigation') as boolean,
      semanticTokens: checked(section, 'views.semanticTokens') as boolean,
    },
    analysis: { ...DEFAULT_OPTIONS, maxFullAnalysisChars: (checked(section, 'maxFileSizeMB') as number) * MB },
    diagnostics: {
      severity,
      tolerance: { percent: checked(section, 'ledger.inlineTolerancePercent') as number, points: checked(section, 'ledger.inlineTolerancePoints') as number },
    },
  };
}

/** The section as the client sends it: every setting by its flat key. */
export function settingsSection(get: (key: string) => unknown): Record<string, unknown> {
  return Object.fromEntries(Object.keys(SETTINGS).map((key) => [key, get(key)]));
}
