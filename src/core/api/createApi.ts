import { CHANNELS, type AcademyApi, type ApiErrorInfo, type Channel, type Envelope } from './contract';

/** A transport: sends one call on a named channel and returns the handler's envelope. */
export type Invoke = (channel: Channel, arg: unknown) => Promise<Envelope<unknown>>;

/** A refusal from the other side; its message is the reason key, for logs only: screens translate it. */
export class ApiError extends Error {
  readonly code: ApiErrorInfo['code'];
  readonly reason: string;
  readonly params: Record<string, string | number>;
  readonly id: string | undefined;
  constructor(info: ApiErrorInfo) {
    super(info.reason);
    this.name = 'ApiError';
    this.code = info.code;
    this.reason = info.reason;
    this.params = info.params ?? {};
    this.id = info.id;
  }

  get info(): ApiErrorInfo {
    return { code: this.code, reason: this.reason, params: this.params, ...(this.id ? { id: this.id } : {}) };
  }
}

/** Builds the typed API over any transport (IPC in Electron, HTTP in the preview harness). */
export function createApi(invoke: Invoke): AcademyApi {
  const api: Record<string, (arg?: unknown) => Promise<unknown>> = {};
  for (const channel of CHANNELS) {
    api[channel] = async (arg?: unknown) => {
      const envelope = await invoke(channel, arg ?? null);
      if (!envelope.ok) throw new ApiError(envelope.error);
      return envelope.value;
    };
  }
  return Object.freeze(api) as unknown as AcademyApi;
}
