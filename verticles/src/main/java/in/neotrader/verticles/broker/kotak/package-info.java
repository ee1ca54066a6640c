/**
 * The Kotak Neo Trade API adapter: {@link in.neotrader.verticles.broker.kotak.KotakNeoBroker}
 * implements the core {@code Broker} port for one user.
 *
 * <pre>{@code
 * KotakSettings settings = KotakSettings.fromEnvironment(System.getenv());   // KOTAK_BASE_URL = login host
 * KotakNeoBroker broker = new KotakNeoBroker(vertx, credentials, settings, instrumentTokens);
 * broker.placeOrder(request).recover(e -> ...);   // TIMEOUT = uncertain: call findOrder(PlacementQuery.of(request, sentAt))
 * broker.sessionState();                          // NONE / VALID / EXPIRED / NEEDS_LOGIN for the UI banner
 * broker.close();                                 // when the user's verticle stops
 * }</pre>
 *
 * Tests use {@code in.neotrader.verticles.broker.kotak.fake.FakeKotakNeoServer} (test sources).
 */
package in.neotrader.verticles.broker.kotak;
