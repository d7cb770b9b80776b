// The layout profile: which speaker-line shapes a file uses, inferred from which shapes recur in
// it. A shape is trusted only when it names at least two people who each speak twice, or people the
// roster lists (two of them, one with one who recurs, or no one else): a name-like line here and
// there (a heading, a list of products) proves nothing.
import type { LayoutProfile, ShapeEvidence } from '../model';
import { nameKey } from './names';
import type { ShapeId, SpeakerHit } from './shapes';

export interface Candidate {
  line: number;
  /** The last line of the speaker's header (a name line over an affiliation line is two). */
  last: number;
  hit: SpeakerHit;
}

/** Shapes that name no one in particular: trusted as soon as any named shape is. */
const ANONYMOUS: ReadonlySet<ShapeId> = new Set(['operator', 'unidentified']);

export interface Profile extends LayoutProfile {
  accepted: ReadonlySet<ShapeId>;
  /** How often each person (by name key) is named on a speaker line of any shape. */
  mentions: ReadonlyMap<string, number>;
}

export function inferProfile(candidates: readonly Candidate[], roster: ReadonlySet<string>, preset: string | null, rosterEntries: number): Profile {
  const mentions = new Map<string, number>();
  for (const c of candidates) if (!ANONYMOUS.has(c.hit.shape)) mentions.set(nameKey(c.hit.speaker), (mentions.get(nameKey(c.hit.speaker)) ?? 0) + 1);

  const byShape = new Map<ShapeId, { lines: number; people: Set<string> }>();
  for (const c of candidates) {
    const s = byShape.get(c.hit.shape) ?? { lines: 0, people: new Set<string>() };
    s.lines++;
    s.people.add(nameKey(c.hit.speaker));
    byShape.set(c.hit.shape, s);
  }

  const shapes: ShapeEvidence[] = [];
  const accepted = new Set<ShapeId>();
  const reasons: string[] = [];
  for (const [shape, s] of byShape) {
    if (ANONYMOUS.has(shape)) continue;
    const people = [...s.people];
    const recurring = people.filter((p) => (mentions.get(p) ?? 0) >= 2).length;
    const inRoster = people.filter((p) => roster.has(p)).length;
    // The roster vouches for a shape that names only its people (a short call where one person speaks).
    const ok = recurring >= 2 || inRoster >= 2 || (inRoster >= 1 && recurring >= 1) || (inRoster === people.length && rosterEntries >= 2);
    if (ok) accepted.add(shape);
    shapes.push({ shape, lines: s.lines, people: people.length, recurring, inRoster, accepted: ok });
    reasons.push(
      ok
        ? `${shape}: trusted, ${recurring} people speak twice or more${inRoster ? `, ${inRoster} of the roster` : ''}`
        : `${shape}: not trusted, ${recurring} recurring and ${inRoster} roster people among ${people.length} (needs two people who speak twice, or only the roster's)`,
    );
  }
  for (const shape of ANONYMOUS) {
    const s = byShape.get(shape);
    if (!s) continue;
    // "Operator" alone on lines recurs in every call; one such line amid prose is not a layout.
    const ok = accepted.size > 0 || s.lines >= 2;
    if (ok) accepted.add(shape);
    shapes.push({ shape, lines: s.lines, people: s.people.size, recurring: s.lines >= 2 ? s.people.size : 0, inRoster: 0, accepted: ok });
    reasons.push(`${shape}: ${ok ? 'trusted' : 'not trusted'} (${s.lines} lines)`);
  }
  shapes.sort((a, b) => b.lines - a.lines);

  const recurringPeople = [...mentions.values()].filter((n) => n >= 2).length;
  const trustedLines = shapes.filter((s) => s.accepted).reduce((n, s) => n + s.lines, 0);
  // Evidence adds up: people who speak again and again, speaker lines, a roster that agrees.
  const confidence = accepted.size === 0 ? 0 : Math.min(0.9, recurringPeople * 0.1 + trustedLines * 0.03 + (rosterEntries > 0 ? 0.1 : 0));
  if (rosterEntries > 0) reasons.push(`roster: ${rosterEntries} entries, never read as turns`);
  if (preset) reasons.push(`preset ${preset}: its banner or header was found`);
  if (accepted.size === 0) reasons.push('no speaker shape recurs: no turns');
  return { preset, confidence: Math.round(confidence * 100) / 100, shapes, rosterEntries, reasons, accepted, mentions };
}

/** The profile as the model carries it (no sets or maps). */
export function publicProfile(p: Profile): LayoutProfile {
  return { preset: p.preset, confidence: p.confidence, shapes: p.shapes, rosterEntries: p.rosterEntries, reasons: p.reasons };
}
