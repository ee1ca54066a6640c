package in.neotrader.verticles.marketdata.universe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default universe file: the bundled list, an operator's niftyindices.com download, malformed files refused. */
class UniverseFileTest {

  private static final String TITLE = "# universe: NIFTY 500, as of 2025-09-30\n";

  @TempDir
  Path dir;

  @Test
  void theBundledListIsTheNiftyFiftyAndIsTheConfigFile() throws Exception {
    DefaultUniverse bundled = UniverseFile.fromConfig(new JsonObject());
    assertThat(bundled.name()).isEqualTo("NIFTY 50");
    assertThat(bundled.asOf()).isEqualTo(LocalDate.of(2025, 4, 30));
    assertThat(bundled.symbols()).hasSize(50).contains("RELIANCE", "M&M", "BAJAJ-AUTO");
    assertThat(UniverseFile.load(Path.of("..", "config", "universe.csv"))).usingRecursiveComparison()
        .ignoringFields("origin").isEqualTo(bundled);
  }

  @Test
  void anOperatorsFileAsNiftyIndicesPublishesItIsReadFromItsSymbolColumn() throws Exception {
    Path file = write(TITLE + "Company Name,Industry,Symbol,Series,ISIN Code\n"
        + "\"Bajaj Holdings & Investment, Ltd.\",Financial Services,BAJAJHLDNG,EQ,INE118A01012\n"
        + "Mahindra & Mahindra Ltd.,Automobile and Auto Components,M&M,EQ,INE101A01026\n");
    DefaultUniverse universe = UniverseFile.fromConfig(new JsonObject().put(UniverseFile.KEY, file.toString()));
    assertThat(universe.symbols()).containsExactly("BAJAJHLDNG", "M&M");
    assertThat(universe.describe()).isEqualTo("NIFTY 500 as of 2025-09-30, 2 symbols, from " + file);
  }

  @Test
  void aMalformedSymbolIsRefusedNamingTheFileAndTheLine() throws Exception {
    Path file = write(TITLE + "# a comment\nSymbol\nSBIN\n\nReliance Industries\n");
    assertThatThrownBy(() -> UniverseFile.fromConfig(new JsonObject().put(UniverseFile.KEY, file.toString())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("universe file " + file + " line 6: 'Reliance Industries' is not an NSE symbol "
            + "(capitals, digits, & and -, at most 20)");
  }

  @Test
  void aFileWithoutItsTitleHeaderOrSymbolsOrWithATwiceListedSymbolIsRefused() {
    assertThat(refusal("Symbol\nSBIN\n")).isEqualTo("universe file u.csv line 1: the first line must be "
        + "'# universe: <name>, as of <yyyy-mm-dd>'");
    assertThat(refusal("# universe: NIFTY 50, as of 30-04-2025\nSymbol\nSBIN\n"))
        .isEqualTo("universe file u.csv line 1: '30-04-2025' is not a date (yyyy-mm-dd)");
    assertThat(refusal(TITLE + "Ticker,Series\nSBIN,EQ\n"))
        .isEqualTo("universe file u.csv line 2: the header row has no Symbol column");
    assertThat(refusal(TITLE + "Symbol\nSBIN\nITC\nSBIN\n"))
        .isEqualTo("universe file u.csv line 5: SBIN is listed twice (first on line 3)");
    assertThat(refusal(TITLE + "Symbol\n")).isEqualTo("universe file u.csv line 2: no symbols listed");
  }

  @Test
  void aMissingFileIsRefusedNamingIt() {
    Path absent = dir.resolve("absent.csv");
    assertThatThrownBy(() -> UniverseFile.load(absent)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("universe file " + absent + " cannot be read (UNIVERSE_FILE)");
  }

  private static String refusal(String text) {
    try {
      UniverseFile.parse(text, "u.csv");
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
    throw new AssertionError("accepted: " + text);
  }

  private Path write(String text) throws Exception {
    return Files.writeString(dir.resolve("universe.csv"), text);
  }
}
