package io.lifecycleops.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;

/**
 * Text the service accepts holds no control characters but tab and line breaks: PostgreSQL cannot
 * store NUL, and none belongs in a name or a note. Also the deserializer of every String in a
 * request body.
 */
public final class PlainText extends StdScalarDeserializer<String> {

  public static final String MESSAGE = "must not contain control characters";

  PlainText() {
    super(String.class);
  }

  /** The index of the first C0 control (but tab, LF, CR), DEL or C1 control, or -1. */
  public static int firstControlCharacter(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    String text = StringDeserializer.instance.deserialize(parser, context);
    if (text != null && firstControlCharacter(text) >= 0) {
      throw InvalidFormatException.from(parser, MESSAGE, text, String.class);
    }
    return text;
  }
}
