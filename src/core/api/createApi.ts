import { CHANNELS, type AcademyApi, type ApiErrorInfo, type Channel, type Envelope } from './contract';

/** A transport: sends one call on a named channel and returns the handler's envelope. */
export type Invoke = (channel: Channel, arg: unknown) => Promise<Envelope<unknown>>;

export class ApiError extends Error {
  readonly code: ApiErrorInfo['code'];
  constructor(info: ApiErrorInfo) {
    super(info.message);
    this.name = 'ApiError';
    this.code = info.code;
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
