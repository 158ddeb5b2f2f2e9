import type { ChecklistItem, Task } from '@rundown/domain';
import { useQuery } from '@tanstack/react-query';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearCsrfToken } from '../../../lib/api-client';
import { byLabel, jsonResponse, press, render, settle, type } from '../../../test/render';
import { timelineKeys } from '../api/keys';
import { TaskChecklist } from './task-checklist';

const ORG = '0b7c3f3e-1d2a-4c5b-8e9f-0a1b2c3d4e5f';
const EVENT = '1c8d4a4f-2e3b-4d6c-9f0a-1b2c3d4e5f60';
const TASK = '2d9e5b50-3f4c-4e7d-8a1b-2c3d4e5f6071';
const item = (n: number, title: string): ChecklistItem => ({ id: `3e0f6c61-4a5d-4f8e-9b2c-3d4e5f60718${n}`, title, done: false, doneBy: null });
const taskWith = (checklist: ChecklistItem[]): Task => ({
  id: TASK, eventId: EVENT, parentId: null, kind: 'task', title: 'Sound check', description: null, location: null, placeId: null,
  startAt: '2026-12-18T08:00:00.000Z', endAt: '2026-12-18T11:00:00.000Z', status: 'todo', priority: 'normal', sortOrder: 0,
  assigneeIds: [], vendorId: null, checklist, version: 1, updatedAt: '2026-12-02T00:00:00.000Z',
});

/** The drawer's checklist, fed from the cached task list as the timeline page feeds it. */
function Checklist({ initial }: { initial: Task }) {
  const { data } = useQuery({ queryKey: timelineKeys.tasks(ORG, EVENT), queryFn: () => [initial], initialData: [initial], staleTime: Infinity });
  return <TaskChecklist task={data.find((t) => t.id === TASK)!} orgId={ORG} eventId={EVENT} canWrite />;
}

/** Requests held until the test answers them, so it decides what arrives when. */
type Held = { method: string; body: Record<string, unknown>; answer: (response: Response) => Promise<void> };
let held: Held[];
beforeEach(() => {
  clearCsrfToken();
  held = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string, init?: RequestInit) => {
      if (url === '/api/auth/csrf') return Promise.resolve(jsonResponse(200, { token: 'csrf' }));
      return new Promise<Response>((resolve) =>
        held.push({ method: init?.method ?? 'GET', body: JSON.parse(String(init?.body ?? '{}')), answer: async (response) => (resolve(response), settle()) }),
      );
    }),
  );
});
afterEach(() => vi.unstubAllGlobals());

const refused = () => jsonResponse(409, { type: 'about:blank', title: 'Full', status: 409, code: 'conflict', requestId: 'r' }, 'application/problem+json');

const itemInput = (container: HTMLElement, n: number, count: number) =>
  container.querySelector<HTMLInputElement>(`input[aria-label="Checklist item ${n} of ${count}"]`)!;

describe('TaskChecklist', () => {
  it("keeps a fast typist's items: the field empties on Enter and the adds go out in order", async () => {
    const view = await render(<Checklist initial={taskWith([])} />);
    const field = byLabel(view.container, 'New checklist item');
    await type(field, 'Stage monitors');
    await press(field, 'Enter');
    expect(field.value).toBe('');
    await type(field, 'Wireless mics');
    await press(field, 'Enter');
    expect(field.value).toBe('');

    // One task's changes are sent one after another: the second waits for the first answer.
    expect(held.map((r) => r.body.title)).toEqual(['Stage monitors']);
    await held[0]!.answer(jsonResponse(201, taskWith([item(1, 'Stage monitors')])));
    expect(held.map((r) => r.body.title)).toEqual(['Stage monitors', 'Wireless mics']);
    await held[1]!.answer(jsonResponse(201, taskWith([item(1, 'Stage monitors'), item(2, 'Wireless mics')])));
    expect([itemInput(view.container, 1, 2).value, itemInput(view.container, 2, 2).value]).toEqual(['Stage monitors', 'Wireless mics']);
    await view.unmount();
  });

  it('puts a refused item back in the field', async () => {
    const view = await render(<Checklist initial={taskWith([])} />);
    const field = byLabel(view.container, 'New checklist item');
    await type(field, 'Power distro');
    await press(field, 'Enter');
    await held[0]!.answer(refused());
    expect(field.value).toBe('Power distro');
    await view.unmount();
  });

  it('puts back a refused item that was not the last one sent', async () => {
    const view = await render(<Checklist initial={taskWith([])} />);
    const field = byLabel(view.container, 'New checklist item');
    await type(field, 'Power distro');
    await press(field, 'Enter');
    await type(field, 'Subwoofers');
    await press(field, 'Enter');
    await held[0]!.answer(refused());
    expect(field.value).toBe('Power distro');
    await view.unmount();
  });

  it('does not step back to an earlier rename when two are saved in a row', async () => {
    const view = await render(<Checklist initial={taskWith([item(1, 'Mixer')])} />);
    const title = itemInput(view.container, 1, 1);
    await type(title, 'Mixer FOH');
    await press(title, 'Enter');
    await type(title, 'Mixer FOH SD7');
    await press(title, 'Enter');
    await held[0]!.answer(jsonResponse(200, taskWith([item(1, 'Mixer FOH')])));
    expect(title.value).toBe('Mixer FOH SD7');
    await held[1]!.answer(jsonResponse(200, taskWith([item(1, 'Mixer FOH SD7')])));
    expect(title.value).toBe('Mixer FOH SD7');
    await view.unmount();
  });

  it('keeps what was typed after Enter when the rename is saved', async () => {
    const view = await render(<Checklist initial={taskWith([item(1, 'Mixer')])} />);
    const title = itemInput(view.container, 1, 1);
    await type(title, 'Mixer FOH');
    await press(title, 'Enter');
    await type(title, 'Mixer FOH DiGiCo SD7');
    await held[0]!.answer(jsonResponse(200, taskWith([item(1, 'Mixer FOH')])));
    expect(title.value).toBe('Mixer FOH DiGiCo SD7');

    await press(title, 'Enter');
    expect(held.map((r) => [r.method, r.body.title])).toEqual([
      ['PATCH', 'Mixer FOH'],
      ['PATCH', 'Mixer FOH DiGiCo SD7'],
    ]);
    await held[1]!.answer(jsonResponse(200, taskWith([item(1, 'Mixer FOH DiGiCo SD7')])));
    expect(title.value).toBe('Mixer FOH DiGiCo SD7');
    await view.unmount();
  });

  it('follows a rename made elsewhere while the field is untouched', async () => {
    const view = await render(<Checklist initial={taskWith([item(1, 'Mixer')])} />);
    await act(async () => view.queryClient.setQueryData(timelineKeys.tasks(ORG, EVENT), [taskWith([item(1, 'Mixer FOH')])]));
    await settle();
    expect(itemInput(view.container, 1, 1).value).toBe('Mixer FOH');
    await view.unmount();
  });
});
