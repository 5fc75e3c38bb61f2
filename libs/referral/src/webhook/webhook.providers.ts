import type { Provider, Type } from '@nestjs/common';
import { RegisterWebhookHttpController } from './commands/register-webhook/register-webhook.http.controller';
import { RemoveWebhookHttpController } from './commands/remove-webhook/remove-webhook.http.controller';
import { GetWebhookHttpController } from './queries/get-webhook/get-webhook.http.controller';
import { WebhookDispatcher } from './webhook.dispatcher';
import { WebhookSecrets } from './webhook-secrets';
import { DEFAULT_WEBHOOK_OPTIONS, WEBHOOK_OPTIONS, type WebhookOptions } from './webhook-options';

export { buildWebhookHandlers } from './webhook.handlers';
export { CREATE_WEBHOOKS } from './webhook.migrations';
export { WEBHOOK_OPTIONS, type WebhookOptions } from './webhook-options';

// Everything the partners' webhooks add to the referral module.
export const WEBHOOK_CONTROLLERS: readonly Type[] = [
  RegisterWebhookHttpController,
  GetWebhookHttpController,
  RemoveWebhookHttpController,
];
export function webhookProviders(options: Partial<WebhookOptions> = {}): Provider[] {
  return [
    { provide: WEBHOOK_OPTIONS, useValue: { ...DEFAULT_WEBHOOK_OPTIONS, ...options } },
    WebhookSecrets,
    WebhookDispatcher,
  ];
}
