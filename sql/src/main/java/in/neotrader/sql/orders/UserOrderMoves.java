package in.neotrader.sql.orders;

import java.time.Instant;
import java.util.List;

/** One user's moves; {@code leaseEpoch} null for an unfenced move (paper trading without a lease, imports). */
public record UserOrderMoves(long userId, Long leaseEpoch, List<OrderStatusUpdate> updates, Instant at) {}
