package in.neotrader.web.ops;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.micrometer.PrometheusScrapingHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** /metrics for Prometheus ({@link MetricsAccess} says who may read it) and the OpenAPI document of the whole API at /api/v1/openapi.yaml. */
public final class OperationsRoutes {
  public static final String OPENAPI_RESOURCE = "openapi.yaml";
  private final PrometheusMeterRegistry registry;
  private final TradingMetrics tradingMetrics;
  private final MetricsAccess access;
  private final byte[] openApi;

  public OperationsRoutes(PrometheusMeterRegistry registry, TradingMetrics tradingMetrics, MetricsAccess access) {
    this.registry = registry;
    this.tradingMetrics = tradingMetrics;
    this.access = access;
    this.openApi = openApiDocument();
  }

  public void mount(Router router) {
    router.get("/metrics").handler(access::check).handler(ctx -> tradingMetrics.refresh().onComplete(ar -> ctx.next()))
        .handler(PrometheusScrapingHandler.create(registry));
    router.get("/api/v1/openapi.yaml").handler(this::openApi);
  }

  private void openApi(RoutingContext ctx) {
    ctx.response().putHeader("content-type", "application/yaml").end(io.vertx.core.buffer.Buffer.buffer(openApi));
  }

  private static byte[] openApiDocument() {
    try (InputStream in = OperationsRoutes.class.getClassLoader().getResourceAsStream(OPENAPI_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(OPENAPI_RESOURCE + " is missing from the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
