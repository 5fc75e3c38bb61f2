import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { finishOidcSignIn } from '../auth/oidc';
import { openSession } from '../auth/session';
import { PATHS } from '../routes';
import { Progress } from '../ui/feedback';

/** Where the identity provider sends the browser back: the code is exchanged (with the PKCE verifier) for tokens. */
export function SignedIn() {
  const navigate = useNavigate();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    finishOidcSignIn().then(
      ({ accessToken, next }) => {
        if (openSession(accessToken)) void navigate(next, { replace: true });
        else setFailed(true);
      },
      () => setFailed(true),
    );
  }, [navigate]);
  return (
    <main id="main" className="sign-in">
      <h1>Signing in</h1>
      <Progress active={!failed} label="Completing the sign-in" />
      {failed ? (
        <div role="alert">
          <p>The sign-in could not be completed.</p>
          <Link to={PATHS.signIn}>Try again</Link>
        </div>
      ) : null}
    </main>
  );
}
