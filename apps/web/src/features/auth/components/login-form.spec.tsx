import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearCsrfToken } from '../../../lib/api-client';
import { byLabel, jsonResponse, render, submit, type } from '../../../test/render';
import { LoginForm } from './login-form';

const me = { user: { id: '00000000-0000-4000-8000-000000000001', email: 'rina@senja.id', name: 'Rina', locale: 'en' }, memberships: [] };

let fetchMock: ReturnType<typeof vi.fn>;
beforeEach(() => {
  clearCsrfToken();
  fetchMock = vi.fn();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => vi.unstubAllGlobals());

describe('LoginForm with two-factor sign-in', () => {
  it('asks for the code after a right password, and signs in with it', async () => {
    fetchMock
      .mockResolvedValueOnce(jsonResponse(401, { type: 'about:blank', title: 'x', status: 401, code: 'two_factor_required', requestId: 'r' }, 'application/problem+json'))
      .mockResolvedValueOnce(jsonResponse(200, me));
    const onSuccess = vi.fn();
    const view = await render(<LoginForm onSuccess={onSuccess} />);
    await type(byLabel(view.container, 'Email'), 'rina@senja.id');
    await type(byLabel(view.container, 'Password'), 'lampu panggung 42');
    await submit(view.container.querySelector('form')!);
    expect(onSuccess).not.toHaveBeenCalled();
    expect(view.container.textContent).toContain('Type the 6-digit code from your authenticator app');

    await type(byLabel(view.container, 'Code'), '123456');
    await submit(view.container.querySelector('form')!);
    const [url, init] = fetchMock.mock.calls[1]!;
    expect(url).toBe('/api/auth/login/two-factor');
    expect(JSON.parse(init.body)).toEqual({ code: '123456' });
    expect(onSuccess).toHaveBeenCalledWith(me);
    await view.unmount();
  });
});
