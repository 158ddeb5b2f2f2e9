import type { SpendListQuery } from '@rundown/domain';

export type SpendFilters = Pick<SpendListQuery, 'status' | 'lineId'>;

/** Every budget query key starts with the organization, so switching organizations never shows stale data. */
export const budgetKeys = {
  all: (orgId: string) => ['orgs', orgId, 'budgets'] as const,
  event: (orgId: string, eventId: string) => [...budgetKeys.all(orgId), 'event', eventId] as const,
  budget: (orgId: string, eventId: string) => [...budgetKeys.event(orgId, eventId), 'budget'] as const,
  summary: (orgId: string, eventId: string) => [...budgetKeys.event(orgId, eventId), 'summary'] as const,
  lines: (orgId: string, eventId: string) => [...budgetKeys.event(orgId, eventId), 'lines'] as const,
  lineHistory: (orgId: string, eventId: string, lineId: string) => [...budgetKeys.event(orgId, eventId), 'history', lineId] as const,
  allCommitments: (orgId: string, eventId: string) => [...budgetKeys.event(orgId, eventId), 'commitments'] as const,
  commitments: (orgId: string, eventId: string, filters: SpendFilters) => [...budgetKeys.allCommitments(orgId, eventId), filters] as const,
  allExpenses: (orgId: string, eventId: string) => [...budgetKeys.event(orgId, eventId), 'expenses'] as const,
  expenses: (orgId: string, eventId: string, filters: SpendFilters) => [...budgetKeys.allExpenses(orgId, eventId), filters] as const,
  spending: (orgId: string, eventId: string) => [...budgetKeys.event(orgId, eventId), 'spend'] as const,
  baselines: (orgId: string, eventId: string) => [...budgetKeys.event(orgId, eventId), 'baselines'] as const,
  comparison: (orgId: string, eventId: string, baselineId: string) => [...budgetKeys.baselines(orgId, eventId), 'comparison', baselineId] as const,
  templates: (orgId: string) => [...budgetKeys.all(orgId), 'templates'] as const,
  fringes: (orgId: string) => [...budgetKeys.all(orgId), 'fringes'] as const,
};
