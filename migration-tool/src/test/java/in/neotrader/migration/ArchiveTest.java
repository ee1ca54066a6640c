package in.neotrader.migration;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.sql.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Archive moves the files only after validation passed. */
class ArchiveTest {
  @TempDir
  Path dir;

  @Test
  void archivesOnlyWhatValidates() throws IOException {
    Tool tool = new Tool(TestDatabase.create(), dir.resolve("reports"));
    Path source = Tool.copyOfSample(dir.resolve("legacy"));
    assertThat(tool.run("archive", "--source", source.toString())).isEqualTo(4);
    assertThat(source.resolve("data/trades_history.json")).exists();

    assertThat(tool.run("import", "--source", source.toString())).isEqualTo(0);
    assertThat(tool.run("archive", "--source", source.toString())).isEqualTo(0);
    assertThat(source.resolve("data/trades_history.json")).doesNotExist();
    try (Stream<Path> archived = Files.walk(source.resolve("data/archive"))) {
      assertThat(archived.filter(Files::isRegularFile).count()).isEqualTo(10);
    }
  }
}
