package in.neotrader.verticles.marketdata.fake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Bhavcopy zips in NSE's exact formats, built in the test (no big files committed). */
public final class BhavcopyZips {
  public static final String UDIFF_HEADER = "TradDt,BizDt,Sgmt,Src,FinInstrmTp,FinInstrmId,ISIN,TckrSymb,SctySrs,"
      + "XpryDt,FininstrmActlXpryDt,StrkPric,OptnTp,FinInstrmNm,OpnPric,HghPric,LwPric,ClsPric,LastPric,PrvsClsgPric,"
      + "UndrlygPric,SttlmPric,OpnIntrst,ChngInOpnIntrst,TtlTradgVol,TtlTrfVal,TtlNbOfTxsExctd,SsnId,NewBrdLotQty,"
      + "Rmks,Rsvd1,Rsvd2,Rsvd3,Rsvd4";
  private static final String LEGACY_HEADER = "SYMBOL,SERIES,OPEN,HIGH,LOW,CLOSE,LAST,PREVCLOSE,TOTTRDQTY,TOTTRDVAL,"
      + "TIMESTAMP,TOTALTRADES,ISIN,";

  /** One line of the file. */
  public record Line(String symbol, String series, String isin, String token, String open, String high, String low,
      String close, String prevClose, long volume) {

    /** A line whose open/high/low are derived from the close. */
    public static Line of(String symbol, String series, String isin, String token, String close, String prevClose,
        long volume) {
      BigDecimal c = new BigDecimal(close);
      return new Line(symbol, series, isin, token, c.toPlainString(), c.multiply(new BigDecimal("1.01")).toPlainString(),
          c.multiply(new BigDecimal("0.99")).toPlainString(), close, prevClose, volume);
    }
  }

  private BhavcopyZips() {
  }

  /** The UDiFF file of {@code day}, with a futures line (Sgmt FO) that is not an equity. */
  public static byte[] udiff(LocalDate day, List<Line> lines) {
    StringBuilder csv = new StringBuilder(UDIFF_HEADER).append('\n');
    for (Line l : lines) {
      csv.append(day).append(',').append(day).append(",CM,NSE,STK,").append(l.token()).append(',').append(l.isin())
          .append(',').append(l.symbol()).append(',').append(l.series()).append(",,,,,").append(l.symbol())
          .append(" LTD,").append(l.open()).append(',').append(l.high()).append(',').append(l.low()).append(',')
          .append(l.close()).append(',').append(l.close()).append(',').append(l.prevClose()).append(",,")
          .append(l.close()).append(",,,").append(l.volume()).append(",1000000.00,1234,F1,1,,,,,\n");
    }
    csv.append(day).append(',').append(day).append(",FO,NSE,STF,35001,INE002A01018,RELIANCE,,")
        .append(day.plusDays(20)).append(',').append(day.plusDays(20))
        .append(",,,RELIANCE FUT,2900,2950,2890,2940,2940,2900,2935,2940,100,10,5000,1.0,100,F1,250,,,,,\n");
    return zip(udiffName(day).replace(".zip", ""), csv.toString());
  }

  /** The old-format file of {@code day}: dates like 05-JUL-2024, each line ending in an empty column. */
  public static byte[] legacy(LocalDate day, List<Line> lines) {
    String stamp = DateTimeFormatter.ofPattern("dd-MMM-yyyy", Locale.ENGLISH).format(day).toUpperCase(Locale.ROOT);
    StringBuilder csv = new StringBuilder(LEGACY_HEADER).append('\n');
    for (Line l : lines) {
      csv.append(String.join(",", l.symbol(), l.series(), l.open(), l.high(), l.low(), l.close(), l.close(),
          l.prevClose(), String.valueOf(l.volume()), "1000000.00", stamp, "1234", l.isin())).append(",\n");
    }
    return zip("cm" + stamp.replace("-", "") + "bhav.csv", csv.toString());
  }

  public static String udiffName(LocalDate day) {
    return "BhavCopy_NSE_CM_0_0_0_" + DateTimeFormatter.BASIC_ISO_DATE.format(day) + "_F_0000.csv.zip";
  }

  /** The first {@code keep} bytes only: a download cut short. */
  public static byte[] truncated(byte[] zip, int keep) {
    return Arrays.copyOf(zip, keep);
  }

  /** A zip of one entry holding {@code csv} as written (odd files: quoting, CRLF, a BOM, short lines). */
  public static byte[] zip(String entryName, String csv) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(entryName));
      zip.write(csv.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
