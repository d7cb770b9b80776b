// The settings have one source, shared/settings.ts: package.json declares exactly those, and the
// server reads what the client sends with it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULT_OPTIONS, defaultDiagnosticSettings } from '../../server/src/core';
import { SECTION, SETTINGS, readSettings, settingsSection } from '../../shared/settings';
import { repoRoot } from '../paths';

const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
  contributes: { configuration: { title: string; properties: Record<string, unknown> } };
};

describe('settings', () => {
  it("package.json's configuration is exactly shared/settings.ts: names, order, types, defaults, enums, bounds, descriptions", () => {
    const declared = manifest.contributes.configuration.properties;
    const expected = Object.fromEntries(Object.entries(SETTINGS).map(([key, schema]) => [`${SECTION}.${key}`, schema]));
    assert.deepEqual(Object.keys(declared), Object.keys(expected));
    assert.deepEqual(declared, JSON.parse(JSON.stringify(expected)));
  });

  it('read nothing as the defaults the core uses', () => {
    const s = readSettings(undefined);
    assert.equal(s.autoDetect, true);
    assert.deepEqual(s.analysis, DEFAULT_OPTIONS);
    assert.deepEqual(s.diagnostics, defaultDiagnosticSettings());
  });

  it('read the flat section the client sends, and nested sections, bad values falling back', () => {
    const sent = settingsSection(
      (key) => ({ autoDetect: false, maxFileSizeMB: 2, 'diagnostics.guidance.miss': 'error', 'ledger.inlineTolerancePoints': 0.5 })[key],
    );
    assert.deepEqual(Object.keys(sent), Object.keys(SETTINGS));
    const s = readSettings(sent);
    assert.equal(s.autoDetect, false);
    assert.equal(s.analysis.maxFullAnalysisChars, 2 * 1024 * 1024);
    assert.equal(s.diagnostics.severity['guidance.miss'], 'error');
    assert.equal(s.diagnostics.severity['guidance.beat'], 'information');
    assert.equal(s.diagnostics.tolerance.points, 0.5);
    const nested = readSettings({
      maxFileSizeMB: 0,
      autoDetect: 'no',
      diagnostics: { guidance: { inline: 'off', beat: 'loud' } },
      ledger: { inlineTolerancePercent: -1 },
    });
    assert.equal(nested.analysis.maxFullAnalysisChars, DEFAULT_OPTIONS.maxFullAnalysisChars);
    assert.equal(nested.autoDetect, true);
    assert.equal(nested.diagnostics.severity['guidance.inline'], 'off');
    assert.equal(nested.diagnostics.severity['guidance.beat'], 'information');
    assert.equal(nested.diagnostics.tolerance.percent, 1);
  });
});
