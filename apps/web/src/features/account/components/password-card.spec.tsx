import type { Me } from '@rundown/domain';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearCsrfToken } from '../../../lib/api-client';
import { byLabel, jsonResponse, render, submit, type } from '../../../test/render';
import { PasswordCard } from './password-card';

const me: Me = { user: { id: '00000000-0000-4000-8000-000000000001', email: 'rina@senja.id', name: 'Rina', locale: 'en' }, memberships: [] };

let fetchMock: ReturnType<typeof vi.fn>;
let answer: Response;
beforeEach(() => {
  clearCsrfToken();
  fetchMock = vi.fn(async (url: string) => (url === '/api/auth/csrf' ? jsonResponse(200, { token: 'csrf-1' }) : answer));
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => vi.unstubAllGlobals());

async function changeFrom(container: HTMLElement, current: string) {
  await type(byLabel(container, 'Current password'), current);
  await type(byLabel(container, 'New password'), 'tirai merah 2027');
  await submit(container.querySelector('form')!);
}

describe('PasswordCard', () => {
  it('sends the current and the new password with the CSRF token, then clears the form', async () => {
    answer = new Response(null, { status: 204 });
    const view = await render(<PasswordCard me={me} />);
    await changeFrom(view.container, 'lampu panggung 42');
    const [url, init] = fetchMock.mock.calls.find(([u]) => u === '/api/me/password')!;
    expect(url).toBe('/api/me/password');
    expect(init.headers['x-csrf-token']).toBe('csrf-1');
    expect(JSON.parse(init.body)).toEqual({ currentPassword: 'lampu panggung 42', newPassword: 'tirai merah 2027' });
    expect(byLabel(view.container, 'Current password').value).toBe('');
    await view.unmount();
  });

  it('puts a wrong current password on its field', async () => {
    answer = jsonResponse(
      400,
      { type: 'about:blank', title: 'x', status: 400, code: 'wrong_password', requestId: 'r', errors: [{ pointer: '/body/currentPassword', code: 'wrong_password', message: 'The current password is not correct' }] },
      'application/problem+json',
    );
    const view = await render(<PasswordCard me={me} />);
    await changeFrom(view.container, 'not it at all');
    const current = byLabel(view.container, 'Current password');
    expect(current.getAttribute('aria-invalid')).toBe('true');
    expect(view.container.textContent).toContain('Your current password is not correct.');
    await view.unmount();
  });
});
