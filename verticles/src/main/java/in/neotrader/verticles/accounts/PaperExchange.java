package in.neotrader.verticles.accounts;

import in.neotrader.core.broker.Broker;
import in.neotrader.core.calendar.NseCalendar;
import in.neotrader.core.clock.TradingClock;
import in.neotrader.core.instruments.Instruments;
import in.neotrader.core.marketdata.MarketData;
import in.neotrader.core.orders.AmoLimit;
import in.neotrader.core.paper.PaperBroker;
import io.vertx.core.Future;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * A paper account and the exchange days it has seen: the AMO queue is released at the first look after
 * 09:15, open limit orders are matched during the session, DAY orders expire at the first look after 15:30.
 */
final class PaperExchange implements TradingAccount {

  private static final LocalTime OPEN = LocalTime.of(9, 15);
  private static final LocalTime CLOSE = LocalTime.of(15, 30);

  private final PaperBroker broker;
  private final MarketData marketData;
  private final NseCalendar calendar;
  private final Instruments instruments;
  private final AmoLimit amoLimit;
  private LocalDate openedDay;
  private LocalDate closedDay;

  PaperExchange(PaperBroker broker, MarketData marketData, NseCalendar calendar, Instruments instruments,
      AmoLimit amoLimit, Instant startedAt) {
    this.broker = broker;
    this.marketData = marketData;
    this.calendar = calendar;
    this.instruments = instruments;
    this.amoLimit = amoLimit;
    ZonedDateTime ist = startedAt.atZone(TradingClock.IST);
    // Started after today's open: an AMO still queued was placed after the close, for the next session.
    this.openedDay = ist.toLocalTime().isBefore(OPEN) ? null : ist.toLocalDate();
  }

  @Override
  public Broker broker() {
    return broker;
  }

  @Override
  public MarketData marketData() {
    return marketData;
  }

  /** The paper broker debits cash at the fill: an AMO pending overnight has not touched it. */
  @Override
  public boolean fundsExcludePendingBuys() {
    return false;
  }

  @Override
  public String source() {
    return "paper";
  }

  @Override
  public Instruments instruments() {
    return instruments;
  }

  @Override
  public AmoLimit amoLimit() {
    return amoLimit;
  }

  @Override
  public Future<Void> catchUp(Instant now) {
    ZonedDateTime ist = now.atZone(TradingClock.IST);
    LocalDate day = ist.toLocalDate();
    if (!calendar.isTradingDay(day) || ist.toLocalTime().isBefore(OPEN)) {
      return Future.succeededFuture();
    }
    Future<?> opened = day.equals(openedDay) ? Future.succeededFuture() : broker.openSession(day);
    openedDay = day;
    return opened.compose(v -> {
      if (ist.toLocalTime().isBefore(CLOSE)) {
        return broker.matchOpenOrders();
      }
      if (!day.equals(closedDay)) {
        closedDay = day;
        broker.closeSession();
      }
      return Future.succeededFuture();
    }).map(v -> {
      // The order book carries the fills; the verticle persists them from there.
      broker.takeFills();
      return null;
    });
  }
}
