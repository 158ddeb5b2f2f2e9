import { afterEach, describe, expect, it } from 'vitest';
import { focusWhenSaved } from './focus-when-saved';

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

function inputs(...ids: string[]) {
  return ids.map((id) => {
    const input = document.createElement('input');
    input.id = id;
    document.body.append(input);
    return input;
  });
}

afterEach(() => document.body.replaceChildren());

describe('focusWhenSaved', () => {
  it('focuses the target when focus stayed where the change was asked for', async () => {
    const [moved, target] = inputs('moved', 'target');
    moved!.focus();
    const done = focusWhenSaved(() => target);
    done();
    await nextFrame();
    expect(document.activeElement).toBe(target);
  });

  it('focuses the target when the focused element went away with the change', async () => {
    const [removed, target] = inputs('removed', 'target');
    removed!.focus();
    const done = focusWhenSaved(() => target);
    removed!.remove();
    done();
    await nextFrame();
    expect(document.activeElement).toBe(target);
  });

  it('leaves focus alone when the user went on to another field meanwhile', async () => {
    const [moved, target, typing] = inputs('moved', 'target', 'typing');
    moved!.focus();
    const done = focusWhenSaved(() => target);
    typing!.focus();
    done();
    await nextFrame();
    expect(document.activeElement).toBe(typing);
  });
});
