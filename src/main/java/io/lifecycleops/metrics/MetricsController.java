package io.lifecycleops.metrics;

import io.lifecycleops.web.FieldErrors;
import io.lifecycleops.web.Pages;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/metrics/*}: the lifecycle's metrics for a period, as JSON or, with {@code Accept: text/csv}, CSV
 * (docs/metrics.md defines each). Managers and admins only (ApiAccessRules).
 */
@RestController
class MetricsController {

  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
  /** A filter's value: what the facts hold (a lead's source is up to 200 characters of text), no control characters. */
  private static final Pattern NAME = Pattern.compile("[^\\p{Cntrl}\u2028\u2029]{1,200}");

  private final FunnelMetrics funnel;
  private final CycleTimeMetrics cycleTimes;
  private final SlaMetrics sla;
  private final RetentionMetrics retention;
  private final ForecastMetrics forecast;
  private final StuckWork stuck;

  MetricsController(FunnelMetrics funnel, CycleTimeMetrics cycleTimes, SlaMetrics sla, RetentionMetrics retention,
      ForecastMetrics forecast, StuckWork stuck) {
    this.funnel = funnel;
    this.cycleTimes = cycleTimes;
    this.sla = sla;
    this.retention = retention;
    this.forecast = forecast;
    this.stuck = stuck;
  }

  @GetMapping(path = "/api/metrics/forecast", produces = {"application/json", "text/csv"})
  ForecastMetrics.Answer forecast(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String owner, @RequestParam(required = false) String segment) {
    FieldErrors errors = new FieldErrors();
    name("owner", owner, errors);
    name("segment", segment, errors);
    MetricsPeriod period = MetricsPeriod.parse(from, to, errors);
    return forecast.of(period, owner, segment);
  }

  /**
   * Stuck work is what is late now; with {@code from} and {@code to}, what became late in that period and still is.
   * {@code limit} bounds the answer as it bounds a timeline's page ({@link Pages#limit}).
   */
  @GetMapping(path = "/api/metrics/stuck", produces = {"application/json", "text/csv"})
  StuckWork.Answer stuck(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String limit) {
    Integer requested = null;
    if (limit != null) {
      try {
        requested = Integer.valueOf(limit.trim());
      } catch (NumberFormatException notANumber) {
        requested = 0;   // refused by Pages.limit, naming the field
      }
    }
    int size = Pages.limit(requested);
    MetricsPeriod period = from == null && to == null ? null : MetricsPeriod.parse(from, to, new FieldErrors());
    return stuck.now(period, size);
  }

  @GetMapping(path = "/api/metrics/funnel", produces = {"application/json", "text/csv"})
  FunnelMetrics.Answer funnel(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String segment, @RequestParam(required = false) String region,
      @RequestParam(required = false) String source, @RequestParam(required = false) String groupBy) {
    FieldErrors errors = new FieldErrors();
    Map<String, String> filters = new LinkedHashMap<>();
    filter("segment", segment, filters, errors);
    filter("region", region, filters, errors);
    filter("source", source, filters, errors);
    if (groupBy != null && !FunnelMetrics.DIMENSIONS.contains(groupBy)) {
      errors.add("groupBy", "must be one of " + FunnelMetrics.DIMENSIONS);
    }
    MetricsPeriod period = MetricsPeriod.parse(from, to, errors);
    return funnel.of(period, filters, groupBy);
  }

  @GetMapping(path = "/api/metrics/cycle-times", produces = {"application/json", "text/csv"})
  CycleTimeMetrics.Answer cycleTimes(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String segment, @RequestParam(required = false) String process) {
    FieldErrors errors = new FieldErrors();
    name("segment", segment, errors);
    name("process", process, errors);
    MetricsPeriod period = MetricsPeriod.parse(from, to, errors);
    return cycleTimes.of(period, process, segment);
  }

  @GetMapping(path = "/api/metrics/sla", produces = {"application/json", "text/csv"})
  SlaMetrics.Answer sla(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String groupBy) {
    FieldErrors errors = new FieldErrors();
    String rows = groupBy == null ? "handoff" : groupBy;
    if (!SlaMetrics.GROUP_BY.containsKey(rows)) {
      errors.add("groupBy", "must be one of " + SlaMetrics.GROUP_BY.keySet().stream().sorted().toList());
    }
    MetricsPeriod period = MetricsPeriod.parse(from, to, errors);
    return sla.of(period, rows);
  }

  @GetMapping(path = "/api/metrics/retention", produces = {"application/json", "text/csv"})
  RetentionMetrics.Answer retention(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String currency) {
    FieldErrors errors = new FieldErrors();
    if (currency == null || !CURRENCY.matcher(currency).matches()) {
      errors.add("currency", "is required: one ISO 4217 code such as EUR (amounts are never converted)");
    }
    MetricsPeriod period = MetricsPeriod.parse(from, to, errors);
    return retention.of(period, currency);
  }

  private static void filter(String field, String value, Map<String, String> filters, FieldErrors errors) {
    if (name(field, value, errors)) {
      filters.put(field, value);
    }
  }

  private static boolean name(String field, String value, FieldErrors errors) {
    if (value == null) {
      return false;
    }
    if (!NAME.matcher(value).matches()) {
      errors.add(field, "must be 1 to 200 characters of text, without control characters");
      return false;
    }
    return true;
  }
}
