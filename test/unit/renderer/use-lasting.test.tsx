// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useLasting } from '../../../renderer/src/preview/useLasting';

afterEach(() => {
  vi.useRealTimers();
});

describe('useLasting (the preview’s spinner, shown only for a slow update)', () => {
  it('turns true only once its flag has stayed on for the time, and false with the flag', () => {
    vi.useFakeTimers();
    const { result, rerender } = renderHook(({ on }) => useLasting(on, 400), { initialProps: { on: true } });
    act(() => vi.advanceTimersByTime(399));
    expect(result.current).toBe(false);
    act(() => vi.advanceTimersByTime(1));
    expect(result.current).toBe(true);
    rerender({ on: false });
    expect(result.current).toBe(false);
    // A quick update, over before the time: never shown.
    rerender({ on: true });
    act(() => vi.advanceTimersByTime(200));
    rerender({ on: false });
    act(() => vi.advanceTimersByTime(1000));
    expect(result.current).toBe(false);
  });
});
