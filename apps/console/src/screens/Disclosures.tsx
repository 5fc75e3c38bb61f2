import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { api, resultOf } from '../api/client';
import { disclosuresPath } from '../routes';
import { Progress, ProblemView } from '../ui/feedback';
import { useRemote } from '../ui/remote';

const when = (iso: string) => <time dateTime={iso}>{new Date(iso).toLocaleString()}</time>;

/**
 * The accounting of disclosures of a client's records: the auditor enters the client's id (it goes in the path, as
 * an id; nothing personal is put in the address), and each disclosure of the last six years is listed: when, to
 * which organisation, what, for what purpose, under which consent.
 */
export function Disclosures() {
  const { clientId } = useParams();
  const navigate = useNavigate();
  const [typed, setTyped] = useState(clientId ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void navigate(disclosuresPath(typed.trim()));
  };
  return (
    <>
      <h1>Accounting of disclosures</h1>
      <form onSubmit={submit}>
        <label>
          Client id
          <input value={typed} onChange={(event) => setTyped(event.target.value)} required autoComplete="off" />
        </label>
        <button type="submit" className="primary">
          Show disclosures
        </button>
      </form>
      {clientId ? <Accounting clientId={clientId} /> : null}
    </>
  );
}

function Accounting({ clientId }: { readonly clientId: string }) {
  const [accounting, reload] = useRemote(
    () => resultOf(api.GET('/audit/clients/{clientId}/disclosures', { params: { path: { clientId } } })),
    [clientId],
  );
  if (accounting.state === 'failed') return <ProblemView problem={accounting.problem} retry={reload} />;
  if (accounting.state === 'loading') return <Progress active label="Reading the disclosures" />;
  const { disclosures, from, to } = accounting.data;
  return (
    <section aria-labelledby="accounting-title">
      <h2 id="accounting-title">
        {disclosures.length} {disclosures.length === 1 ? 'disclosure' : 'disclosures'} of client {clientId.slice(0, 8)}
      </h2>
      <p>
        From {when(from)} to {when(to)}.
      </p>
      {disclosures.length === 0 ? (
        <p>No record of this client was disclosed in that time.</p>
      ) : (
        <table className="plain">
          <caption className="visually-hidden">Each disclosure of the client’s records</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">To whom</th>
              <th scope="col">What</th>
              <th scope="col">Purpose</th>
              <th scope="col">Under consent</th>
              <th scope="col">By</th>
            </tr>
          </thead>
          <tbody>
            {disclosures.map((disclosure) => (
              <tr key={disclosure.eventId}>
                <td>{when(disclosure.disclosedAt)}</td>
                <td>{disclosure.recipient.organizationId}</td>
                <td>
                  {disclosure.description.informationCategories.join(', ') || 'no category'}
                  {disclosure.description.fields.length > 0 ? (
                    <>
                      <br />
                      <small>fields: {disclosure.description.fields.join(', ')}</small>
                    </>
                  ) : null}
                </td>
                <td>{disclosure.purpose}</td>
                <td>
                  <code>{disclosure.consentId}</code>
                </td>
                <td>
                  {disclosure.disclosedBy.id} ({disclosure.disclosedBy.role})
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
