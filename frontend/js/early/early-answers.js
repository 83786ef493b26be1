// Answers the page asked for before the bundle ran (index.html's inline script keeps them in window.diemnongEarly,
// by URL): api.js takes each one at most once, when it asks for the same URL; anything else is fetched as usual.

/** The response promise started early for this URL, taken out of the registry; null when there is none. */
export function takeEarly(url, registry = globalThis.diemnongEarly) {
  const answer = registry?.get?.(url);
  if (!answer) return null;
  registry.delete(url);
  return answer;
}

/**
 * Once the page has asked for what it shows first: what it did not take is dropped and nothing more is kept, so a
 * later request (after a write, say) never gets an answer from before.
 */
export function closeEarly(registry = globalThis.diemnongEarly) {
  if (!registry) return;
  registry.closed = true;
  registry.clear();
}
