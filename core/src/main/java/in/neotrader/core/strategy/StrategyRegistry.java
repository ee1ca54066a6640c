package in.neotrader.core.strategy;

import in.neotrader.core.strategy.legacy.LegacyDipStrategy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The strategies a trading config may name; a new one is one package plus one line in {@link #standard()}. */
public final class StrategyRegistry {

  /** What a new user trades unless they choose. */
  public static final String DEFAULT = DipStrategy.NAME;

  private static final StrategyRegistry STANDARD = new StrategyRegistry(Map.of())
      .with(new DipStrategy())
      .with(new LegacyDipStrategy());

  private final Map<String, Strategy> byName;

  private StrategyRegistry(Map<String, Strategy> byName) {
    this.byName = byName;
  }

  /** The strategies of the product. */
  public static StrategyRegistry standard() {
    return STANDARD;
  }

  /** This registry plus {@code strategy}; a name already taken is refused. */
  public StrategyRegistry with(Strategy strategy) {
    if (byName.containsKey(strategy.name())) {
      throw new IllegalArgumentException("strategy " + strategy.name() + " is already registered");
    }
    Map<String, Strategy> more = new LinkedHashMap<>(byName);
    more.put(strategy.name(), strategy);
    return new StrategyRegistry(more);
  }

  public Optional<Strategy> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** The strategy of that name; a name no one registered is a programming or data error. */
  public Strategy get(String name) {
    return find(name).orElseThrow(() -> new IllegalArgumentException("unknown strategy '" + name
        + "' (known: " + String.join(", ", names()) + ")"));
  }

  public List<String> names() {
    return List.copyOf(byName.keySet());
  }
}
