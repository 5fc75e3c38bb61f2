import { Link, useParams } from 'react-router';
import { api, resultOf } from '../api/client';
import type { components } from '../api/schema';
import { currentSession } from '../auth/session';
import { clientPath, disclosuresPath } from '../routes';
import { Progress, ProblemView } from '../ui/feedback';
import { useRemote } from '../ui/remote';
import { Consents } from './case/Consents';
import { addressText, demographicsRows, identifierText } from './client-details';

type Client = components['schemas']['ClientDetailsDto'];

/**
 * A client's record: who they are (as far as the reader may see: a client outside the reader's cases reads as not
 * found), how to reach them, what they said of themselves, and their consents. A merged record points to the one it
 * was merged into; an erased one says so. Every read is in intake's access log.
 */
export function ClientPage() {
  const { clientId = '' } = useParams();
  const [client, reload] = useRemote(
    () => resultOf(api.GET('/intake/clients/{id}', { params: { path: { id: clientId } } })),
    [clientId],
  );
  if (client.state === 'loading') {
    return (
      <>
        <h1>Client</h1>
        <Progress active label="Loading the client" />
      </>
    );
  }
  if (client.state === 'failed') {
    return (
      <>
        <h1>Client</h1>
        <ProblemView problem={client.problem} retry={reload} />
      </>
    );
  }
  return <ClientRecord client={client.data} />;
}

function ClientRecord({ client }: { readonly client: Client }) {
  const { personal } = client;
  const auditor = currentSession()?.roles.includes('auditor') ?? false;
  const name = personal
    ? [personal.givenName, personal.middleName, personal.familyName].filter(Boolean).join(' ')
    : `Client ${client.clientId.slice(0, 8)}`;
  const demographics = demographicsRows(client.demographics);
  return (
    <>
      <h1>{name}</h1>
      {client.mergedInto ? (
        <p role="note">
          This record was merged into <Link to={clientPath(client.mergedInto)}>another client’s record</Link>, which
          holds the client’s cases from now on.
        </p>
      ) : null}
      {client.erased ? (
        <p role="note">The client’s personal data was erased: their cases and consents remain, without it.</p>
      ) : null}
      <section aria-labelledby="client-title">
        <h2 id="client-title">Details</h2>
        <dl className="summary">
          <dt>Date of birth</dt>
          <dd>{personal?.dateOfBirth ?? 'not on record'}</dd>
          <dt>Preferred language</dt>
          <dd>{client.preferredLanguage ?? 'not on record'}</dd>
          <dt>Identifiers</dt>
          <dd>
            {personal && personal.identifiers.length > 0
              ? personal.identifiers.map(identifierText).join('; ')
              : 'none recorded'}
          </dd>
          <dt>Phone</dt>
          <dd>{personal?.contact.phone ?? 'none recorded'}</dd>
          <dt>Email</dt>
          <dd>{personal?.contact.email ?? 'none recorded'}</dd>
          <dt>Address</dt>
          <dd>{personal?.contact.address ? addressText(personal.contact.address) : 'none recorded'}</dd>
          {demographics.map((row) => (
            <div key={row.label} className="pair">
              <dt>{row.label}</dt>
              <dd>{row.value}</dd>
            </div>
          ))}
        </dl>
        {client.mergedClientIds.length > 0 ? (
          <p>
            Records merged into this one:{' '}
            {client.mergedClientIds.map((id, index) => (
              <span key={id}>
                {index > 0 ? ', ' : ''}
                <Link to={clientPath(id)}>{id.slice(0, 8)}</Link>
              </span>
            ))}
          </p>
        ) : null}
        {auditor ? <Link to={disclosuresPath(client.clientId)}>Accounting of disclosures</Link> : null}
      </section>
      <Consents clientId={client.clientId} />
    </>
  );
}
