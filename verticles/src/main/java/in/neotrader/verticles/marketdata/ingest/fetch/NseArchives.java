package in.neotrader.verticles.marketdata.ingest.fetch;

import in.neotrader.verticles.marketdata.ingest.MarketDataSettings;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The two URL patterns of the NSE CM bhavcopy (MARKET_DATA §1) and the day a file name stands for. */
public final class NseArchives {
  /** The first trading day published in the UDiFF format. */
  public static final LocalDate UDIFF_FROM = LocalDate.of(2024, 7, 8);
  private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("yyyyMMdd");
  private static final DateTimeFormatter LEGACY = DateTimeFormatter.ofPattern("ddMMMyyyy", Locale.ENGLISH);
  private static final Pattern UDIFF_NAME = Pattern.compile("BhavCopy_NSE_CM_0_0_0_(\\d{8})_F_0000\\.csv\\.zip");
  private static final Pattern LEGACY_NAME = Pattern.compile("(?i)cm(\\d{2}[A-Z]{3}\\d{4})bhav\\.csv\\.zip");

  private final String udiffBase;
  private final String legacyBase;

  public NseArchives(MarketDataSettings settings) {
    this.udiffBase = settings.nseArchivesUrl();
    this.legacyBase = settings.nseLegacyUrl();
  }

  public static String fileName(LocalDate day) {
    if (!day.isBefore(UDIFF_FROM)) {
      return "BhavCopy_NSE_CM_0_0_0_" + COMPACT.format(day) + "_F_0000.csv.zip";
    }
    return "cm" + LEGACY.format(day).toUpperCase(Locale.ROOT) + "bhav.csv.zip";
  }

  public String url(LocalDate day) {
    if (!day.isBefore(UDIFF_FROM)) {
      return udiffBase + "/content/cm/" + fileName(day);
    }
    String month = day.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH)
        .toUpperCase(Locale.ROOT);
    return legacyBase + "/content/historical/EQUITIES/" + day.getYear() + "/" + month + "/" + fileName(day);
  }

  /** The day of a bhavcopy file name in either pattern; empty for any other name. */
  public static Optional<LocalDate> dayOf(String fileName) {
    Matcher u = UDIFF_NAME.matcher(fileName);
    if (u.matches()) {
      return Optional.of(LocalDate.parse(u.group(1), COMPACT));
    }
    Matcher l = LEGACY_NAME.matcher(fileName);
    if (l.matches()) {
      String d = l.group(1);
      return Optional.of(LocalDate.parse(d.substring(0, 3) + d.substring(3, 5).toLowerCase(Locale.ROOT) + d.substring(5),
          LEGACY));
    }
    return Optional.empty();
  }
}
