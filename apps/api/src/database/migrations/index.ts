import { Foundation1763900000000 } from './1763900000000-foundation.js';
import { Budgets1763990000000 } from './1763990000000-budgets.js';
import { Timelines1764000000000 } from './1764000000000-timelines.js';
import { VendorTaskPageIndex1764100000000 } from './1764100000000-vendor-task-page-index.js';
import { CueAssigneesEventFeeds1764150000000 } from './1764150000000-cue-assignees-event-feeds.js';
import { VendorTaskWatchers1764200000000 } from './1764200000000-vendor-task-watchers.js';
import { ScopedReadFunctions1764300000000 } from './1764300000000-scoped-read-functions.js';
import { PolicyScopeInitplans1764350000000 } from './1764350000000-policy-scope-initplans.js';
import { MillisecondTimestamps1764400000000 } from './1764400000000-millisecond-timestamps.js';
import { VendorTasksChanged1764450000000 } from './1764450000000-vendor-tasks-changed.js';
import { BudgetSummaryChanged1764500000000 } from './1764500000000-budget-summary-changed.js';
import { DatesInRange1764600000000 } from './1764600000000-dates-in-range.js';
import { PasswordResets1764610000000 } from './1764610000000-password-resets.js';
import { TwoFactor1764612000000 } from './1764612000000-two-factor.js';
import { UserTablePolicies1764620000000 } from './1764620000000-user-table-policies.js';
import { MembershipVersion1764620000001 } from './1764620000001-membership-version.js';
import { ListIndexes1764650000000 } from './1764650000000-list-indexes.js';
import { ScheduleChanged1764650000001 } from './1764650000001-schedule-changed.js';
import { Locations1764700000000 } from './1764700000000-locations.js';
import { EventPlaces1764710000000 } from './1764710000000-event-places.js';
import { Permits1764720000000 } from './1764720000000-permits.js';
import { VendorTaskPlaces1764730000000 } from './1764730000000-vendor-task-places.js';
import { PermitApplyBy1764740000000 } from './1764740000000-permit-apply-by.js';

/** Every migration in order. ESM has no globbing, so each is listed here. */
export const migrations = [
  Foundation1763900000000,
  Budgets1763990000000,
  Timelines1764000000000,
  VendorTaskPageIndex1764100000000,
  CueAssigneesEventFeeds1764150000000,
  VendorTaskWatchers1764200000000,
  ScopedReadFunctions1764300000000,
  PolicyScopeInitplans1764350000000,
  MillisecondTimestamps1764400000000,
  VendorTasksChanged1764450000000,
  BudgetSummaryChanged1764500000000,
  DatesInRange1764600000000,
  PasswordResets1764610000000,
  TwoFactor1764612000000,
  UserTablePolicies1764620000000,
  MembershipVersion1764620000001,
  ListIndexes1764650000000,
  ScheduleChanged1764650000001,
  Locations1764700000000,
  EventPlaces1764710000000,
  Permits1764720000000,
  VendorTaskPlaces1764730000000,
  PermitApplyBy1764740000000,
];
