// electron/main/ipc.ts takes ipcMain as a parameter, so its wiring is tested here with a fake.
import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, type Channel, type Envelope } from '../../../src/core/api/contract';
import { isTrustedSender, registerIpcHandlers } from '../../../electron/main/ipc';
import type { Handler, Handlers } from '../../../electron/services/api/handlers';

type Listener = (event: { senderFrame: { url: string } | null }, arg: unknown) => Promise<Envelope<unknown>>;

function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  return {
    handlers,
    handle: vi.fn((channel: string, listener: Listener) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    }),
    removeHandler: vi.fn((channel: string) => {
      handlers.delete(channel);
    }),
  };
}

function recordingHandlers() {
  const calls: { channel: Channel; senderUrl: string | undefined; arg: unknown }[] = [];
  const handlers = Object.fromEntries(
    CHANNELS.map((channel) => [
      channel,
      (async (senderUrl, arg) => {
        calls.push({ channel, senderUrl, arg });
        return { ok: true, value: channel };
      }) satisfies Handler,
    ]),
  ) as Handlers;
  return { calls, handlers };
}

describe('IPC wiring', () => {
  it('registers exactly one handler per channel in CHANNELS', () => {
    const ipc = fakeIpcMain();
    registerIpcHandlers(ipc as never, recordingHandlers().handlers);
    expect([...ipc.handlers.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it('passes the sending frame URL and the argument to the channel handler', async () => {
    const ipc = fakeIpcMain();
    const { calls, handlers } = recordingHandlers();
    registerIpcHandlers(ipc as never, handlers);
    const res = await ipc.handlers.get('getLesson')!(
      { senderFrame: { url: 'app://academy/index.html' } },
      { packId: 'p', lessonId: 'l', lang: 'en' },
    );
    expect(res).toEqual({ ok: true, value: 'getLesson' });
    expect(calls).toEqual([
      {
        channel: 'getLesson',
        senderUrl: 'app://academy/index.html',
        arg: { packId: 'p', lessonId: 'l', lang: 'en' },
      },
    ]);
  });

  it('passes undefined when the frame is gone', async () => {
    const ipc = fakeIpcMain();
    const { calls, handlers } = recordingHandlers();
    registerIpcHandlers(ipc as never, handlers);
    await ipc.handlers.get('getProgress')!({ senderFrame: null }, null);
    expect(calls[0]?.senderUrl).toBeUndefined();
  });

  it('turns a handler that throws into an internal-error envelope without details', async () => {
    const ipc = fakeIpcMain();
    const { handlers } = recordingHandlers();
    handlers.getSettings = async () => {
      throw new Error('secret path /home/x');
    };
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    registerIpcHandlers(ipc as never, handlers);
    const res = await ipc.handlers.get('getSettings')!({ senderFrame: { url: 'app://academy/' } }, null);
    const logged = spy.mock.calls.map((c) => c.map(String).join(' '));
    spy.mockRestore();
    expect(res).toEqual({ ok: false, error: { code: 'internal', reason: 'errors.internal', params: { id: expect.stringMatching(/^[0-9A-F]{8}$/) }, id: expect.any(String) } });
    const { id } = (res as { error: { id: string } }).error;
    // The details stay in the main process log, under the id the learner is shown.
    expect(JSON.stringify(res)).not.toContain('secret');
    expect(logged).toEqual([expect.stringContaining(`[error ${id}]`)]);
    expect(logged[0]).toContain('secret path /home/x');
  });

  it('removes every handler it registered', () => {
    const ipc = fakeIpcMain();
    const unregister = registerIpcHandlers(ipc as never, recordingHandlers().handlers);
    unregister();
    expect(ipc.handlers.size).toBe(0);
    expect(ipc.removeHandler).toHaveBeenCalledTimes(CHANNELS.length);
  });

  it('trusts only the app origin as a sender', () => {
    expect(isTrustedSender('app://academy/index.html')).toBe(true);
    expect(isTrustedSender('app://academy.evil/index.html')).toBe(false);
    expect(isTrustedSender('http://127.0.0.1:1/')).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });
});
