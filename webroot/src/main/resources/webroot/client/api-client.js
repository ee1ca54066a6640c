// The one door to the web API: keeps the session (the refresh token in the server's HttpOnly cookie, out
// of reach of scripts; the access token in memory), refreshes the access token before it expires or after
// a 401, and turns error answers into ApiError with the server's code, message and per-field messages.

const BASE = '/api/v1';
// Only whether this browser holds a session (nothing secret): a reload then asks the cookie for one.
const SIGNED_IN_KEY = 'neotrader.signedIn';
// Where earlier versions kept the refresh token itself: spent once into the cookie, then removed.
const LEGACY_REFRESH_KEY = 'neotrader.refreshToken';
const REFRESH_MARGIN_MS = 60_000;

export class ApiError extends Error {
  constructor(status, body) {
    super(body?.message || `Request failed (${status})`);
    this.status = status;
    this.code = body?.error || 'http_' + status;
    this.fields = body?.fields || {};
  }
}

let accessToken = null;
let accessExpiresAt = 0;
let refreshTimer = null;
let refreshing = null;
let currentUser = null;
const sessionListeners = new Set();

/** Called with the signed-in user, or null after logout or a lost session. */
export function onSessionChange(listener) {
  sessionListeners.add(listener);
  return () => sessionListeners.delete(listener);
}

export const user = () => currentUser;

function setUser(u) {
  currentUser = u;
  sessionListeners.forEach((l) => l(u));
}

function keepTokens({ accessToken: access, expiresIn }) {
  accessToken = access;
  accessExpiresAt = Date.now() + expiresIn * 1000;
  localStorage.setItem(SIGNED_IN_KEY, 'yes');
  localStorage.removeItem(LEGACY_REFRESH_KEY);
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(() => refreshSession().catch(() => {}),
    Math.max(5_000, expiresIn * 1000 - REFRESH_MARGIN_MS));
}

function dropSession() {
  accessToken = null;
  accessExpiresAt = 0;
  clearTimeout(refreshTimer);
  localStorage.removeItem(SIGNED_IN_KEY);
  localStorage.removeItem(LEGACY_REFRESH_KEY);
  if (currentUser) setUser(null);
}

async function send(method, path, body, token, as = 'json') {
  const headers = { Accept: as === 'text' ? 'text/csv, application/json' : 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = 'Bearer ' + token;
  const response = await fetch(BASE + path, {
    method, headers, body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (response.ok && as === 'text') return text;
  const json = text ? safeJson(text) : null;
  if (!response.ok) throw new ApiError(response.status, json);
  return json;
}

function safeJson(text) {
  try { return JSON.parse(text); } catch { return { message: text }; }
}

// A refresh token is single-use (reuse revokes the whole family), so refreshes are serialised:
// one at a time in this tab, and across tabs with a Web Lock when the browser offers it.
function refreshSession() {
  if (!refreshing) {
    const run = async () => {
      const legacy = localStorage.getItem(LEGACY_REFRESH_KEY);
      if (!legacy && !localStorage.getItem(SIGNED_IN_KEY)) {
        throw new ApiError(401, { error: 'no_session', message: 'Please sign in.' });
      }
      try {
        keepTokens(await send('POST', '/auth/refresh', legacy ? { refreshToken: legacy } : {}));
      } catch (e) {
        if (e.status === 401 || e.status === 400) dropSession();
        throw e;
      }
    };
    const locked = navigator.locks ? navigator.locks.request('neotrader-refresh', run) : run();
    refreshing = locked.finally(() => { refreshing = null; });
  }
  return refreshing;
}

/** A valid access token, refreshed first when it is about to expire. */
export async function freshAccessToken() {
  if (!accessToken || Date.now() > accessExpiresAt - REFRESH_MARGIN_MS) await refreshSession();
  return accessToken;
}

/**
 * Calls the API as the signed-in user and answers the parsed JSON (or the text, with as = 'text');
 * after a 401 it refreshes once and tries again.
 */
export async function api(method, path, body, as = 'json') {
  const token = await freshAccessToken();
  try {
    return await send(method, path, body, token, as);
  } catch (e) {
    if (e.status !== 401) throw e;
    await refreshSession();
    return send(method, path, body, accessToken, as);
  }
}

/** The query string for a filter object, leaving out empty values. */
export function query(params) {
  const entries = Object.entries(params).filter(([, v]) => v !== '' && v !== null && v !== undefined);
  return entries.length ? '?' + new URLSearchParams(entries).toString() : '';
}

export async function signUp(email, password, displayName) {
  const answer = await send('POST', '/auth/signup', { email, password, displayName: displayName || undefined });
  keepTokens(answer);
  setUser(answer.user);
}

export async function logIn(email, password, totp) {
  const answer = await send('POST', '/auth/login', { email, password, totp: totp || undefined });
  keepTokens(answer);
  setUser(answer.user);
}

export async function logOut() {
  const signedIn = localStorage.getItem(SIGNED_IN_KEY);
  dropSession();
  // The server revokes the cookie's token and clears the cookie.
  if (signedIn) await send('POST', '/auth/logout', {}).catch(() => {});
}

/** Picks up the session kept across reloads; resolves to the user, or null when signed out. */
export async function resumeSession() {
  if (!localStorage.getItem(SIGNED_IN_KEY) && !localStorage.getItem(LEGACY_REFRESH_KEY)) return null;
  try {
    await refreshSession();
    setUser(await api('GET', '/user/me'));
  } catch {
    dropSession();
  }
  return currentUser;
}
