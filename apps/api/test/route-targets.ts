import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { type RouteDef } from '@rundown/domain';
import { jakartaEvent, join, uniqueEmail, type TestClient } from './client.js';

/**
 * What a test needs to call any contract route for real: a plausible body per route and fresh
 * targets (an event, a budget with a line, tasks, a rundown day…) to fill its path. Shared by
 * the role × route matrix and the contract walk for versioned writes.
 */

export const MATRIX_FILE = { filename: 'matrix.pdf', contentType: 'application/pdf', kind: 'other', data: Buffer.from('%PDF-1.4').toString('base64') };

/** A plausible body for each write route, so a permitted call gets past validation. */
function bodyForPath(route: RouteDef, ids: Record<string, string>): unknown {
  const slot = { startAt: '2026-12-17T08:00:00+07:00', endAt: '2026-12-17T10:00:00+07:00' };
  // Turning the requirement off needs no two-factor sign-in of the caller (turning it on does).
  if (route.path.endsWith('/security')) return { requireTwoFactor: false };
  if (route.path.endsWith('/checklist')) return { title: 'Matrix item' };
  if (route.path.endsWith('/checklist/:itemId/move')) return { position: 0 };
  if (route.path.endsWith('/checklist/:itemId') && route.method === 'PATCH') return { done: true };
  if (route.path.endsWith('/tasks/:taskId/attachments')) return MATRIX_FILE;
  if (route.path.endsWith('/schedule/baselines')) return { name: 'Baseline' };
  if (route.path.endsWith('/rundown/:day') && route.method === 'PUT') return { startsAt: slot.startAt };
  if (route.path.endsWith('/cues') && route.method === 'POST') return { title: 'Matrix cue', durationSeconds: 60 };
  if (route.path.endsWith('/cues/:cueId') && route.method === 'PATCH') return { title: 'Renamed cue' };
  if (route.path.endsWith('/cues/:cueId/move')) return { position: 0 };
  if (route.path.endsWith('/live')) return { action: 'reset' };
  if (route.path.endsWith('/tasks') && route.method === 'POST') return { title: 'Matrix task', ...slot };
  if (route.path.endsWith('/tasks/:taskId')) return { status: 'in_progress' };
  if (route.path.endsWith('/move')) return { startAt: slot.startAt, preview: true };
  if (route.path.endsWith('/dependencies')) return { predecessorId: ids.otherTaskId, successorId: ids.taskId };
  if (route.path.endsWith('/comments')) return { body: 'Matrix comment' };
  if (route.path.endsWith('/vendors')) return { name: 'PT Matrix', category: 'catering' };
  if (route.path.endsWith('/vendors/:vendorId')) return { notes: 'matrix' };
  if (route.path.endsWith('/vendors/:vendorId/invitations')) return { email: uniqueEmail('vendor') };
  if (route.path.endsWith('/lines/import')) return { rows: [{ category: 'Empty', description: 'Imported', rate: '100' }] };
  if (route.path.endsWith('/baselines')) return { name: 'Client approved v1' };
  if (route.path.endsWith('/apply-template')) return { templateId: ids.templateId };
  if (route.path.endsWith('/budget-templates')) return { name: 'Konser standar', eventId: ids.eventId };
  if (route.path.endsWith('/budget/lines') && route.method === 'POST') return { categoryId: ids.categoryId, description: 'Matrix line', rate: '1000' };
  if (route.path.endsWith('/lines/:lineId')) return { notes: 'matrix' };
  if (route.path.endsWith('/budget/categories')) return { name: 'Matrix category' };
  if (route.path.endsWith('/categories/:categoryId')) return { name: 'Renamed' };
  if (route.path.endsWith('/commitments')) return { lineId: ids.lineId, vendor: 'PT Matrix', issuedOn: '2026-12-01', amount: '1000', currency: 'IDR' };
  if (route.path.endsWith('/expenses')) return { lineId: ids.lineId, payee: 'PT Matrix', spentOn: '2026-12-01', amount: '1000', currency: 'IDR' };
  if (route.path.endsWith('/decision')) return { action: route.path.includes('commitments') ? 'cancel' : 'pay' };
  if (route.path.endsWith('/fringes')) return { kind: 'percent', name: 'PPN', basisPoints: 1100 };
  if (route.path.endsWith('/fringes/:fringeId')) return { name: 'PPN 11%' };
  if (route.path.endsWith('/locations') && route.method === 'POST') return { name: 'Matrix hall', kind: 'venue', address: 'Jl. Matriks 1', province: 'bali' };
  if (route.path.endsWith('/locations/:locationId')) return { notes: 'matrix' };
  if (route.path.endsWith('/spaces')) return { name: 'Hall B' };
  if (route.path.endsWith('/spaces/:spaceId')) return { capacity: 10 };
  if (route.path.endsWith('/places') && route.method === 'POST') return { locationId: ids.locationId, role: 'shoot', ...slot };
  if (route.path.endsWith('/places/:placeId')) return { notes: 'matrix' };
  if (route.path.endsWith('/lead-times')) return { scale: 'local', leadDays: 30, effectiveFrom: '2026-01-01' };
  if (route.path.endsWith('/permits') && route.method === 'POST') return { typeId: ids.typeId };
  if (route.path.endsWith('/permits/:permitId')) return { notes: 'matrix' };
  if (route.path.endsWith('/events') && route.method === 'POST') return jakartaEvent();
  if (route.path.endsWith('/events/:eventId')) return { notes: 'matrix' };
  if (route.path.endsWith('/invitations')) return { email: uniqueEmail('matrix'), role: 'crew' };
  if (route.path.endsWith('/members/:memberId')) return { role: 'crew' };
  if (route.path === '/api/orgs/:orgId') return { timeZone: 'Asia/Jakarta' };
  return undefined;
}

