package in.neotrader.migration;

/** The operator contract's exit codes (DESIGN.md). */
public final class ExitCode {
  public static final int OK = 0;
  public static final int UNEXPECTED = 1;
  public static final int USAGE = 2;
  public static final int DATABASE_UNAVAILABLE = 3;
  public static final int DIFFERENCES = 4;

  private ExitCode() {
  }
}
