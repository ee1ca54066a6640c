package in.neotrader.migration.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.neotrader.migration.legacy.LegacyJson;
import in.neotrader.migration.legacy.SameJson;
import in.neotrader.migration.plan.PlannedPaperAccount;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * The paper account and the paper part of user_trading_config: one row each per user, inserted
 * on the first import and replaced (previous image kept for rollback) when the files changed.
 */
final class PaperAccountWriter {
  private static final String UPDATE_CONFIG = "UPDATE user_trading_config SET paper_initial_capital = coalesce(?, paper_initial_capital),"
      + " paper_slippage_min_pct = coalesce(?, paper_slippage_min_pct), paper_slippage_max_pct = coalesce(?, paper_slippage_max_pct),"
      + " paper_max_position_size = coalesce(?, paper_max_position_size), paper_settings = ?::jsonb, updated_at = now(),"
      + " migration_batch_id = coalesce(migration_batch_id, ?) WHERE user_id = ?";
  private final Connection c;
  private final long batchId;
  private final ArrayNode beforeImages;
  private final ObjectNode counts;

  PaperAccountWriter(Connection c, long batchId, ArrayNode beforeImages, ObjectNode counts) {
    this.c = c;
    this.batchId = batchId;
    this.beforeImages = beforeImages;
    this.counts = counts;
  }

  void write(PlannedPaperAccount a, long userId) throws SQLException {
    String stored = single("SELECT legacy::text FROM paper_accounts WHERE user_id = ?", userId);
    if (stored == null) {
      upsertAccount(a, userId, "INSERT INTO paper_accounts (initial_capital, available_cash, margin_used, realised_pnl,"
          + " unrealised_pnl, created_at, updated_at, legacy, migration_batch_id, user_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)");
      counts.put("paper_accounts", 1);
    } else if (!SameJson.same(LegacyJson.parse(stored), a.legacy())) {
      BeforeImages.record(c, beforeImages, "paper_accounts", userId);
      upsertAccount(a, userId, "UPDATE paper_accounts SET initial_capital = ?, available_cash = ?, margin_used = ?,"
          + " realised_pnl = ?, unrealised_pnl = ?, created_at = ?, updated_at = ?, legacy = ?::jsonb,"
          + " migration_batch_id = coalesce(migration_batch_id, ?) WHERE user_id = ?");
      counts.put("paper_accounts_updated", 1);
    }
    if (a.paperSettings() == null) {
      return;
    }
    String settings = single("SELECT coalesce(paper_settings::text, '') FROM user_trading_config WHERE user_id = ?", userId);
    // A user this batch created has a config row of this batch (its strategy) and nothing to keep a before-image of.
    boolean createdHere = single("SELECT 'yes' FROM user_trading_config WHERE user_id = ? AND paper_settings IS NULL"
        + " AND migration_batch_id = " + batchId, userId) != null;
    if (settings == null || createdHere) {
      config(a, userId, createdHere ? UPDATE_CONFIG : "INSERT INTO user_trading_config (paper_initial_capital, paper_slippage_min_pct, paper_slippage_max_pct,"
          + " paper_max_position_size, paper_settings, migration_batch_id, user_id) VALUES (coalesce(?, 100000), coalesce(?, 0.1),"
          + " coalesce(?, 0.3), coalesce(?, 50000), ?::jsonb, ?, ?)");
      counts.put("user_trading_config", 1);
    } else if (settings.isEmpty() || !SameJson.same(LegacyJson.parse(settings), a.paperSettings())) {
      BeforeImages.record(c, beforeImages, "user_trading_config", userId);
      config(a, userId, UPDATE_CONFIG);
      counts.put("user_trading_config_updated", 1);
    }
  }

  private void upsertAccount(PlannedPaperAccount a, long userId, String sql) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setBigDecimal(1, a.initialCapital());
      s.setBigDecimal(2, a.availableCash());
      s.setBigDecimal(3, a.marginUsed());
      s.setBigDecimal(4, a.realisedPnl());
      s.setBigDecimal(5, a.unrealisedPnl());
      s.setTimestamp(6, timestamp(a.createdAt()));
      s.setTimestamp(7, timestamp(a.updatedAt()));
      s.setString(8, a.legacy().toString());
      s.setLong(9, batchId);
      s.setLong(10, userId);
      s.executeUpdate();
    }
  }

  private void config(PlannedPaperAccount a, long userId, String sql) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setBigDecimal(1, a.configInitialCapital());
      // The legacy has one slippage figure; the new config a range, so both ends take it.
      s.setBigDecimal(2, a.slippagePct());
      s.setBigDecimal(3, a.slippagePct());
      s.setBigDecimal(4, a.maxPositionSize());
      s.setString(5, a.paperSettings().toString());
      s.setLong(6, batchId);
      s.setLong(7, userId);
      s.executeUpdate();
    }
  }

  private String single(String sql, long userId) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, userId);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  private static Timestamp timestamp(Instant at) {
    return Timestamp.from(at == null ? Instant.now() : at);
  }
}
