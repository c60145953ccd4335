package org.parley.summit;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

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
import org.parley.support.ApiTest;
import org.parley.support.Exports;
import org.parley.support.Json;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/v1/summits} as CSV, GeoJSON ({@code application/geo+json}) and
 * iCalendar ({@code text/calendar}).
 */
@ApiTest
@SuppressWarnings("unchecked")
class SummitExportTests {

	static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

	static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar");

	static final String ALASKA = "alaska-summit-2025-08-15";

	@Autowired
	RestTestClient http;

	@Autowired
	JsonMapper json;

	// CSV

	@Test
	void csvHoldsTheAlaskaSummitWithParticipantsAndSources() {
		Exports.Csv csv = Exports.csv(this.http, "/api/v1/summits");
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
		List<Map<String, Object>> listed = Json.content(this.http, "/api/v1/summits?size=100&" + filter);
		List<String> slugs = listed.stream().map((s) -> (String) s.get("slug")).toList();
		assertThat(Exports.csv(this.http, "/api/v1/summits?" + filter).column("slug")).containsExactlyElementsOf(slugs);
		assertThat(features("/api/v1/summits?" + filter)).extracting((f) -> Json.at(f, "properties").get("slug"))
			.containsExactlyElementsOf(slugs);
		List<String> dated = listed.stream()
			.filter((s) -> s.get("startDate") != null)
			.map((s) -> s.get("slug") + "@parley")
			.toList();
		assertThat(events("/api/v1/summits?" + filter)).extracting((e) -> value(e, Property.UID))
			.containsExactlyElementsOf(dated);
	}

	@Test
	void csvOfNoEventsStillHasItsHeader() {
		Exports.Csv csv = Exports.csv(this.http, "/api/v1/summits?status=CANCELLED&actor=nobody");
		assertThat(csv.rows()).isEmpty();
		assertThat(csv.header()).contains("slug", "title");
	}

	// GeoJSON

	@Test
	void geoJsonIsAFeatureCollectionWithLongitudeFirst() throws Exception {
		Map<String, Object> collection = geoJson("/api/v1/summits");
		assertThat(collection.get("type")).isEqualTo("FeatureCollection");
		Map<String, Object> alaska = feature(collection, ALASKA);
		assertThat(alaska.get("type")).isEqualTo("Feature");
		Map<String, Object> geometry = Json.at(alaska, "geometry");
		assertThat(geometry.get("type")).isEqualTo("Point");
		assertThat((List<Number>) geometry.get("coordinates")).extracting(Number::doubleValue)
			.containsExactly(-149.9003, 61.2181);
		Map<String, Object> properties = Json.at(alaska, "properties");
		assertThat(properties).containsEntry("slug", ALASKA)
			.containsEntry("title", "Trump–Putin summit in Anchorage, Alaska")
			.containsEntry("kind", "SUMMIT")
			.containsEntry("status", "HELD")
			.containsEntry("startDate", "2025-08-15")
			.containsEntry("endDate", "2025-08-15")
			.containsEntry("locationName", "Anchorage, Alaska");
		assertThat((List<String>) properties.get("participants")).contains("donald-trump", "vladimir-putin");
	}

	@Test
	void featuresWithoutKnownCoordinatesHaveANullGeometry() throws Exception {
		Map<String, Object> moscow = feature(geoJson("/api/v1/summits"), "trump-putin-moscow-summit-proposed");
		assertThat(moscow).containsKey("geometry");
		assertThat(moscow.get("geometry")).isNull();
		assertThat(Json.at(moscow, "properties")).containsEntry("locationName", "Moscow");
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
		String body = this.http.get()
			.uri("/api/v1/summits")
			.accept(CALENDAR)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.CONTENT_TYPE, "text/calendar;charset=UTF-8")
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
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
		var request = this.http.get().uri("/api/v1/summits");
		if (!accept.isEmpty()) {
			request = request.header(HttpHeaders.ACCEPT, accept);
		}
		request.exchange().expectStatus().isOk().expectHeader().contentType(MediaType.APPLICATION_JSON);
	}

	@Test
	void theAcceptHeadersPreferenceDecidesTheFormat() {
		this.http.get()
			.uri("/api/v1/summits")
			.header(HttpHeaders.ACCEPT, "text/csv;q=0.5, text/calendar")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(CALENDAR);
	}

	private Map<String, Object> geoJson(String uri) {
		return this.json.readValue(Exports.get(this.http, uri, GEO_JSON), Map.class);
	}

	private List<Map<String, Object>> features(String uri) {
		return (List<Map<String, Object>>) geoJson(uri).get("features");
	}

	private static Map<String, Object> feature(Map<String, Object> collection, String slug) {
		return ((List<Map<String, Object>>) collection.get("features")).stream()
			.filter((f) -> slug.equals(Json.at(f, "properties").get("slug")))
			.findFirst()
			.orElseThrow();
	}

	private Calendar calendar(String uri) throws IOException, ParserException {
		return new CalendarBuilder().build(new StringReader(Exports.get(this.http, uri, CALENDAR)));
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
