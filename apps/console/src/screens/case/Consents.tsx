import { api, resultOf } from '../../api/client';
import type { components } from '../../api/schema';
import { Progress, ProblemView } from '../../ui/feedback';
import { useRemote } from '../../ui/remote';

type Consent = components['schemas']['ClientConsentsDto']['consents'][number];

const label = (value: string): string => value.replace(/_/g, ' ');

const STANDING: Readonly<Record<Consent['standing'], string>> = {
  in_force: 'In force',
  revoked: 'Revoked',
  expired: 'Expired',
  not_yet_effective: 'Not yet in force',
};

/** The client's consents: where each stands, for what purposes, to whom. Nobody's signature is shown. */
export function Consents({ clientId }: { readonly clientId: string }) {
  const [consents, reload] = useRemote(
    () => resultOf(api.GET('/intake/clients/{clientId}/consents', { params: { path: { clientId } } })),
    [clientId],
  );
  return (
    <section aria-labelledby="consents-title">
      <h2 id="consents-title">Consents</h2>
      <Progress active={consents.state === 'loading'} label="Loading the consents" />
      {consents.state === 'failed' ? <ProblemView problem={consents.problem} retry={reload} /> : null}
      {consents.state === 'ok' ? <ConsentTable consents={consents.data.consents} /> : null}
    </section>
  );
}

function recipientOf(recipient: Consent['recipients'][number]): string {
  if (recipient.kind === 'class') return recipient.description ?? 'a class of recipients';
  return recipient.organizationId ? `organisation ${recipient.organizationId.slice(0, 8)}` : 'a named recipient';
}

function ConsentTable({ consents }: { readonly consents: readonly Consent[] }) {
  if (consents.length === 0) return <p>No consent recorded.</p>;
  return (
    <table className="plain">
      <caption className="visually-hidden">Consents, latest signed first</caption>
      <thead>
        <tr>
          <th scope="col">Standing</th>
          <th scope="col">Purposes</th>
          <th scope="col">Information</th>
          <th scope="col">Recipients</th>
          <th scope="col">Signed</th>
          <th scope="col">Ends</th>
        </tr>
      </thead>
      <tbody>
        {consents.map((consent) => (
          <tr key={consent.consentId}>
            <td>
              <strong>{STANDING[consent.standing]}</strong>
              {consent.revokedAt ? ` (${new Date(consent.revokedAt).toLocaleDateString()})` : ''}
            </td>
            <td>{consent.purposes.map(label).join(', ')}</td>
            <td>{consent.categories.map(label).join(', ')}</td>
            <td>{consent.recipients.map(recipientOf).join('; ')}</td>
            <td>
              <time dateTime={consent.signedAt}>{new Date(consent.signedAt).toLocaleDateString()}</time>
            </td>
            <td>
              {consent.expiry.kind === 'date'
                ? (consent.expiry.on ?? '—')
                : `on an event: ${consent.expiry.event ?? '—'}`}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
