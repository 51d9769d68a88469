package io.lifecycleops.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lifecycleops.identity.Actors;
import io.lifecycleops.ledger.LedgerEventType;
import io.lifecycleops.ledger.LifecycleLedger;
import io.lifecycleops.web.FieldError;
import io.lifecycleops.web.ApiProblem;
import io.lifecycleops.web.FieldErrors;
import io.lifecycleops.web.JsonRecords;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accepts events exactly once: validates the envelope and the type's data, then stores the event,
 * runs its handler (which starts or moves processes and writes the ledger) and stores the answer in
 * one transaction. A repeated id gets the first answer; a repeated id with a different payload is a
 * conflict.
 */
@Service
public class EventIntake {

  private static final Logger log = LoggerFactory.getLogger(EventIntake.class);
  /** Attempts for an event whose transaction lost an optimistic-locking race. */
  static final int MAX_ATTEMPTS = 5;
  /** Which data field names the subject (a lead, an account, a deal), in order of preference. */
  static final List<String> SUBJECT_FIELDS = List.of("leadId", "accountId", "opportunityId");

  private final EnvelopeParser envelopes;
  private final EventTextRules textRules;
  private final SubjectLocks locks;
  private final LifecycleLedger ledger;
  private final Actors actors;
  private final InboundEvents inbound;
  private final Map<String, EventHandler<?>> handlers;
  private final JsonRecords records;
  private final TransactionTemplate transaction;
  private final ObjectMapper json;
  private final EventMeters meters;

  public EventIntake(
      EnvelopeParser envelopes,
      EventTextRules textRules,
      SubjectLocks locks,
      LifecycleLedger ledger,
      Actors actors,
      InboundEvents inbound,
      List<EventHandler<?>> handlers,
      JsonRecords records,
      PlatformTransactionManager transactionManager,
      ObjectMapper json,
      EventMeters meters) {
    this.meters = meters;
    this.envelopes = envelopes;
    this.textRules = textRules;
    this.locks = locks;
    this.ledger = ledger;
    this.actors = actors;
    this.inbound = inbound;
    this.handlers = handlers.stream().collect(Collectors.toMap(EventHandler::type, Function.identity()));
    this.records = records;
    this.transaction = new TransactionTemplate(transactionManager);
    this.json = json;
  }

  public EventReceipt accept(JsonNode body) {
    // Counted by type for Prometheus; a type this service does not handle is "unknown" (no unbounded tag values).
    String type = handlers.containsKey(body.path("type").asText()) ? body.path("type").asText() : "unknown";
    try {
      EventReceipt receipt = acceptValid(body);
      meters.accepted(type);
      return receipt;
    } catch (RuntimeException e) {
      meters.failed(type, ApiProblem.in(e).map(problem -> problem.status().is4xxClientError()).orElse(false));
      throw e;
    }
  }

  private EventReceipt acceptValid(JsonNode body) {
    CloudEvent event = envelopes.parse(body);
    List<FieldError> unsafe = textRules.check(body);
    if (!unsafe.isEmpty()) {
      throw EnvelopeParser.invalid(unsafe);
    }
    String payload = body.toString();
    String hash = sha256(canonical(body));

    var earlier = inbound.find(event.source(), event.id());
    if (earlier.isPresent()) {
      return replay(earlier.get(), hash);
    }
    EventHandler<?> handler = handlers.get(event.type());
    if (handler == null) {
      throw new EventProblem(
          HttpStatus.UNPROCESSABLE_ENTITY,
          "Unknown event type",
          "This service does not handle events of type '" + event.type() + "'. Known types: "
              + handlers.keySet().stream().sorted().toList() + ".",
          List.of(new FieldError("type", "unknown event type '" + event.type() + "'")));
    }
    return accept(event, handler, payload, hash);
  }

  private <D extends Record> EventReceipt accept(CloudEvent event, EventHandler<D> handler, String payload, String hash) {
    JsonRecords.Read<D> data = records.read(event.data(), handler.dataType(), "data");
    FieldErrors errors = data.errors();
    handler.check(data.value(), errors);
    if (!errors.isEmpty()) {
      throw EnvelopeParser.invalid(errors.list());
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return transaction.execute(
            status -> {
              inbound.claim(event, payload, hash);
              String subject = subjectOf(event);
              if (subject != null) {
                locks.lock(subject);
              }
              EventReceipt receipt = handler.handle(event, data.value()).withEventId(event.id());
              if (receipt.unchangedBecause() != null && subject != null) {
                ledger.append(subject, receipt.processInstanceId(), LedgerEventType.EVENT_NOT_APPLIED, null, actors.current(),
                    notApplied(event, receipt));
              }
              inbound.answer(event, receipt);
              return receipt;
            });
      } catch (DuplicateKeyException | CannotAcquireLockException concurrentDuplicate) {
        // Another request with the same id committed first: give its answer.
        return inbound
            .find(event.source(), event.id())
            .map(stored -> replay(stored, hash))
            .orElseThrow(() -> concurrentDuplicate);
      } catch (OptimisticLockingException concurrentUpdate) {
        // Another transaction changed the same process instance (e.g. two events correlating to it
        // at once); everything was rolled back, so running the whole event again is safe.
        if (attempt >= MAX_ATTEMPTS) {
          throw concurrentUpdate;
        }
        log.debug("event {} hit a concurrent update, attempt {} of {}", event.id(), attempt, MAX_ATTEMPTS);
      }
    }
  }

  /** The lead or account the event is about: its events are serialized, its no-ops recorded in its ledger. */
  private static String subjectOf(CloudEvent event) {
    for (String field : SUBJECT_FIELDS) {
      JsonNode id = event.data().get(field);
      if (id != null && id.isTextual() && !id.asText().isBlank()) {
        return id.asText();
      }
    }
    return null;
  }

  private static Map<String, Object> notApplied(CloudEvent event, EventReceipt receipt) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("eventId", event.id());
    details.put("source", event.source());
    details.put("type", event.type());
    details.put("status", receipt.status().name());
    details.put("reason", receipt.unchangedBecause());
    return details;
  }

  private EventReceipt replay(InboundEvents.Stored stored, String hash) {
    if (!stored.payloadHash().equals(hash)) {
      throw new EventProblem(
          HttpStatus.CONFLICT,
          "Event id already used",
          "Event '" + stored.id() + "' from '" + stored.source() + "' was already accepted with a different payload;"
              + " a new fact needs a new id.",
          List.of(new FieldError("id", "already used for a different event")));
    }
    return stored.receipt();
  }

  /** Key order and whitespace do not make a different event. */
  private String canonical(JsonNode body) {
    try {
      Object tree = json.treeToValue(body, Object.class);
      return json.copy()
          .configure(com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
          .writeValueAsString(tree);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
