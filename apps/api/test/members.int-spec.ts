import { describe, expect, it } from 'vitest';
import { join, PASSWORD, TestClient, uniqueEmail } from './client.js';
import { useTestApp } from './harness.js';

const t = useTestApp();

describe('invitations', () => {
  it('invites by link; a new user registers through it and lands in the organization', async () => {
    const owner = await new TestClient(t.app).signup('inviter', 'Senja');
    const email = uniqueEmail('newbie');
    const invite = await owner.post(`/api/orgs/${owner.orgId}/invitations`, { email, role: 'coordinator' });
    expect(invite.status).toBe(201);
    expect(invite.body.url).toContain(`/invite/${invite.body.token}`);

    const guest = new TestClient(t.app);
    const preview = await guest.get(`/api/invitations/${invite.body.token}`);
    expect(preview.body).toMatchObject({ organizationName: 'Senja', email, role: 'coordinator', accountExists: false });

    const registered = await guest.post(`/api/invitations/${invite.body.token}/register`, { name: 'Newbie', password: PASSWORD });
    expect(registered.status).toBe(201);
    expect(registered.body.memberships).toEqual([expect.objectContaining({ organizationName: 'Senja', role: 'coordinator' })]);
    expect((await guest.get(`/api/orgs/${owner.orgId}/events`)).status).toBe(200);

    const reused = await new TestClient(t.app).get(`/api/invitations/${invite.body.token}`);
    expect(reused.status).toBe(404);
    expect(reused.body.code).toBe('invitation_invalid');
    const listed = await owner.get(`/api/orgs/${owner.orgId}/invitations`);
    expect(listed.body.items[0]).toMatchObject({ email, status: 'accepted' });
    expect(JSON.stringify(listed.body)).not.toContain(invite.body.token);
  });

  it('lets an existing user accept only an invitation for their own email', async () => {
    const owner = await new TestClient(t.app).signup('host');
    const existing = await new TestClient(t.app).signup('existing');
    const other = await owner.post(`/api/orgs/${owner.orgId}/invitations`, { email: uniqueEmail('someone'), role: 'crew' });
    const wrong = await existing.post(`/api/invitations/${other.body.token}/accept`);
    expect(wrong.status).toBe(404);
    expect(wrong.body.code).toBe('invitation_invalid');

    const mine = await owner.post(`/api/orgs/${owner.orgId}/invitations`, { email: existing.me!.user.email, role: 'manager' });
    expect((await new TestClient(t.app).get(`/api/invitations/${mine.body.token}`)).body.accountExists).toBe(true);
    const accepted = await existing.post(`/api/invitations/${mine.body.token}/accept`);
    expect(accepted.body).toEqual({ organizationId: owner.orgId, role: 'manager' });
    expect((await existing.get('/api/me')).body.memberships).toHaveLength(2);
    const again = await owner.post(`/api/orgs/${owner.orgId}/invitations`, { email: existing.me!.user.email, role: 'crew' });
    expect(again.status).toBe(409);
  });

  it('refuses revoked and expired invitations', async () => {
    const owner = await new TestClient(t.app).signup('revoker');
    const invite = await owner.post(`/api/orgs/${owner.orgId}/invitations`, { email: uniqueEmail(), role: 'crew' });
    expect((await owner.delete(`/api/orgs/${owner.orgId}/invitations/${invite.body.id}`)).status).toBe(204);
    expect((await new TestClient(t.app).get(`/api/invitations/${invite.body.token}`)).status).toBe(404);

    const expiring = await owner.post(`/api/orgs/${owner.orgId}/invitations`, { email: uniqueEmail(), role: 'crew' });
    await t.sql.query(`UPDATE invitations SET expires_at = now() - interval '1 minute' WHERE id = $1`, [expiring.body.id]);
    const late = await new TestClient(t.app).post(`/api/invitations/${expiring.body.token}/register`, { name: 'Late', password: PASSWORD });
    expect(late.status).toBe(404);
  });

  it('does not let an admin create owners', async () => {
    const owner = await new TestClient(t.app).signup('boss');
    const admin = await join(t.app, owner, 'admin');
    const res = await admin.post(`/api/orgs/${owner.orgId}/invitations`, { email: uniqueEmail(), role: 'owner' });
    expect(res.status).toBe(403);
  });
});

