// The analyst's views in a real VS Code, on the fictional Halvard calls: the scorecard opens from
// the code lens on the call's header and draws its rows with no CSP violation, the Calls view lists
// the sample calls, export writes a file, and Go to Definition leads from a result to its guidance.
import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import type { ViewsApi } from '../../../client/src/views';
import { openTranscript, positionOf, waitFor, workspaceUri } from '../helpers';

const Q4 = 'halvard-q4-2025.txt';
const Q3 = 'halvard-q3-2025.txt';

function api(): ViewsApi {
  const ext = vscode.extensions.getExtension<ViewsApi>('transcript-lens.transcript-lens');
  assert.ok(ext?.isActive, 'the extension is active');
  return ext.exports;
}

describe('analyst views', () => {
  it('the code lens on the header shows the verdict counts and opens the scorecard, which draws its rows under the CSP', async () => {
    await openTranscript(Q3);
    const doc = await openTranscript(Q4);
    const lens = await waitFor(
      'a scorecard lens with verdicts',
      async () => {
        const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri)) ?? [];
        return lenses.find((l) => l.command?.command === 'transcriptLens.showScorecard' && /1 miss/.test(l.command.title));
      },
      30_000,
    );
    assert.match(lens.command!.title, /^Scorecard: 1 beat · 1 miss · 2 in line$/);
    await vscode.commands.executeCommand(lens.command!.command, ...(lens.command!.arguments ?? []));
    const panel = await waitFor('the scorecard drawn', () =>
      api()
        .panels()
        .find((p) => p.kind === 'scorecard' && p.rendered !== null && p.rendered > 0),
    );
    assert.match(panel.title, /Q4 2025/);
    assert.deepEqual(panel.cspViolations, []);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('the Calls view lists the sample calls by company', async () => {
    const companies = await waitFor(
      'the calls of the workspace',
      async () => {
        const top = (await api().calls()) as { company: string; calls: { period: string }[] }[];
        const halvard = top.find((c) => c.calls.some((x) => x.period === 'Q3 2025') && c.calls.some((x) => x.period === 'Q4 2025'));
        return halvard ? top : undefined;
      },
      30_000,
    );
    assert.ok(companies.every((c) => c.calls.length > 0));
  });

  it('export writes the figures and judgements of a call as CSV', async () => {
    const doc = await openTranscript(Q4);
    const target = workspaceUri('halvard-q4-2025.export.csv');
    const out = await vscode.commands.executeCommand<vscode.Uri>('transcriptLens.export', doc.uri, 'csv', target);
    assert.equal(out?.toString(), target.toString());
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    const rows = text.trimEnd().split('\r\n');
    assert.match(rows[0], /^record,file,line,column,ticker,call,metric/);
    assert.ok(rows.some((r) => r.startsWith('figure,') && r.includes('$398.6 million')));
    assert.ok(rows.some((r) => r.startsWith('judgement,') && r.includes('guidance.miss')));
  });

  it('Go to Definition leads from the Q4 revenue to the Q3 call guidance it missed', async () => {
    const doc = await openTranscript(Q4);
    const defs = await waitFor(
      'a definition',
      async () => {
        const r =
          (await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
            'vscode.executeDefinitionProvider',
            doc.uri,
            positionOf(doc, '$398.6 million'),
          )) ?? [];
        return r.length ? r : undefined;
      },
      30_000,
    );
    const uri = 'targetUri' in defs[0] ? defs[0].targetUri : defs[0].uri;
    assert.equal(uri.path.split('/').pop(), Q3);
  });
});
