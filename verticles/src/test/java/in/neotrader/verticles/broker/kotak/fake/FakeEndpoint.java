package in.neotrader.verticles.broker.kotak.fake;

/** The Kotak Neo endpoints {@link FakeKotakNeoServer} serves, for counting calls and scripting faults. */
public enum FakeEndpoint {
  LOGIN, VALIDATE, PLACE, MODIFY, CANCEL, ORDER_BOOK, TRADES, POSITIONS, HOLDINGS, LIMITS, QUOTES, CLIENT_IP
}
