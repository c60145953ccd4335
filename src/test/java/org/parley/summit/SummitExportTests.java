package org.parley.summit;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.support.Api;
import org.parley.support.ApiTest;
import org.parley.support.Exports;
import org.parley.support.Reply;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/v1/summits} as CSV, GeoJSON ({@code application/geo+json}) and
 * iCalendar ({@code text/calendar}).
 */
@ApiTest
class SummitExportTests {

	static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

	static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar");

	static final String ALASKA = "alaska-summit-2025-08-15";

	@Autowired
	Api api;

	@Autowired
	JsonMapper json;

	// CSV

	@Test
	void csvHoldsTheAlaskaSummitWithParticipantsAndSources() {
		Exports.Csv csv = Exports.csv(this.api, "/api/v1/summits");
		assertThat(csv.header()).containsExactly("slug", "title", "kind", "status", "start_date", "end_date",
				"location_name", "latitude", "longitude", "participants", "summary", "outcome", "sources",
				"source_count");
		CSVRecord alaska = csv.rows().get(0);
		assertThat(alaska.get("slug")).isEqualTo(ALASKA);
		assertThat(alaska.get("title")).isEqualTo("Trump–Putin summit in Anchorage, Alaska");
		assertThat(alaska.get("start_date")).isEqualTo("2025-08-15");
		assertThat(Double.parseDouble(alaska.get("latitude"))).isEqualTo(61.2181);
		assertThat(Double.parseDouble(alaska.get("longitude"))).isEqualTo(-149.9003);
		assertThat(alaska.get("participants").split(";")).contains("donald-trump", "vladimir-putin");
		assertThat(alaska.get("sources").split(";")).hasSize(Integer.parseInt(alaska.get("source_count")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "from=2025-08-16&to=2025-08-31", "actor=vladimir-putin&status=HELD", "status=PROPOSED",
			"kind=SUMMIT" })
	void everyFormatHasOneRecordPerEventOfTheJsonList(String filter) throws Exception {
		List<JsonNode> listed = this.api.get("/api/v1/summits?size=100&" + filter).assertStatus(200).list("content");
		List<String> slugs = listed.stream().map((s) -> Reply.string(s.path("slug"))).toList();
		assertThat(Exports.csv(this.api, "/api/v1/summits?" + filter).column("slug")).containsExactlyElementsOf(slugs);
		assertThat(features("/api/v1/summits?" + filter))
			.extracting((f) -> Reply.string(f.path("properties").path("slug")))
			.containsExactlyElementsOf(slugs);
		List<String> dated = listed.stream()
			.filter((s) -> Reply.string(s.path("startDate")) != null)
			.map((s) -> Reply.string(s.path("slug")) + "@parley")
			.toList();
		assertThat(events("/api/v1/summits?" + filter)).extracting((e) -> value(e, Property.UID))
			.containsExactlyElementsOf(dated);
	}

	@Test
	void csvOfNoEventsStillHasItsHeader() {
		Exports.Csv csv = Exports.csv(this.api, "/api/v1/summits?status=CANCELLED&actor=nobody");
		assertThat(csv.rows()).isEmpty();
		assertThat(csv.header()).contains("slug", "title");
	}

	// GeoJSON

	@Test
	void geoJsonIsAFeatureCollectionWithLongitudeFirst() throws Exception {
		JsonNode collection = geoJson("/api/v1/summits");
		assertThat(Reply.string(collection.path("type"))).isEqualTo("FeatureCollection");
		JsonNode alaska = feature(collection, ALASKA);
		assertThat(Reply.string(alaska.path("type"))).isEqualTo("Feature");
		JsonNode geometry = alaska.path("geometry");
		assertThat(Reply.string(geometry.path("type"))).isEqualTo("Point");
		assertThat(Reply.at(geometry, "coordinates.*")).allSatisfy((c) -> assertThat(c.isNumber()).isTrue())
			.extracting(JsonNode::doubleValue)
			.containsExactly(-149.9003, 61.2181);
		JsonNode properties = alaska.path("properties");
		assertThat(Reply.string(properties.path("slug"))).isEqualTo(ALASKA);
		assertThat(Reply.string(properties.path("title"))).isEqualTo("Trump–Putin summit in Anchorage, Alaska");
		assertThat(Reply.string(properties.path("kind"))).isEqualTo("SUMMIT");
		assertThat(Reply.string(properties.path("status"))).isEqualTo("HELD");
		assertThat(Reply.string(properties.path("startDate"))).isEqualTo("2025-08-15");
		assertThat(Reply.string(properties.path("endDate"))).isEqualTo("2025-08-15");
		assertThat(Reply.string(properties.path("locationName"))).isEqualTo("Anchorage, Alaska");
		assertThat(Reply.at(properties, "participants.*")).extracting(Reply::string)
			.contains("donald-trump", "vladimir-putin");
	}

	@Test
	void featuresWithoutKnownCoordinatesHaveANullGeometry() throws Exception {
		JsonNode moscow = feature(geoJson("/api/v1/summits"), "trump-putin-moscow-summit-proposed");
		assertThat(moscow.has("geometry")).isTrue();
		assertThat(moscow.path("geometry").isNull()).isTrue();
		assertThat(Reply.string(moscow.path("properties").path("locationName"))).isEqualTo("Moscow");
	}

	@Test
	void geoJsonOfNoEventsIsAnEmptyCollection() throws Exception {
		assertThat(features("/api/v1/summits?actor=nobody")).isEmpty();
	}

	// iCalendar

	@Test
	void calendarHasAnAllDayEventPerDatedSummit() throws Exception {
		Calendar calendar = calendar("/api/v1/summits");
		assertThat(value(calendar, Property.VERSION)).isEqualTo("2.0");
		assertThat(value(calendar, Property.PRODID)).isNotBlank();
		VEvent alaska = event(calendar, ALASKA + "@parley");
		Property start = alaska.getProperty(Property.DTSTART).orElseThrow();
		assertThat(start.getValue()).isEqualTo("20250815");
		assertThat(start.getParameter(Parameter.VALUE).map(Parameter::getValue)).contains("DATE");
		assertThat(value(alaska, Property.DTEND)).as("exclusive: the day after").isEqualTo("20250816");
		assertThat(value(alaska, Property.SUMMARY)).isEqualTo("Trump–Putin summit in Anchorage, Alaska");
		assertThat(value(alaska, Property.LOCATION)).isEqualTo("Anchorage, Alaska");
		assertThat(value(alaska, Property.DESCRIPTION)).startsWith("Trump met Putin for three hours in Anchorage");
		assertThat(value(alaska, Property.STATUS)).isEqualTo("CONFIRMED");
		assertThat(alaska.getProperty(Property.DTSTAMP)).isPresent();
		assertThat(alaska.getProperty(Property.URL)).isEmpty();
	}

	@Test
	void undatedSummitsAreLeftOutOfTheCalendar() throws Exception {
		assertThat(events("/api/v1/summits?status=PROPOSED")).isEmpty();
		assertThat(events("/api/v1/summits")).extracting((e) -> value(e, Property.UID))
			.doesNotContain("trump-putin-moscow-summit-proposed@parley", "european-joint-statement@parley");
	}

	@Test
	void calendarIsServedAsUtf8TextCalendarWithFoldedLines() {
		Reply calendar = this.api.accept(CALENDAR).get("/api/v1/summits").assertStatus(200);
		assertThat(calendar.headers().get(HttpHeaders.CONTENT_TYPE)).containsExactly("text/calendar;charset=UTF-8");
		String body = calendar.text();
		assertThat(body).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
		assertThat(body.split("\r\n"))
			.allSatisfy((line) -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
		assertThat(body).doesNotContain("\n\n").doesNotContainPattern("[^\r]\n");
	}

	@Test
	void calendarOfNoEventsIsAnEmptyCalendar() throws Exception {
		Calendar calendar = calendar("/api/v1/summits?actor=nobody");
		assertThat(calendar.getComponents()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "*/*", "application/json, application/*+json", "" })
	void theJsonListStaysTheDefault(String accept) {
		Api api = accept.isEmpty() ? this.api : this.api.header(HttpHeaders.ACCEPT, accept);
		assertThat(api.get("/api/v1/summits").assertStatus(200).contentType()).isEqualTo(MediaType.APPLICATION_JSON);
	}

	@Test
	void theAcceptHeadersPreferenceDecidesTheFormat() {
		this.api.header(HttpHeaders.ACCEPT, "text/csv;q=0.5, text/calendar")
			.get("/api/v1/summits")
			.assertStatus(200)
			.assertContentType(CALENDAR);
	}

	private JsonNode geoJson(String uri) {
		return this.json.readTree(Exports.get(this.api, uri, GEO_JSON));
	}

	private List<JsonNode> features(String uri) {
		JsonNode features = geoJson(uri).path("features");
		assertThat(features.isArray()).as("features: %s", features).isTrue();
		return List.copyOf(features.values());
	}

	private static JsonNode feature(JsonNode collection, String slug) {
		return collection.path("features")
			.valueStream()
			.filter((f) -> slug.equals(Reply.string(f.path("properties").path("slug"))))
			.findFirst()
			.orElseThrow();
	}

	private Calendar calendar(String uri) throws IOException, ParserException {
		return new CalendarBuilder().build(new StringReader(Exports.get(this.api, uri, CALENDAR)));
	}

	private List<VEvent> events(String uri) throws IOException, ParserException {
		return calendar(uri).getComponents().stream().filter(VEvent.class::isInstance).map(VEvent.class::cast).toList();
	}

	private static VEvent event(Calendar calendar, String uid) {
		return calendar.getComponents()
			.stream()
			.filter(VEvent.class::isInstance)
			.map(VEvent.class::cast)
			.filter((e) -> uid.equals(value(e, Property.UID)))
			.findFirst()
			.orElseThrow();
	}

	private static String value(net.fortuna.ical4j.model.PropertyContainer container, String name) {
		return container.getProperty(name).map(Property::getValue).orElse(null);
	}

}
