import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearCsrfToken } from '../../../lib/api-client';
import { byLabel, jsonResponse, render, submit, type } from '../../../test/render';
import { SignupForm } from './signup-form';

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

async function fillAndSubmit(container: HTMLElement) {
  await type(byLabel(container, 'Your name'), 'Rina Wulandari');
  await type(byLabel(container, 'Work email'), 'rina@senja.id');
  await type(byLabel(container, 'Password'), 'panggung-senja-2026');
  await type(byLabel(container, 'Organization name'), 'Senja Production House');
  await submit(container.querySelector('form')!);
}

describe('SignupForm', () => {
  it('validates on the client with the domain schema before calling the API', async () => {
    const view = await render(<SignupForm onSuccess={() => {}} />);
    await submit(view.container.querySelector('form')!);
    expect(fetchMock).not.toHaveBeenCalled();
    const name = byLabel(view.container, 'Your name');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(name.getAttribute('aria-describedby')!)?.textContent).toBe('This field is required.');
    expect(byLabel(view.container, 'Password').getAttribute('aria-invalid')).toBe('true');
    await view.unmount();
  });

  it('puts problem+json field errors on their fields', async () => {
    fetchMock.mockResolvedValueOnce(
      problem(400, 'validation_failed', [{ pointer: '/body/password', message: 'This password is too common', code: 'custom' }]),
    );
    const view = await render(<SignupForm onSuccess={() => {}} />);
    await fillAndSubmit(view.container);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/auth/signup');
    expect(JSON.parse(init.body)).toMatchObject({ email: 'rina@senja.id', organizationName: 'Senja Production House', locale: 'en' });
    const password = byLabel(view.container, 'Password');
    expect(password.getAttribute('aria-invalid')).toBe('true');
    expect(view.container.textContent).toContain('This password is too common');
    // Every error was placed on a field, so there is no form-level message.
    expect(view.container.querySelector('form [role="alert"]:not(p)')).toBeNull();
    await view.unmount();
  });

  it('maps email_taken onto the email field', async () => {
    fetchMock.mockResolvedValueOnce(problem(409, 'email_taken'));
    const view = await render(<SignupForm onSuccess={() => {}} />);
    await fillAndSubmit(view.container);
    const email = byLabel(view.container, 'Work email');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(email.getAttribute('aria-describedby')!)?.textContent).toBe('An account with this email already exists.');
    await view.unmount();
  });

  it('shows other failures as a form-level message', async () => {
    fetchMock.mockResolvedValueOnce(problem(429, 'rate_limited'));
    const view = await render(<SignupForm onSuccess={() => {}} />);
    await fillAndSubmit(view.container);
    const alert = view.container.querySelector('div[role="alert"]');
    expect(alert?.textContent).toContain('Too many attempts');
    await view.unmount();
  });
});