describe('members', () => {
  it('changes roles, removes members, and audits both', async () => {
    const owner = await new TestClient(t.app).signup('manager-of-people');
    const crew = await join(t.app, owner, 'crew');
    const list = await owner.get(`/api/orgs/${owner.orgId}/members`);
    const member = list.body.items.find((m: { userId: string }) => m.userId === crew.me!.user.id);
    const changed = await owner.patch(`/api/orgs/${owner.orgId}/members/${member.id}`, { role: 'coordinator' }, { headers: { 'if-match': `"${member.version}"` } });
    expect(changed.body.role).toBe('coordinator');
    expect((await crew.get('/api/me')).body.memberships[0].role).toBe('coordinator');
    expect((await owner.delete(`/api/orgs/${owner.orgId}/members/${member.id}`)).status).toBe(204);
    expect((await crew.get(`/api/orgs/${owner.orgId}/events`)).status).toBe(404);
    const audit = await owner.get(`/api/orgs/${owner.orgId}/audit?entityType=membership`);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(['delete', 'update', 'create']);
  });

  it('keeps the last owner: no leaving, no demotion; a second owner makes both possible', async () => {
    const owner = await new TestClient(t.app).signup('solo');
    const members = await owner.get(`/api/orgs/${owner.orgId}/members`);
    const self = members.body.items[0];
    const leave = await owner.post(`/api/orgs/${owner.orgId}/leave`);
    expect(leave.status).toBe(409);
    expect(leave.body.code).toBe('last_owner');
    const demote = await owner.patch(`/api/orgs/${owner.orgId}/members/${self.id}`, { role: 'admin' }, { headers: { 'if-match': `"${self.version}"` } });
    expect(demote.body.code).toBe('last_owner');

    const second = await join(t.app, owner, 'owner');
    expect((await owner.patch(`/api/orgs/${owner.orgId}/members/${self.id}`, { role: 'admin' }, { headers: { 'if-match': `"${self.version}"` } })).status).toBe(200);
    expect((await second.post(`/api/orgs/${owner.orgId}/leave`)).body.code).toBe('last_owner');
  });

  it('does not let an admin demote or remove an owner', async () => {
    const owner = await new TestClient(t.app).signup('top');
    const admin = await join(t.app, owner, 'admin');
    const ownerMember = (await owner.get(`/api/orgs/${owner.orgId}/members`)).body.items[0];
    expect((await admin.patch(`/api/orgs/${owner.orgId}/members/${ownerMember.id}`, { role: 'crew' }, { headers: { 'if-match': `"${ownerMember.version}"` } })).status).toBe(403);
    expect((await admin.delete(`/api/orgs/${owner.orgId}/members/${ownerMember.id}`)).status).toBe(403);
  });
});

describe('organization settings', () => {
  it('updates name, currency, locale and time zone with If-Match', async () => {
    const owner = await new TestClient(t.app).signup('settings');
    const org = await owner.get(`/api/orgs/${owner.orgId}`);
    expect(org.body).toMatchObject({ defaultCurrency: 'IDR', locale: 'id-ID', timeZone: 'Asia/Jakarta' });
    const res = await owner.patch(
      `/api/orgs/${owner.orgId}`,
      { name: 'Senja Bali', defaultCurrency: 'USD', locale: 'en', timeZone: 'Asia/Makassar' },
      { headers: { 'if-match': org.headers.etag as string } },
    );
    expect(res.body).toMatchObject({ name: 'Senja Bali', defaultCurrency: 'USD', locale: 'en', timeZone: 'Asia/Makassar', version: 2 });
    const stale = await owner.patch(`/api/orgs/${owner.orgId}`, { name: 'Lost' }, { headers: { 'if-match': org.headers.etag as string } });
    expect(stale.status).toBe(412);
    expect((await owner.get('/api/me')).body.memberships[0].organizationName).toBe('Senja Bali');
  });

  it('creates a second organization for the same user', async () => {
    const owner = await new TestClient(t.app).signup('multi-org');
    const res = await owner.post('/api/orgs', { name: 'Kedua' });
    expect(res.status).toBe(201);
    expect((await owner.get('/api/me')).body.memberships).toHaveLength(2);
  });
});