/** A budget with a category, a line, an approved commitment and expense, and a fringe rule. */
export async function budgetTargets(owner: TestClient, t: Record<string, string>): Promise<Record<string, string>> {
  const base = `/api/orgs/${t.orgId}/events/${t.eventId}/budget`;
  const budget = await owner.get(base);
  const categoryId = budget.body.categories.at(-1).id;
  const line = await owner.post(`${base}/lines`, { categoryId, description: 'Sound system', rate: '5000000' });
  const lineId = line.body.id;
  const commitment = await owner.post(`${base}/commitments`, { lineId, vendor: 'PT Suara', issuedOn: '2026-12-01', amount: '1000', currency: 'IDR' });
  const expense = await owner.post(`${base}/expenses`, { lineId, payee: 'PT Suara', spentOn: '2026-12-01', amount: '1000', currency: 'IDR' });
  const fringe = await owner.post(`/api/orgs/${t.orgId}/fringes`, { kind: 'percent', name: 'Agency fee', basisPoints: 1000 });
  const emptyCategory = await owner.post(`${base}/categories`, { name: 'Empty' });
  const baseline = await owner.post(`${base}/baselines`, { name: 'v1' });
  const template = await owner.post(`/api/orgs/${t.orgId}/budget-templates`, { name: 'Standard', eventId: t.eventId });
  return {
    categoryId: emptyCategory.body.id,
    lineId,
    commitmentId: commitment.body.id,
    expenseId: expense.body.id,
    fringeId: fringe.body.id,
    baselineId: baseline.body.id,
    templateId: template.body.id,
  };
}

/** A rundown day with one cue. */
export async function rundownTargets(owner: TestClient, t: Record<string, string>): Promise<Record<string, string>> {
  const base = `/api/orgs/${t.orgId}/events/${t.eventId}/rundown/2026-12-19`;
  await owner.request('PUT', base, { body: { startsAt: '2026-12-19T19:00:00+07:00' }, headers: { 'if-none-match': '*' } });
  const rundown = await owner.post(`${base}/cues`, { title: 'Opening', durationSeconds: 300 });
  return { day: '2026-12-19', cueId: rundown.body.cues[0].id };
}

