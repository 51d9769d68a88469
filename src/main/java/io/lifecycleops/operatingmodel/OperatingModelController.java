package io.lifecycleops.operatingmodel;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /operating-model}: the operating model as a page anyone logged in can read and hand on;
 * {@code GET /api/operating-model} ({@code Accept: text/markdown}): the same document as Markdown.
 */
@RestController
class OperatingModelController {

  static final String MARKDOWN = "text/markdown;charset=UTF-8";
  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), HeadingAnchorExtension.create());

  private final OperatingModel model;
  private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
  // Annotations are written by designers: any HTML in them is shown as text, never run.
  private final HtmlRenderer html = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true).build();

  OperatingModelController(OperatingModel model) {
    this.model = model;
  }

  @GetMapping(value = "/api/operating-model", produces = MARKDOWN)
  String markdown() {
    return model.markdown();
  }

  @GetMapping(value = "/operating-model", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
  String page() {
    String body = html.render(parser.parse(model.markdown()));
    return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Operating model — Lifecycle Ops</title>
        <style>
          body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2933; margin: 0; }
          header { background: #1f2933; color: #fff; padding: 12px 32px; display: flex; justify-content: space-between; }
          header a { color: #9fd3ff; }
          main { max-width: 1400px; margin: 0 auto; padding: 8px 32px 48px; }
          h1 { font-size: 28px; } h2 { border-bottom: 1px solid #d9e2ec; padding-bottom: 4px; margin-top: 40px; }
          table { border-collapse: collapse; margin: 8px 0 24px; font-size: 13px; width: 100%; display: block; overflow-x: auto; }
          th, td { border: 1px solid #d9e2ec; padding: 4px 8px; text-align: left; vertical-align: top; }
          th { background: #f0f4f8; position: sticky; top: 0; }
          tr:nth-child(even) td { background: #fafcfe; }
          code { background: #f0f4f8; border-radius: 3px; padding: 0 3px; font-size: 12px; }
          td code { white-space: normal; overflow-wrap: break-word; }
          @media print { header { display: none; } table { display: table; } }
        </style>
        </head>
        <body>
        <header><strong>Lifecycle Ops</strong><span><a href="/api/operating-model">Markdown</a> ·
          <a href="/camunda/app/cockpit/default/">Cockpit</a> · <a href="/camunda/app/tasklist/default/">Tasklist</a></span></header>
        <main>
        """ + body + """
        </main>
        </body>
        </html>
        """;
  }
}
