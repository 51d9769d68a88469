package io.lifecycleops.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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

  private final EnvelopeParser envelopes;
  private final InboundEvents inbound;
  private final Map<String, EventHandler> handlers;
  private final TransactionTemplate transaction;
  private final ObjectMapper json;

  public EventIntake(
      EnvelopeParser envelopes,
      InboundEvents inbound,
      List<EventHandler> handlers,
      PlatformTransactionManager transactionManager,
      ObjectMapper json) {
    this.envelopes = envelopes;
    this.inbound = inbound;
    this.handlers = handlers.stream().collect(Collectors.toMap(EventHandler::type, Function.identity()));
    this.transaction = new TransactionTemplate(transactionManager);
    this.json = json;
  }

  public EventReceipt accept(JsonNode body) {
    CloudEvent event = envelopes.parse(body);
    String payload = body.toString();
    String hash = sha256(canonical(body));

    var earlier = inbound.find(event.id());
    if (earlier.isPresent()) {
      return replay(earlier.get(), hash);
    }
    EventHandler handler = handlers.get(event.type());
    if (handler == null) {
      throw new EventProblem(
          HttpStatus.UNPROCESSABLE_ENTITY,
          "Unknown event type",
          "This service does not handle events of type '" + event.type() + "'. Known types: "
              + handlers.keySet().stream().sorted().toList() + ".",
          List.of(new FieldError("type", "unknown event type '" + event.type() + "'")));
    }
    List<FieldError> errors = handler.validate(event);
    if (!errors.isEmpty()) {
      throw EnvelopeParser.invalid(errors);
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return transaction.execute(
            status -> {
              inbound.claim(event, payload, hash);
              EventReceipt receipt = handler.handle(event).withEventId(event.id());
              inbound.answer(event.id(), receipt);
              return receipt;
            });
      } catch (DuplicateKeyException | CannotAcquireLockException concurrentDuplicate) {
        // Another request with the same id committed first: give its answer.
        return inbound
            .find(event.id())
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

  private EventReceipt replay(InboundEvents.Stored stored, String hash) {
    if (!stored.payloadHash().equals(hash)) {
      throw new EventProblem(
          HttpStatus.CONFLICT,
          "Event id already used",
          "Event '" + stored.id() + "' was already accepted with a different payload; a new fact needs a new id.",
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