/** Two tasks linked by a dependency, and a vendor. */
export async function timelineTargets(owner: TestClient, t: Record<string, string>): Promise<Record<string, string>> {
  const base = `/api/orgs/${t.orgId}/events/${t.eventId}`;
  const slot = { startAt: '2026-12-17T08:00:00+07:00', endAt: '2026-12-17T10:00:00+07:00' };
  const task = await owner.post(`${base}/tasks`, { title: 'Rigging', ...slot, checklist: [{ title: 'Chain hoists' }, { title: 'Truss' }] });
  const other = await owner.post(`${base}/tasks`, { title: 'Sound check', ...slot });
  const third = await owner.post(`${base}/tasks`, { title: 'Doors', ...slot });
  const dependency = await owner.post(`${base}/dependencies`, { predecessorId: task.body.id, successorId: third.body.id });
  const vendor = await owner.post(`/api/orgs/${t.orgId}/vendors`, { name: 'PT Target', category: 'stage' });
  const baseline = await owner.post(`${base}/schedule/baselines`, { name: 'v1' });
  const file = await owner.post(`${base}/tasks/${task.body.id}/attachments`, MATRIX_FILE);
  return {
    taskId: task.body.id, otherTaskId: other.body.id, dependencyId: dependency.body.id, vendorId: vendor.body.id, baselineId: baseline.body.id,
    itemId: task.body.checklist[0].id, attachmentId: file.body.id,
  };
}

/** A place with a space (no hold, so it can be deleted), a hold at another place, a permit type and a permit. */
export async function locationTargets(owner: TestClient, t: Record<string, string>): Promise<Record<string, string>> {
  const place = await owner.post(`/api/orgs/${t.orgId}/locations`, { name: 'Matrix venue', kind: 'venue', address: 'Jl. Matriks 2', spaces: [{ name: 'Hall A' }] });
  const other = await owner.post(`/api/orgs/${t.orgId}/locations`, { name: 'Matrix field', kind: 'shoot_location', address: 'Jl. Matriks 3' });
  const slot = { startAt: '2026-12-17T08:00:00+07:00', endAt: '2026-12-17T10:00:00+07:00' };
  const held = await owner.post(`/api/orgs/${t.orgId}/events/${t.eventId}/places`, { locationId: other.body.id, role: 'shoot', ...slot });
  const types = await owner.get(`/api/orgs/${t.orgId}/permit-types`);
  const typeId = types.body.items[0].id;
  const permit = await owner.post(`/api/orgs/${t.orgId}/events/${t.eventId}/permits`, { typeId });
  return { locationId: place.body.id, spaceId: place.body.spaces[0].id, placeId: held.body.id, typeId, permitId: permit.body.id };
}

/** A plausible body for the route, or none when its contract takes no body. */
export function bodyFor(route: RouteDef, ids: Record<string, string>): unknown {
  return route.body ? bodyForPath(route, ids) : undefined;
}

/**
 * Fresh targets for one call of `route` in the owner's organization, so deletes and edits never
 * starve later calls: a member route gets a crew member of its own, apply-template an event whose
 * budget is still empty (the template comes from another event's).
 */
export async function freshTargets(app: NestFastifyApplication, owner: TestClient, route: RouteDef): Promise<Record<string, string>> {
  const orgId = owner.orgId;
  const event = await owner.post(`/api/orgs/${orgId}/events`, jakartaEvent());
  const invite = await owner.post(`/api/orgs/${orgId}/invitations`, { email: uniqueEmail('target'), role: 'crew' });
  const targets: Record<string, string> = { orgId, eventId: event.body.id, invitationId: invite.body.id };
  if (route.path.includes('/members/:memberId')) {
    const member = await join(app, owner, 'crew');
    const list = await owner.get(`/api/orgs/${orgId}/members?limit=200`);
    targets.memberId = list.body.items.find((m: { userId: string }) => m.userId === member.me!.user.id).id;
  }
  if (route.path.endsWith('/apply-template')) {
    const source = await owner.post(`/api/orgs/${orgId}/events`, jakartaEvent({ name: 'Template source' }));
    const { templateId } = await budgetTargets(owner, { ...targets, eventId: source.body.id });
    return { ...targets, templateId: templateId! };
  }
  if (route.path.includes('/budget') || route.path.includes('/fringes')) Object.assign(targets, await budgetTargets(owner, targets));
  if (/tasks|dependencies|vendors|schedule/.test(route.path)) Object.assign(targets, await timelineTargets(owner, targets));
  if (route.path.includes('/rundown/')) Object.assign(targets, await rundownTargets(owner, targets));
  if (/locations|places|permit/.test(route.path)) Object.assign(targets, await locationTargets(owner, targets));
  return targets;
}
