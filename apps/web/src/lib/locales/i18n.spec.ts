import { errorCodeSchema, EVENT_KINDS, EVENT_STATUSES, ROLES, invitationStatusSchema, auditActionSchema } from '@rundown/domain';
import { describe, expect, it } from 'vitest';
import { en, id, localeFeatures } from './features';
import { TIME_ZONES } from '../format';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const vars = (s: string) => [...s.matchAll(/\{\{(\w+)[^}]*\}\}/g)].map((m) => m[1]).sort();

// Proper names (time zones, "Bahasa Indonesia", "English") and loanwords ("Status", "cue") may legitimately match.
const loanwords = new Set(['events.filters.statusCount', 'events.overview.cues_one']);
const mayMatch = (k: string) => k.startsWith('timeZones.') || k.startsWith('language.') || loanwords.has(k);

describe.each(Object.entries(localeFeatures))('the %s strings', (_name, feature) => {
  const enKeys = leaves(feature.en as unknown as Tree);
  const idKeys = leaves(feature.id as unknown as Tree);

  it('have exactly the same keys in English and Indonesian', () => {
    expect([...enKeys.keys()].filter((k) => !idKeys.has(k))).toEqual([]);
    expect([...idKeys.keys()].filter((k) => !enKeys.has(k))).toEqual([]);
  });

  it('have no empty strings', () => {
    expect([...enKeys, ...idKeys].filter(([, v]) => v.trim() === '').map(([k]) => k)).toEqual([]);
  });

  it('use the same interpolation variables in both languages', () => {
    const mismatched = [...enKeys].filter(([k, v]) => JSON.stringify(vars(v)) !== JSON.stringify(vars(idKeys.get(k) ?? '')));
    expect(mismatched.map(([k]) => k)).toEqual([]);
  });

  it('are actually translated (Indonesian differs from English for most sentences)', () => {
    const same = [...enKeys].filter(([k, v]) => v.length > 12 && idKeys.get(k) === v).map(([k]) => k);
    expect(same.filter((k) => !mayMatch(k))).toEqual([]);
  });
});

describe('translations', () => {
  it('give each top-level namespace to exactly one feature, in both languages', () => {
    for (const language of ['en', 'id'] as const) {
      const owners = new Map<string, string[]>();
      for (const [name, feature] of Object.entries(localeFeatures)) {
        for (const ns of Object.keys(feature[language])) owners.set(ns, [...(owners.get(ns) ?? []), name]);
      }
      expect([...owners].filter(([, names]) => names.length > 1)).toEqual([]);
    }
  });

  it('cover every API error code, role, event kind and status, invitation status, audit action and offered time zone', () => {
    const enKeys = leaves(en as unknown as Tree);
    const idKeys = leaves(id as unknown as Tree);
    const required = [
      ...errorCodeSchema.options.map((c) => `errors.${c}`),
      ...ROLES.map((r) => `roles.${r}`),
      ...EVENT_KINDS.map((k) => `eventKinds.${k}`),
      ...EVENT_STATUSES.map((s) => `eventStatuses.${s}`),
      ...invitationStatusSchema.options.map((s) => `invitationStatuses.${s}`),
      ...auditActionSchema.options.map((a) => `auditActions.${a}`),
      ...TIME_ZONES.map((tz) => `timeZones.${tz}`),
    ];
    expect(required.filter((k) => !enKeys.has(k))).toEqual([]);
    expect(required.filter((k) => !idKeys.has(k))).toEqual([]);
  });
});
