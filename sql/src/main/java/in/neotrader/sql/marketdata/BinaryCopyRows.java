package in.neotrader.sql.marketdata;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import org.postgresql.copy.CopyIn;

/**
 * Rows for {@code COPY ... FROM STDIN WITH (FORMAT binary)}, sent in chunks: the server then reads each value
 * as it stores it instead of parsing its text (a date's and a numeric's text input were most of the COPY's own
 * work). Call {@link #row} with the row's field count, then one value method per field, then {@link #finish}.
 */
final class BinaryCopyRows {
  private static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0,
      0, 0, 0, 0, 0, 0, 0, 0};
  private static final int CHUNK = 1 << 16;
  private static final long POSTGRES_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();
  private static final int NUMERIC_NEGATIVE = 0x4000;
  private static final BigInteger NUMERIC_BASE = BigInteger.valueOf(10_000);

  private final CopyIn copy;
  private byte[] buffer = new byte[CHUNK + 1024];
  private int length;
  // Base-10000 digits of one numeric, least significant first: five hold any long.
  private final short[] longGroups = new short[5];

  BinaryCopyRows(CopyIn copy) {
    this.copy = copy;
    System.arraycopy(HEADER, 0, buffer, 0, HEADER.length);
    length = HEADER.length;
  }

  BinaryCopyRows row(int fields) throws SQLException {
    if (length >= CHUNK) {
      flush();
    }
    return int16(fields);
  }

  BinaryCopyRows text(String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    int32(bytes.length);
    ensure(bytes.length);
    System.arraycopy(bytes, 0, buffer, length, bytes.length);
    length += bytes.length;
    return this;
  }

  BinaryCopyRows date(LocalDate day) {
    return int32(4).int32((int) (day.toEpochDay() - POSTGRES_EPOCH_DAY));
  }

  BinaryCopyRows int8(long value) {
    int32(8);
    return int32((int) (value >>> 32)).int32((int) value);
  }

  /** PostgreSQL's numeric wire form: digit count, weight, sign, display scale, then base-10000 digits. */
  BinaryCopyRows numeric(BigDecimal value) {
    if (value == null) {
      return int32(-1);
    }
    BigDecimal v = value.scale() < 0 ? value.setScale(0) : value;
    int scale = v.scale();
    int pad = (4 - scale % 4) % 4;
    int fractionGroups = (scale + pad) / 4;
    int count = 0;
    BigInteger unscaled = v.unscaledValue().abs();
    boolean small = unscaled.bitLength() < 50;
    short[] groups = small ? longGroups : new short[unscaled.bitLength() / 13 + 3];
    if (small) {
      // 10^3 * 2^50 still fits a long: no BigInteger arithmetic for prices.
      long digits = unscaled.longValue() * (pad == 0 ? 1 : pad == 1 ? 10 : pad == 2 ? 100 : 1000);
      while (digits != 0) {
        groups[count++] = (short) (digits % 10_000);
        digits /= 10_000;
      }
    } else {
      BigInteger digits = unscaled.multiply(BigInteger.TEN.pow(pad));
      while (digits.signum() != 0) {
        BigInteger[] qr = digits.divideAndRemainder(NUMERIC_BASE);
        groups[count++] = qr[1].shortValue();
        digits = qr[0];
      }
    }
    int weight = count == 0 ? 0 : count - fractionGroups - 1;
    int32(8 + 2 * count).int16(count).int16(weight).int16(v.signum() < 0 ? NUMERIC_NEGATIVE : 0).int16(scale);
    for (int i = count - 1; i >= 0; i--) {
      int16(groups[i]);
    }
    return this;
  }

  /** The trailer, the last chunk and the end of the COPY; the rows the server stored. */
  long finish() throws SQLException {
    int16(-1);
    flush();
    return copy.endCopy();
  }

  private void flush() throws SQLException {
    copy.writeToCopy(buffer, 0, length);
    length = 0;
  }

  private BinaryCopyRows int16(int value) {
    ensure(2);
    buffer[length++] = (byte) (value >>> 8);
    buffer[length++] = (byte) value;
    return this;
  }

  private BinaryCopyRows int32(int value) {
    ensure(4);
    buffer[length++] = (byte) (value >>> 24);
    buffer[length++] = (byte) (value >>> 16);
    buffer[length++] = (byte) (value >>> 8);
    buffer[length++] = (byte) value;
    return this;
  }

  private void ensure(int more) {
    if (length + more > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
    }
  }
}
