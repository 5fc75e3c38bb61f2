import { registerDecorator, type ValidationOptions } from 'class-validator';

const LOOPBACK = new Set(['127.0.0.1', '[::1]', 'localhost']);

/** Why a webhook URL is refused, or null: https, or http to a loopback host only; no credentials in it. */
export function webhookUrlProblem(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 2_000) return 'must be a URL of at most 2,000 characters';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'must be an absolute URL';
  }
  if (url.username || url.password) return 'must not carry credentials';
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:' && LOOPBACK.has(url.hostname)) return null;
  return 'must be https (http only to a loopback host, for development)';
}

export function IsWebhookUrl(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isWebhookUrl',
      target: target.constructor,
      propertyName: String(propertyName),
      ...(options ? { options } : {}),
      validator: {
        validate: (value: unknown) => webhookUrlProblem(value) === null,
        defaultMessage: (args) => `${args?.property ?? 'url'} ${webhookUrlProblem(args?.value) ?? 'is not valid'}`,
      },
    });
}
