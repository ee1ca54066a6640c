package in.neotrader.verticles.marketdata.ingest;

/** What one attempt at a bhavcopy day came to. */
public enum DayOutcome {
  /** Written (or already in market_data_ingests). */
  INGESTED,
  /** 404: not published yet (today) or never (an ad-hoc closure, recorded no_file for a past day). */
  NO_FILE,
  /** The file was corrupt or truncated: refused whole, nothing written, recorded 'refused'. */
  REFUSED
}
