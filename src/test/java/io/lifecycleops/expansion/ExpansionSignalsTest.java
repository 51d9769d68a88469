package io.lifecycleops.expansion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExpansionSignalsTest {

  @Test
  void joinedSignalsKeepTheNewestThatFitCamundasTextColumnOldestFirst() {
    String text = null;
    for (int i = 0; i < 10; i++) {
      text = ExpansionSignals.latestThatFit(text, "NEW_TEAM: " + i + " " + "n".repeat(1000));
    }

    assertThat(text.length()).isLessThanOrEqualTo(ExpansionSignals.MAX_SIGNALS_TEXT);
    assertThat(text.split("\n")).hasSize(3);
    assertThat(text.split("\n")[0]).startsWith("NEW_TEAM: 7");
    assertThat(text).endsWith("n".repeat(1000)).contains("NEW_TEAM: 9");
  }

  @Test
  void fewSignalsAreKeptAsTheyCame() {
    assertThat(ExpansionSignals.latestThatFit(ExpansionSignals.latestThatFit(null, "NEW_TEAM"), "CSM_REQUEST: maya"))
        .isEqualTo("NEW_TEAM\nCSM_REQUEST: maya");
  }
}
