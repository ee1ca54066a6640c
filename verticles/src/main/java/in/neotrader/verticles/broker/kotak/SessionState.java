package in.neotrader.verticles.broker.kotak;

/** What the UI banner shows about a user's broker session. */
public enum SessionState {
  /** Not logged in yet; the first broker call logs in. */
  NONE,
  /** Logged in; calls use the trade token. */
  VALID,
  /** The broker ended the session and a fresh login failed too; the next call tries again. */
  EXPIRED,
  /** The broker refused the login (credentials, TOTP or MPIN): the user must fix them. */
  NEEDS_LOGIN,
  /** Logged in, but Kotak refuses orders from this address (not the registered static IP): orders are paused. */
  IP_NOT_REGISTERED
}
