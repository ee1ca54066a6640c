package in.neotrader.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import in.neotrader.migration.LegacyUniverse.Fill;
import in.neotrader.migration.LegacyUniverse.Order;
import in.neotrader.migration.LegacyUniverse.Rec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes one legacy tree from a random part of a {@link LegacyUniverse}, with the oddities real
 * trees have: numbers as strings and money strings, BOMs, bare arrays, repeated records, backup
 * copies; and, in a dirty tree, truncated and empty files, directories in place of files and
 * records with a broken field. Returns what the tree's valid records stand for, per user.
 */
final class RandomLegacyTree {
  /** What the valid records of the tree yield for one user, in the order the tool reads them. */
  record UserRecords(List<Order> orders, List<Fill> fills, boolean account) {
  }

  /** {@code clean}: nothing in it is rejected. {@code users}: email -> records, live always, paper accounts present. */
  record Facts(Path root, boolean clean, String oddities, Map<String, UserRecords> users) {
  }

  static final String LIVE = "legacy-live@localhost";

  private final Random random;
  private final boolean dirty;
  private final List<String> oddities = new ArrayList<>();
  private boolean clean = true;

  private RandomLegacyTree(Random random) {
    this.random = random;
    this.dirty = random.nextBoolean();
  }

  static String paperEmail(String folder) {
    return "unified_service".equals(folder) ? "legacy-paper@localhost" : "legacy-paper-" + folder + "@localhost";
  }

  static Facts write(LegacyUniverse u, Random random, Path root) throws IOException {
    return new RandomLegacyTree(random).tree(u, root);
  }

  private Facts tree(LegacyUniverse u, Path root) throws IOException {
    Map<String, UserRecords> users = new LinkedHashMap<>();
    List<Order> liveOrders = new ArrayList<>();
    List<Fill> liveFills = new ArrayList<>();
    // the trades file is always there: a tree without any legacy file is a usage error, not a case
    for (Rec t : file(root.resolve("data/trades_history.json"), u.trades, "qty", true,
        list -> random.nextInt(3) == 0 ? list : LegacyUniverse.JSON.createObjectNode().<ObjectNode>set("trades", list)
            .put("last_run", "2025-11-13T16:06:02.403950"))) {
      liveOrders.addAll(t.orders());
      liveFills.addAll(t.fills());
    }
    if (!u.pending.isEmpty() && random.nextInt(4) > 0) {
      for (Rec p : file(root.resolve("data/pending_orders.json"), u.pending, "qty", false,
          list -> random.nextBoolean() ? list : LegacyUniverse.JSON.createObjectNode().set("orders", list))) {
        liveOrders.addAll(p.orders());
      }
    }
    users.put(LIVE, new UserRecords(liveOrders, liveFills, false));
    for (String folder : LegacyUniverse.PAPER_FOLDERS) {
      Path account = root.resolve("paper_trading").resolve(folder);
      if (random.nextInt(4) > 0) {
        UserRecords records = paper(u, account, folder);
        if (Files.isDirectory(account)) { // every file of it may have been left out: then the tree has no such account
          users.put(paperEmail(folder), records);
        }
      }
    }
    backupCopies(root);
    return new Facts(root, clean, String.join(", ", oddities), users);
  }

  private UserRecords paper(LegacyUniverse u, Path dir, String folder) throws IOException {
    List<Order> orders = new ArrayList<>();
    List<Fill> fills = new ArrayList<>();
    Set<String> validOrderIds = new HashSet<>();
    boolean anyFile = false;
    if (random.nextInt(5) > 0) {
      anyFile = true;
      for (Rec o : file(dir.resolve("orders.json"), u.paperOrders.get(folder), "quantity", false, list -> list)) {
        orders.addAll(o.orders());
        validOrderIds.add(o.paperOrderId());
      }
    }
    if (random.nextInt(5) > 0 || !anyFile) {
      for (Rec x : file(dir.resolve("transactions.json"), u.paperTransactions.get(folder), "quantity", false, list -> list)) {
        if (!validOrderIds.contains(x.paperOrderId())) {
          orders.add(x.syntheticOrder()); // its order record is not in this tree: the tool makes one up
        }
        fills.addAll(x.fills());
      }
    }
    boolean account = false;
    if (random.nextBoolean()) {
      Rec a = new Rec(u.account, List.of(), List.of(), null, null);
      account = !file(dir.resolve("account.json"), List.of(a), "available_cash", false, list -> list.get(0)).isEmpty();
    }
    return new UserRecords(orders, fills, account);
  }

