// Wires the typed API to IPC: one ipcMain.handle per channel in CHANNELS, nothing else. Each
// handler gets the sending frame's URL so it can refuse calls that do not come from the app.
// ipcMain is passed in (type-only import) so this file can be tested without an Electron binary.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHANNELS, type Envelope } from '../../src/core/api/contract';
import type { Handlers } from '../services/api/handlers';
import { internalFailure } from '../services/api/refusals';
import { APP_ORIGIN, isTrustedSenderUrl } from '../services/securityPolicy';

/** The one sender rule for IPC: the frame must be on app://academy. */
export function isTrustedSender(url: string | undefined): boolean {
  return isTrustedSenderUrl(url, APP_ORIGIN);
}

/** Registers every channel; returns a function that removes them again. */
export function registerIpcHandlers(
  ipc: Pick<IpcMain, 'handle' | 'removeHandler'>,
  handlers: Handlers,
): () => void {
  for (const channel of CHANNELS) {
    const handler = handlers[channel];
    ipc.handle(channel, async (event: IpcMainInvokeEvent, arg: unknown): Promise<Envelope<unknown>> => {
      try {
        // senderFrame is null once the frame has navigated away or been destroyed.
        return await handler(event.senderFrame?.url, arg);
      } catch (err) {
        // Handlers return errors as envelopes; a throw is a bug, and its details stay in main.
        return internalFailure(`IPC handler ${channel} threw`, err);
      }
    });
  }
  return () => {
    for (const channel of CHANNELS) ipc.removeHandler(channel);
  };
}
