package io.lifecycleops.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Fractions and figures as the metrics answer them: 0..1 with four decimals, null where there is nothing to divide by. */
final class Ratios {

  private Ratios() {}

  static Double of(double part, double whole) {
    return whole == 0 ? null : round(part / whole, 4);
  }

  /** A nullable number column, rounded: SQL null (e.g. a percentile of nothing) stays null. */
  static Double column(java.sql.ResultSet rs, String column, int decimals) throws java.sql.SQLException {
    Object value = rs.getObject(column);
    return value == null ? null : round(((Number) value).doubleValue(), decimals);
  }

  static Double round(Double value, int decimals) {
    return value == null ? null : BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
  }
}
