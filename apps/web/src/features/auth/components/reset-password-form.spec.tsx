import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearCsrfToken } from '../../../lib/api-client';
import { byLabel, jsonResponse, render, submit, type } from '../../../test/render';
import { ResetPasswordForm } from './reset-password-form';

const TOKEN = 'a-token-from-the-emailed-link-0123456789';

function problem(status: number, code: string, errors?: unknown[]) {
  return jsonResponse(status, { type: 'about:blank', title: code, status, code, requestId: 'r', errors }, 'application/problem+json');
}

let fetchMock: ReturnType<typeof vi.fn>;
beforeEach(() => {
  clearCsrfToken();
  fetchMock = vi.fn();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => vi.unstubAllGlobals());

describe('ResetPasswordForm', () => {
  it('sends the link token with the new password and reports success', async () => {
    fetchMock.mockResolvedValueOnce(new Response(null, { status: 204 }));
    const onDone = vi.fn();
    const view = await render(<ResetPasswordForm token={TOKEN} onDone={onDone} requestNewLink={<a href="/forgot-password">new link</a>} />);
    await type(byLabel(view.container, 'New password'), 'tirai merah 2027');
    await submit(view.container.querySelector('form')!);
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/auth/password/reset');
    expect(JSON.parse(init.body)).toEqual({ token: TOKEN, password: 'tirai merah 2027' });
    expect(onDone).toHaveBeenCalledOnce();
    await view.unmount();
  });

  it('puts a weak password on the field, and offers a new link when this one is used up', async () => {
    fetchMock.mockResolvedValueOnce(problem(400, 'weak_password', [{ pointer: '/body/password', code: 'weak_password', message: 'This password is too common' }]));
    const onDone = vi.fn();
    const view = await render(<ResetPasswordForm token={TOKEN} onDone={onDone} requestNewLink={<a href="/forgot-password">new link</a>} />);
    const password = byLabel(view.container, 'New password');
    await type(password, 'password123');
    await submit(view.container.querySelector('form')!);
    expect(password.getAttribute('aria-invalid')).toBe('true');
    expect(view.container.querySelector('a[href="/forgot-password"]')).toBeNull();

    fetchMock.mockResolvedValueOnce(problem(400, 'reset_link_invalid'));
    await type(password, 'tirai merah 2027');
    await submit(view.container.querySelector('form')!);
    expect(view.container.querySelector('div[role="alert"]')?.textContent).toContain('This reset link is invalid, already used or expired.');
    expect(view.container.querySelector('a[href="/forgot-password"]')).not.toBeNull();
    expect(onDone).not.toHaveBeenCalled();
    await view.unmount();
  });
});
