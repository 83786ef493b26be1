// The session ended while observations wait: the service answered a send with 401. The queue keeps them (401 is
// "try again later"); the page stops trying, asks the officer to sign in again, and sends them after the sign-in
// (which reloads /field). Pure.

/** Whether a waiting observation was last refused for want of a session. */
export function needsSignIn(items) {
  return items.some((item) => item.state === 'waiting' && Number(item.error?.status) === 401);
}

/**
 * Whether the page should try to send now: online, and not while the session is known to have ended (every try
 * would get 401 again until the officer signs in).
 */
export function maySend({ online, signedOut }) {
  return Boolean(online) && !signedOut;
}