  /**
   * Writes a random part of {@code records} in the file's shape (maybe with a BOM, repeated
   * records, numbers as strings) and maybe damages it; returns the records the tool can read valid.
   */
  private List<Rec> file(Path file, List<Rec> records, String quantityField, boolean always, Function<ArrayNode, JsonNode> shape)
      throws IOException {
    if (!always && random.nextInt(10) == 0) {
      return List.of();
    }
    Files.createDirectories(file.getParent());
    String name = file.getParent().getFileName() + "/" + file.getFileName();
    if (dirty && random.nextInt(14) == 0) {
      Files.createDirectories(file);
      damage(name + " is a directory");
      return List.of();
    }
    List<Rec> valid = new ArrayList<>();
    ArrayNode list = LegacyUniverse.JSON.createArrayNode();
    for (Rec r : records) {
      if (records.size() > 1 && random.nextInt(4) == 0) {
        continue;
      }
      if (dirty && random.nextInt(18) == 0) {
        list.add(variant(r.json()).put(quantityField, "abc"));
        damage(name + " has a broken record");
        continue;
      }
      list.add(variant(r.json()));
      valid.add(r);
      if (random.nextInt(10) == 0) {
        list.add(variant(r.json()));
        odd(name + " repeats a record");
      }
    }
    byte[] text = LegacyUniverse.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(shape.apply(list));
    if (dirty && random.nextInt(10) == 0) {
      text = random.nextBoolean() ? new byte[0] : java.util.Arrays.copyOf(text, 1 + random.nextInt(Math.max(1, text.length - 2)));
      damage(name + (text.length == 0 ? " is empty" : " is truncated"));
      valid.clear();
    }
    if (random.nextInt(5) == 0) {
      byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
      byte[] with = new byte[text.length + 3];
      System.arraycopy(bom, 0, with, 0, 3);
      System.arraycopy(text, 0, with, 3, text.length);
      text = with;
    }
    Files.write(file, text);
    return valid;
  }

  /** A copy of a record with some numbers written as strings, prices as the older files' rupee strings. */
  private ObjectNode variant(ObjectNode record) {
    ObjectNode copy = record.deepCopy();
    for (var it = record.fields(); it.hasNext(); ) {
      var field = it.next();
      if (!field.getValue().isNumber() || random.nextInt(10) >= 3) {
        continue;
      }
      boolean money = field.getKey().equals("price") || field.getKey().equals("executed_price");
      copy.set(field.getKey(), new TextNode(money && random.nextBoolean()
          ? String.format(Locale.ROOT, "₹%,.2f", field.getValue().decimalValue())
          : field.getValue().decimalValue().toPlainString()));
    }
    return copy;
  }

  /** Backup folders and copies the legacy left: they are skipped or listed, never imported. */
  private void backupCopies(Path root) throws IOException {
    if (random.nextInt(3) == 0) {
      Path backup = root.resolve("paper_trading/unified_service_backup/orders.json");
      Files.createDirectories(backup.getParent());
      Files.writeString(backup, "[{\"order_id\": \"PT", StandardCharsets.UTF_8);
      odd("a backup paper folder");
    }
    if (random.nextInt(3) == 0) {
      Path backup = root.resolve("data_backups/20251101_120000/trades_history.json");
      Files.createDirectories(backup.getParent());
      Files.writeString(backup, "{\"trades\": [", StandardCharsets.UTF_8);
      odd("a data_backups copy");
    }
  }

  /** An oddity the tool reads through: nothing is rejected for it. */
  private void odd(String what) {
    oddities.add(what);
  }

  /** Damage the tool must reject: a strict import of this tree writes nothing. */
  private void damage(String what) {
    oddities.add(what);
    clean = false;
  }
}
