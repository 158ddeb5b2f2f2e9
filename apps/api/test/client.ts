import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Me, Role } from '@rundown/domain';
import { randomBytes } from 'node:crypto';

export type Response = { status: number; body: any; headers: Record<string, string | string[] | undefined> };
type Options = { body?: unknown; headers?: Record<string, string>; csrf?: boolean };

export const PASSWORD = 'lampu panggung 42';
export const uniqueEmail = (label = 'user') => `${label}-${randomBytes(5).toString('hex')}@example.id`;

/** A browser-like client for app.inject: keeps the session cookie and sends the CSRF token. */
export class TestClient {
  cookie: string | null = null;
  csrf: string | null = null;
  bearer: string | null = null;
  me: Me | null = null;
  /** Each client comes from its own address, as separate people would (rate limits are per IP). */
  ip = `127.${randomBytes(1)[0]}.${randomBytes(1)[0]}.${1 + (randomBytes(1)[0]! % 250)}`;

  constructor(private readonly app: NestFastifyApplication) {}

  async request(method: string, url: string, options: Options = {}): Promise<Response> {
    const headers: Record<string, string> = { ...options.headers };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.bearer) headers.authorization = `Bearer ${this.bearer}`;
    const unsafe = method !== 'GET' && method !== 'HEAD';
    if (unsafe && this.cookie && options.csrf !== false && !headers['x-csrf-token']) {
      headers['x-csrf-token'] = await this.csrfToken();
    }
    if (options.body !== undefined) headers['content-type'] ??= 'application/json';
    const res = await this.app.inject({
      method: method as 'GET',
      url,
      remoteAddress: this.ip,
      headers,
      payload: options.body === undefined ? undefined : typeof options.body === 'string' || Buffer.isBuffer(options.body) ? options.body : JSON.stringify(options.body),
    });
    const setCookie = res.headers['set-cookie'];
    const cookies = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
    for (const c of cookies) {
      const [pair] = c.split(';');
      if (pair?.startsWith('rd_session=')) {
        this.cookie = pair.endsWith('=') ? null : pair;
        this.csrf = null;
      }
    }
    const type = String(res.headers['content-type'] ?? '');
    const body = type.includes('json') && res.body ? JSON.parse(res.body) : res.body;
    return { status: res.statusCode, body, headers: res.headers as Response['headers'] };
  }

  async csrfToken(): Promise<string> {
    if (!this.csrf) {
      const res = await this.app.inject({ method: 'GET', url: '/api/auth/csrf', headers: { cookie: this.cookie ?? '' } });
      this.csrf = JSON.parse(res.body).token as string;
    }
    return this.csrf;
  }

  get = (url: string, options?: Options) => this.request('GET', url, options);
  post = (url: string, body?: unknown, options?: Options) => this.request('POST', url, { ...options, body });
  patch = (url: string, body?: unknown, options?: Options) => this.request('PATCH', url, { ...options, body });
  put = (url: string, body?: unknown, options?: Options) => this.request('PUT', url, { ...options, body });
  delete = (url: string, options?: Options) => this.request('DELETE', url, options);

  async signup(label = 'owner', organizationName = `Org ${label}`): Promise<TestClient> {
    const res = await this.post('/api/auth/signup', { email: uniqueEmail(label), password: PASSWORD, name: label, organizationName });
    if (res.status !== 201) throw new Error(`signup failed: ${res.status} ${JSON.stringify(res.body)}`);
    this.me = res.body as Me;
    return this;
  }

  get orgId(): string {
    const id = this.me?.memberships[0]?.organizationId;
    if (!id) throw new Error('no organization');
    return id;
  }
}

/** Signs up an owner, and one member per role in the owner's organization, via real invitations. */
export async function organizationWithRoles(app: NestFastifyApplication): Promise<{ owner: TestClient; members: Record<Role, TestClient> }> {
  const owner = await new TestClient(app).signup('owner');
  const members = { owner } as Record<Role, TestClient>;
  for (const role of ['admin', 'manager', 'coordinator', 'crew', 'vendor'] as const) {
    members[role] = await join(app, owner, role);
  }
  return { owner, members };
}

export async function join(app: NestFastifyApplication, inviter: TestClient, role: Role, orgId = inviter.orgId): Promise<TestClient> {
  const invitation = await inviter.post(`/api/orgs/${orgId}/invitations`, { email: uniqueEmail(role), role });
  if (invitation.status !== 201) throw new Error(`invite failed: ${invitation.status} ${JSON.stringify(invitation.body)}`);
  const client = new TestClient(app);
  const res = await client.post(`/api/invitations/${invitation.body.token}/register`, { name: `A ${role}`, password: PASSWORD });
  if (res.status !== 201) throw new Error(`register failed: ${res.status} ${JSON.stringify(res.body)}`);
  client.me = res.body as Me;
  return client;
}

export const jakartaEvent = (overrides: Record<string, unknown> = {}) => ({
  name: 'Konser Senja',
  kind: 'live_event',
  startAt: '2026-12-19T15:00:00+07:00',
  endAt: '2026-12-19T23:00:00+07:00',
  timeZone: 'Asia/Jakarta',
  venue: 'Istora Senayan',
  client: 'PT Nada Nusantara',
  currency: 'IDR',
  ...overrides,
});
