package io.lifecycleops.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lifecycleops.support.ApiClient;
import io.lifecycleops.support.CloudEvents;
import io.lifecycleops.support.ProcessScenario;
import io.lifecycleops.support.TestPostgres;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Helpers shared by the multi-node tests: events, REST reads and direct counts in the shared database. */
final class ClusterFixture {

  static final ObjectMapper JSON = new ObjectMapper();

  private ClusterFixture() {}

  static String mql(String eventId, String leadId) {
    return CloudEvents.event(eventId, "lead.mql", "cluster-test", ProcessScenario.hotEnterpriseLead(leadId)).toString();
  }

  static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (Exception e) {
      throw new IllegalStateException(response.statusCode() + " " + response.body(), e);
    }
  }

  /** Every item of a paged engine-rest list. */
  static List<JsonNode> all(ApiClient api, String path) {
    List<JsonNode> items = new ArrayList<>();
    String separator = path.contains("?") ? "&" : "?";
    for (int first = 0; ; first += 500) {
      JsonNode page = json(api.get(path + separator + "firstResult=" + first + "&maxResults=500"));
      page.forEach(items::add);
      if (page.size() < 500) {
        return items;
      }
    }
  }

  static long count(TestPostgres.Server server, String jdbcUrl, String sql, Object... args) {
    try (Connection c = DriverManager.getConnection(jdbcUrl, server.user(), server.password());
        PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        statement.setObject(i + 1, args[i]);
      }
      try (ResultSet rs = statement.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Changes rows behind the service's back, e.g. while every node is down. The number of rows changed. */
  static int update(TestPostgres.Server server, String jdbcUrl, String sql, Object... args) {
    try (Connection c = DriverManager.getConnection(jdbcUrl, server.user(), server.password());
        PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        statement.setObject(i + 1, args[i]);
      }
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
