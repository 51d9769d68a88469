package io.lifecycleops.metrics;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;

/**
 * Writes metric answers as RFC 4180 CSV (comma, CRLF, quotes where a value needs them; numbers as in JSON, empty for
 * none) when the caller asks for {@code text/csv}.
 */
@Component
class CsvMessageConverter extends AbstractHttpMessageConverter<CsvExport> {

  static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
  /** A quote, comma or any line break (CR, LF, and the Unicode line and paragraph separators). */
  private static final java.util.regex.Pattern NEEDS_QUOTES = java.util.regex.Pattern.compile("[\",\r\n\u0085\u2028\u2029]");

  CsvMessageConverter() {
    super(TEXT_CSV);
  }

  @Override
  protected boolean supports(Class<?> type) {
    return CsvExport.class.isAssignableFrom(type);
  }

  @Override
  protected boolean canRead(MediaType mediaType) {
    return false;
  }

  @Override
  protected CsvExport readInternal(Class<? extends CsvExport> type, HttpInputMessage input) {
    throw new HttpMessageNotReadableException("CSV is an answer format only", input);
  }

  @Override
  protected void writeInternal(CsvExport table, HttpOutputMessage output) throws IOException {
    Writer out = new OutputStreamWriter(output.getBody(), StandardCharsets.UTF_8);
    out.write(line(List.copyOf(table.csvHeader())));
    for (List<Object> row : table.csvRows()) {
      out.write(line(row));
    }
    out.flush();
  }

  private static String line(List<?> values) {
    return values.stream().map(CsvMessageConverter::cell).collect(Collectors.joining(",")) + "\r\n";
  }

  private static String cell(Object value) {
    if (value == null) {
      return "";
    }
    String text = String.valueOf(value);
    // A text a spreadsheet would run as a formula (a lead's source, a rep's name) is written as text (OWASP).
    if (!(value instanceof Number) && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    return NEEDS_QUOTES.matcher(text).find() || text.startsWith(" ") || text.endsWith(" ")
        ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }
}
