import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { replayPath } from '../routes';

/** The auditor's home: open the replay of a case by its id. */
export function OpenReplay() {
  const navigate = useNavigate();
  const [caseId, setCaseId] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void navigate(replayPath(caseId.trim()));
  };
  return (
    <>
      <h1>Case replay</h1>
      <form onSubmit={submit}>
        <label>
          Case id
          <input value={caseId} onChange={(event) => setCaseId(event.target.value)} required autoComplete="off" />
        </label>
        <button type="submit" className="primary">
          Replay
        </button>
      </form>
    </>
  );
}
