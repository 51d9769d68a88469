package io.lifecycleops.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.validation.Validation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonRecordsTest {

  enum Color { RED, GREEN }

  record Sample(
      @NotBlank @SubjectId String id,
      @NotBlank @Size(max = 5) String name,
      @PositiveOrZero Integer count,
      Double amount,
      Boolean active,
      Color color,
      @NotNull LocalDate on,
      @CountryCode String country,
      @Size(max = 2, message = "must have at most {max} items") List<@Size(max = 3) String> tags) {}

  private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
  private final JsonRecords records = new JsonRecords(mapper, Validation.buildDefaultValidatorFactory().getValidator());

  private JsonRecords.Read<Sample> read(String json) throws Exception {
    return records.read(mapper.readTree(json), Sample.class, "data");
  }

  @Test
  void aValidObjectBecomesTheRecordWithNothingCoerced() throws Exception {
    var read = read("""
        {"id":"A-1","name":"Ann","count":3,"amount":2.5,"active":true,"color":"GREEN","on":"2027-01-31",
         "country":"de","tags":"one","unknown":{"ignored":1}}""");

    assertThat(read.errors().list()).isEmpty();
    assertThat(read.value()).isEqualTo(new Sample("A-1", "Ann", 3, 2.5, true, Color.GREEN, LocalDate.of(2027, 1, 31), "de", List.of("one")));
  }

  @Test
  void everyBadFieldIsNamedOnceInTheRecordsOrderWithWhatItShouldBe() throws Exception {
    var read = read("""
        {"id":"not an id","name":"   ","count":"12","amount":"lots","active":"yes","color":"BLUE","on":"31.01.2027",
         "country":"Germany","tags":["ok","long one",7]}""");

    assertThat(read.errors().list()).containsExactly(
        new FieldError("data.id", "must be an id: 1-128 letters, digits and . _ : @ -"),
        new FieldError("data.name", "is required and must be a non-empty string"),
        new FieldError("data.count", "must be an integer"),
        new FieldError("data.amount", "must be a number"),
        new FieldError("data.active", "must be true or false"),
        new FieldError("data.color", "must be one of [RED, GREEN]"),
        new FieldError("data.on", "must be a date such as 2027-01-31"),
        new FieldError("data.country", "must be an ISO 3166-1 alpha-2 country code such as DE or US"),
        new FieldError("data.tags", "must be a string or an array of strings"));
  }

  @Test
  void constraintsOnListItemsNameTheItemAndTextIsNotANumber() throws Exception {
    var read = read("""
        {"id":7,"name":"Ann","count":1.5,"on":"2027-01-31","tags":["ok","long one"]}""");

    assertThat(read.errors().list()).containsExactly(
        new FieldError("data.id", "must be a string"),
        new FieldError("data.count", "must be an integer"),
        new FieldError("data.tags[1]", "must be at most 3 characters"));
  }

  @Test
  void missingAndNullAndBlankAreAllAbsent() throws Exception {
    var read = read("""
        {"id":null,"name":"","count":null}""");

    assertThat(read.errors().list()).extracting(FieldError::field).containsExactly("data.id", "data.name", "data.on");
    assertThat(read.value().count()).isNull();
  }
}
