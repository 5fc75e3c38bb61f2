import { Inject } from '@nestjs/common';

/** How the dispatcher polls and retries; tests shorten the delays. */
export interface WebhookOptions {
  readonly pollMs: number;
  readonly firstRetryMs: number;
  readonly maxRetryMs: number;
  readonly maxAttempts: number;
  readonly timeoutMs: number;
}

export const DEFAULT_WEBHOOK_OPTIONS: WebhookOptions = {
  pollMs: 500,
  firstRetryMs: 1_000,
  maxRetryMs: 60 * 60_000,
  maxAttempts: 12,
  timeoutMs: 5_000,
};

export const WEBHOOK_OPTIONS = Symbol('WEBHOOK_OPTIONS');
export const InjectWebhookOptions = (): ParameterDecorator => Inject(WEBHOOK_OPTIONS);
