package io.lifecycleops.metrics;

import java.util.List;

/** A metric's answer as one table, for {@code Accept: text/csv}: a header and rows of plain values. */
interface CsvExport {

  List<String> csvHeader();

  List<List<Object>> csvRows();
}
