package in.neotrader.verticles.marketdata.ingest.fetch;

/** An outside source that could not be reached or kept answering errors. */
public final class FetchFailed extends RuntimeException {
  public FetchFailed(String message) {
    super(message);
  }
}
