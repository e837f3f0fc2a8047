import { createAuthentication, createDevelopmentAuthentication } from './authentication';
import { signDevelopmentToken } from './development-keys';
import { type TokenVerifier } from './token-verifier';

/** A real verifier (the development key set) that counts how often it is asked. */
function countingVerifier() {
  const real = createDevelopmentAuthentication();
  let calls = 0;
  const verifier: TokenVerifier = {
    async verify(token) {
      calls += 1;
      const identity = await real.authenticate(`Bearer ${token}`);
      if (!identity) throw new Error('no identity');
      return identity;
    },
  };
  return { verifier, calls: () => calls };
}

describe('verified tokens are remembered until they expire', () => {
  it('verifies a token once for repeated requests, and each different token on its own', async () => {
    const { verifier, calls } = countingVerifier();
    const authentication = createAuthentication({ environment: 'test', verifier });
    const first = await signDevelopmentToken({ subject: 'alice', scopes: ['contacts:read'], jurisdictions: ['nis:41002'] });
    const second = await signDevelopmentToken({ subject: 'bob', scopes: ['cells:read'], jurisdictions: ['BE'] });
    for (let i = 0; i < 5; i += 1) expect((await authentication.authenticate(`Bearer ${first}`))?.subject).toBe('alice');
    expect(calls()).toBe(1);
    const bob = await authentication.authenticate(`Bearer ${second}`);
    expect(bob?.subject).toBe('bob');
    expect([...(bob?.scopes ?? [])]).toEqual(['cells:read']);
    expect(calls()).toBe(2);
  });

  it('verifies a token again once its exp has passed, and never remembers a failure', async () => {
    const { verifier, calls } = countingVerifier();
    const authentication = createAuthentication({ environment: 'test', verifier });
    // exp (whole seconds) at least a second ahead: at `floor(now) + 1` it could come within a millisecond, between the
    // two requests below on a loaded machine, and the second would rightly be verified again.
    const exp = Math.floor(Date.now() / 1000) + 2;
    const shortLived = await signDevelopmentToken({ subject: 'carol', expiresIn: exp });
    await authentication.authenticate(`Bearer ${shortLived}`);
    await authentication.authenticate(`Bearer ${shortLived}`);
    expect(calls()).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, exp * 1000 - Date.now() + 100));
    // Past exp the remembered identity is gone: the token goes to the verifier again (which still applies its clock tolerance).
    await authentication.authenticate(`Bearer ${shortLived}`).catch(() => undefined);
    expect(calls()).toBe(2);

    const wrongAudience = await signDevelopmentToken({ subject: 'mallory', audience: 'someone-else' });
    await expect(authentication.authenticate(`Bearer ${wrongAudience}`)).rejects.toThrow();
    await expect(authentication.authenticate(`Bearer ${wrongAudience}`)).rejects.toThrow();
    expect(calls()).toBe(4);
  });
});
