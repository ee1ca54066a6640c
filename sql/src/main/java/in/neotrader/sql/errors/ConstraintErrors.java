package in.neotrader.sql.errors;

import io.vertx.core.Future;
import io.vertx.pgclient.PgException;

/** The one place where PostgreSQL constraint failures become {@link WriteRefused} errors. */
public final class ConstraintErrors {
  private static final String UNIQUE = "23505";
  private static final String FOREIGN_KEY = "23503";
  private static final String CHECK = "23514";
  private static final String NOT_NULL = "23502";

  private ConstraintErrors() {
  }

  /** For {@code future.recover(ConstraintErrors::refused)}: fails with the domain error, or the original failure. */
  public static <T> Future<T> refused(Throwable failure) {
    return Future.failedFuture(translate(failure));
  }

  public static Throwable translate(Throwable failure) {
    if (!(failure instanceof PgException pg)) {
      return failure;
    }
    String constraint = pg.getConstraint() == null ? "" : pg.getConstraint();
    return switch (pg.getSqlState()) {
      case UNIQUE -> switch (constraint) {
        case "users_email_key" -> new EmailAlreadyRegistered(pg);
        case "orders_client_order_id_key" -> new DuplicateClientOrderId(pg.getDetail(), pg);
        default -> new DuplicateValue(constraint, pg.getDetail(), pg);
      };
      // user_id, actor_user_id, target_user_id: every reference to a user is named *user_id_fkey.
      case FOREIGN_KEY -> constraint.endsWith("user_id_fkey")
          ? new UnknownUser(pg.getDetail(), pg)
          : new InvalidValue(constraint, pg.getDetail(), pg);
      case CHECK -> new InvalidValue(constraint, pg.getErrorMessage(), pg);
      case NOT_NULL -> new InvalidValue(pg.getColumn(), pg.getErrorMessage(), pg);
      default -> failure;
    };
  }
}
