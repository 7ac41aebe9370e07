// What the renderer learns about sending statements (the settings screen's status line).

export interface XapiStatus {
  /** off: no LRS in the policy; idle: nothing being sent; sending; offline: the LRS was out of reach. */
  state: 'off' | 'idle' | 'sending' | 'offline';
  /** Statements waiting to be sent (the active learner's and forwarded ones). */
  queued: number;
  /** Statements the LRS refused: kept, not sent again. */
  refused: number;
  lastSuccessAt: string | null;
}

/** The learner's statements as a file to save: a JSON array of xAPI statements. */
export interface XapiExport {
  fileName: string;
  text: string;
  count: number;
}
