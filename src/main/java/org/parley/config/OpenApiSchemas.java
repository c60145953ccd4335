package org.parley.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.parley.common.Paging;
import org.parley.common.Problems;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * The shape of every schema as clients and gateways check it: what an answer always
 * carries ({@code required}), what may be null, and how long each string and array can
 * be. The limits come from what the service enforces: Bean Validation on the requests
 * (springdoc turns {@code @Size} into {@code maxLength}/{@code maxItems} already), the
 * columns the values are stored in, the paging limits and the problem renderer. The few
 * collections that grow with the data (every statement of an article, every revision of a
 * record, an export) have no maximum and say so.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiSchemas {

	/** Characters of a slug ({@code varchar(120)} for articles, actors, events). */
	static final int SLUG = 120;

	/** Characters of an issue code ({@code varchar(80)}). */
	static final int CODE = 80;

	/**
	 * Characters of an API key: {@code pk_} and 32 random bytes in unpadded base64url.
	 */
	static final int API_KEY = 46;

	/** The patterns of the strings that have a fixed form. */
	static final Map<String, String> PATTERNS = Map.of("sha256", "^[0-9a-f]{64}$", "key", "^pk_[A-Za-z0-9_-]{43}$");

	/** Characters of an href: {@code /api/v1/<collection>/<slug or id>}. */
	static final int HREF = 200;

	/**
	 * Longest string by property name, for the properties no annotation bounds: the
	 * columns they are read from, or the request limit that guards what is written.
	 */
	static final Map<String, Integer> STRING_LIMITS = Map.ofEntries(Map.entry("slug", SLUG), Map.entry("code", CODE),
			Map.entry("article", SLUG), Map.entry("actor", SLUG), Map.entry("speaker", SLUG), Map.entry("summit", SLUG),
			Map.entry("affiliation", SLUG), Map.entry("issue", CODE), Map.entry("href", HREF),
			Map.entry("statement", HREF), Map.entry("title", 500), Map.entry("name", 300),
			Map.entry("speakerName", 300), Map.entry("locationName", 300), Map.entry("question", 500),
			Map.entry("description", 10_000), Map.entry("notes", 10_000), Map.entry("text", 10_000),
			Map.entry("body", 1_000_000), Map.entry("summary", 20_000), Map.entry("outcome", 20_000),
			Map.entry("howSaid", 500), Map.entry("outlet", 200), Map.entry("url", 2000), Map.entry("language", 16),
			Map.entry("sourceFile", 200), Map.entry("sha256", 64), Map.entry("key", API_KEY), Map.entry("reason", 1000),
			Map.entry("reading", 1000), Map.entry("resolution", 2000), Map.entry("excerpt", 10_000),
			Map.entry("by", 100), Map.entry("kind", 20), Map.entry("next", 2048),
			Map.entry("detail", Problems.MAX_DETAIL), Map.entry("message", Problems.MAX_MESSAGE),
			Map.entry("field", Problems.MAX_NAME), Map.entry("parameter", Problems.MAX_NAME),
			Map.entry("instance", 8192),
			// highlighted words of one text: at most the text plus 70 pairs of <mark>
			// tags
			Map.entry("snippet", 1_001_000));

	/** Where one schema's property differs from the name's limit. */
	static final Map<String, Integer> STRING_LIMITS_BY_SCHEMA = Map.ofEntries(
			// a position's summary is varchar(1000)
			Map.entry("PositionResponse.summary", 1000), Map.entry("PositionState.summary", 1000),
			Map.entry("Side.summary", 1000),
			// a candidate's words are a span of an article body
			Map.entry("CandidateResponse.text", 1_000_000), Map.entry("CandidateState.text", 1_000_000),
			Map.entry("TrialQuote.text", 1_000_000), Map.entry("Cue.text", 1000),
			// a statement hit and a statement on the timeline are titled by the
			// statement's text
			Map.entry("SearchHit.title", 10_000), Map.entry("TimelineEntry.title", 10_000),
			Map.entry("Subject.key", SLUG));

	/** Most elements by property name, for the arrays no annotation bounds. */
	static final Map<String, Integer> ARRAY_LIMITS = Map.ofEntries(Map.entry("content", Paging.MAX_SIZE),
			Map.entry("aliases", 100), Map.entry("terms", 200), Map.entry("members", 500),
			Map.entry("participants", 100), Map.entry("sources", 100), Map.entry("issues", 100),
			Map.entry("evidence", 100), Map.entry("errors", Problems.MAX_ERRORS), Map.entry("coordinates", 2),
			Map.entry("actors", Paging.MAX_SIZE));

	/** Where one schema's array differs from the name's limit. */
	static final Map<String, Integer> ARRAY_LIMITS_BY_SCHEMA = Map.ofEntries(
			// proposed issue codes are stored comma-separated in varchar(2000)
			Map.entry("CandidateResponse.issues", 1000), Map.entry("CandidateState.issues", 1000));

	/**
	 * The arrays that grow with the data, by schema and property: there is no maximum to
	 * give (these are left out of the array-limit lint, see {@code .spectral.yaml}).
	 */
	static final Set<String> UNBOUNDED = Set.of("ArticleDetail.statements", "SummitDetail.statements",
			"SummitDetail.discrepancies", "ActorDetail.memberOf", "ActorDetail.discrepancies",
			"IssueDetail.currentPositions", "PositionDetail.history", "PositionMatrix.issues", "PositionMatrix.cells",
			"Stats.statementsPerActor", "Stats.statementsPerIssue", "Stats.statementsPerDay",
			"SummitFeatureCollection.features", "DiscrepancyResponse.readings", "Reading.sources",
			"CandidateResponse.matches", "TrialQuote.matches", "TrialQuote.issues", "TrialResult.quotes",
			"TrialResult.actors");

	/**
	 * A property springdoc marks nullable that is a reference comes out as
	 * {@code {"type": "null", "$ref": ...}}, which only null satisfies: it becomes
	 * {@code anyOf} the reference or null.
	 */
	@Bean
	@Order(0)
	OpenApiCustomizer nullableReferences() {
		return (openApi) -> eachProperty(openApi, (name, property) -> {
			if ("float".equals(property.getFormat())) {
				// a relevance (ts_rank), written as its shortest decimal: a JSON number
				property.setFormat(null);
			}
			if (property.get$ref() != null && isNullType(property)) {
				Schema<Object> reference = new Schema<>().$ref(property.get$ref());
				property.set$ref(null);
				property.setType(null);
				property.setTypes(null);
				property.setAnyOf(new ArrayList<>(List.of(reference, new Schema<>().types(Set.of("null")))));
			}
		});
	}

	/**
	 * Answers carry every property of their schema, null where there is no value: every
	 * property of a schema that only answers use is {@code required}. Request schemas say
	 * what validation requires.
	 */
	@Bean
	@Order(1)
	OpenApiCustomizer answersCarryEveryProperty() {
		return (openApi) -> {
			if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
				return;
			}
			Set<String> written = writtenSchemas(openApi);
			openApi.getComponents().getSchemas().forEach((name, schema) -> {
				if (schema.getProperties() == null || org.parley.common.ProblemDocs.SCHEMA.equals(name)) {
					return;
				}
				if (!written.contains(name)) {
					schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
				}
				else {
					// a property a request may leave out it may also send as null
					List<String> required = (schema.getRequired() != null) ? schema.getRequired() : List.of();
					schema.getProperties().forEach((property, value) -> {
						if (!required.contains(property)) {
							nullable((Schema<?>) value);
						}
					});
				}
			});
		};
	}

	/**
	 * Examples from the seed (the August 2025 Russia–Ukraine talks), by schema name
	 * prefix and property: an actor's slug is {@code donald-trump}, an issue's code
	 * {@code security-guarantees}.
	 */
	static final Map<String, Map<String, Object>> EXAMPLES = Map
		.of("Actor",
				Map.of("slug", "donald-trump", "name", "Donald Trump", "kind", "PERSON", "title", "U.S. President"),
				"Issue", Map.of("code", "security-guarantees", "name", "Security guarantees for Ukraine"), "Summit",
				Map.of("slug", "alaska-summit-2025-08-15", "title", "Trump–Putin summit in Anchorage, Alaska",
						"startDate", "2025-08-15", "endDate", "2025-08-15"),
				"Article",
				Map.of("slug", "us-pushes-for-peace-deal", "title",
						"U.S. pushes for peace deal between Russia and Ukraine", "language", "en"),
				"Discrepancy", Map.of("slug", "white-house-meeting-date"), "Statement",
				Map.of("speaker", "steve-witkoff", "article", "us-pushes-for-peace-deal", "text",
						"We agreed to robust security guarantees that I would describe as game-changing", "howSaid",
						"told CNN"),
				"Position", Map.of("actor", "russia", "issue", "security-guarantees"));

	/** Parameter examples from the seed, by name; path identifiers by collection. */
	static final Map<String, Object> PARAMETER_EXAMPLES = Map.of("actor", "donald-trump", "issue",
			"security-guarantees", "summit", "alaska-summit-2025-08-15", "article", "us-pushes-for-peace-deal", "q",
			"security guarantees", "from", "2025-08-15", "to", "2025-08-31", "code", "security-guarantees", "asOf",
			"2025-08-19");

	static final Map<String, Object> PATH_EXAMPLES = Map.of("/api/v1/actors/", "donald-trump", "/api/v1/summits/",
			"alaska-summit-2025-08-15", "/api/v1/articles/", "us-pushes-for-peace-deal", "/api/v1/discrepancies/",
			"white-house-meeting-date", "/api/v1/statements/", 1, "/api/v1/positions/", 1);

	@Bean
	@Order(3)
	OpenApiCustomizer seedExamples() {
		return (openApi) -> {
			if (openApi.getComponents() != null && openApi.getComponents().getSchemas() != null) {
				openApi.getComponents().getSchemas().forEach((name, schema) -> EXAMPLES.forEach((prefix, examples) -> {
					if (name.startsWith(prefix) && schema.getProperties() != null) {
						examples.forEach((property, example) -> {
							Schema<?> value = (Schema<?>) schema.getProperties().get(property);
							if (value != null && value.getExample() == null && value.get$ref() == null) {
								value.setExample(example);
							}
						});
					}
				}));
			}
			if (openApi.getPaths() == null) {
				return;
			}
			openApi.getPaths().forEach((path, item) -> item.readOperations().forEach((operation) -> {
				if (operation.getParameters() == null) {
					return;
				}
				operation.getParameters().forEach((parameter) -> {
					if (parameter.getExample() != null || parameter.getSchema() == null) {
						return;
					}
					Object example = "path".equals(parameter.getIn())
							? PATH_EXAMPLES.entrySet()
								.stream()
								.filter((e) -> path.startsWith(e.getKey()))
								.map(Map.Entry::getValue)
								.findFirst()
								.orElse(null)
							: ("query".equals(parameter.getIn()) ? PARAMETER_EXAMPLES.get(parameter.getName()) : null);
					if ("code".equals(parameter.getName())) {
						example = PARAMETER_EXAMPLES.get("code");
					}
					if (example != null) {
						parameter.setExample(example);
					}
				});
			}));
		};
	}

	/**
	 * A PATCH takes a JSON merge patch (RFC 7396) of what the PUT on the same path takes:
	 * an object of the properties to change (null removes one), not the string the
	 * handler reads it as.
	 */
	@Bean
	@Order(0)
	OpenApiCustomizer mergePatchBodies() {
		return (openApi) -> {
			if (openApi.getPaths() == null) {
				return;
			}
			openApi.getPaths().forEach((path, item) -> {
				if (item.getPatch() == null || item.getPatch().getRequestBody() == null || item.getPut() == null
						|| item.getPut().getRequestBody() == null) {
					return;
				}
				Content patch = item.getPatch().getRequestBody().getContent();
				Content put = item.getPut().getRequestBody().getContent();
				io.swagger.v3.oas.models.media.MediaType json = (put != null)
						? put.get(org.springframework.http.MediaType.APPLICATION_JSON_VALUE) : null;
				if (patch == null || json == null || json.getSchema() == null || json.getSchema().get$ref() == null) {
					return;
				}
				String target = json.getSchema().get$ref().substring(json.getSchema().get$ref().lastIndexOf('/') + 1);
				Schema<?> written = openApi.getComponents().getSchemas().get(target);
				patch.forEach((type, media) -> media.setSchema(new Schema<>().types(Set.of("object"))
					.description("A JSON merge patch (RFC 7396) of " + target
							+ ": the properties to change, null to remove one; what results must be a valid " + target)
					.maxProperties((written != null && written.getProperties() != null) ? written.getProperties().size()
							: null)));
			});
		};
	}

	/** Bounds every string and array that no annotation bounds, as described above. */
	@Bean
	@Order(2)
	OpenApiCustomizer stringsAndArraysBounded() {
		return (openApi) -> {
			if (openApi.getComponents() != null && openApi.getComponents().getSchemas() != null) {
				openApi.getComponents().getSchemas().forEach((name, schema) -> bound(name, schema));
			}
			if (openApi.getPaths() == null) {
				return;
			}
			openApi.getPaths().values().forEach((item) -> item.readOperations().forEach((operation) -> {
				if (operation.getParameters() != null) {
					operation.getParameters().forEach(OpenApiSchemas::bound);
				}
				if (operation.getRequestBody() != null) {
					bodies(operation.getRequestBody().getContent());
				}
				if (operation.getResponses() != null) {
					operation.getResponses().values().forEach((response) -> {
						bodies(response.getContent());
						if (response.getHeaders() != null) {
							response.getHeaders().values().forEach((header) -> boundHeader(header.getSchema()));
						}
					});
				}
			}));
		};
	}

	private static void bodies(Content content) {
		if (content == null) {
			return;
		}
		content.forEach((type, media) -> {
			Schema<?> schema = media.getSchema();
			if (schema == null) {
				return;
			}
			if (isType(schema, "array")) {
				// a record's revisions: every one, however many there are
				schema.setDescription(unbounded(schema.getDescription()));
			}
			else if (isType(schema, "string") && schema.getMaxLength() == null) {
				// an export streams every matching row
				schema.setDescription((schema.getDescription() != null) ? schema.getDescription()
						: "Every matching row, streamed: no maximum length");
			}
		});
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static void bound(String schemaName, Schema<?> schema) {
		if (schema.getProperties() == null) {
			return;
		}
		((Map<String, Schema>) (Map) schema.getProperties()).forEach((property, value) -> {
			String key = schemaName + "." + property;
			if (isType(value, "string")) {
				boolean bounded = value.getMaxLength() != null || value.getEnum() != null;
				boundString(value, STRING_LIMITS_BY_SCHEMA.getOrDefault(key, STRING_LIMITS.get(property)));
				if (!bounded && !key.equals("Subject.key") && PATTERNS.containsKey(property)
						&& value.getPattern() == null) {
					value.setPattern(PATTERNS.get(property));
				}
			}
			else if (isType(value, "array")) {
				if (UNBOUNDED.contains(key)) {
					value.setDescription(unbounded(value.getDescription()));
				}
				else if (value.getMaxItems() == null) {
					Integer max = ARRAY_LIMITS_BY_SCHEMA.getOrDefault(key, ARRAY_LIMITS.get(property));
					if (max != null) {
						value.setMaxItems(max);
					}
				}
				if (value.getItems() != null && isType(value.getItems(), "string")) {
					boundString(value.getItems(), itemLimit(property));
				}
				if (value.getItems() != null && value.getItems().getProperties() != null) {
					bound(schemaName + "." + property + "[]", value.getItems());
				}
			}
		});
	}

	/** Strings in arrays: slugs, issue codes, aliases and terms, names. */
	private static Integer itemLimit(String property) {
		return switch (property) {
			case "issues" -> CODE;
			case "aliases", "participants" -> 300;
			case "terms" -> 200;
			default -> SLUG;
		};
	}

	private static void bound(Parameter parameter) {
		Schema<?> schema = parameter.getSchema();
		if (schema == null) {
			return;
		}
		if (isType(schema, "string")) {
			boundString(schema, parameterLimit(parameter.getName()));
		}
		else if (isType(schema, "array") && "sort".equals(parameter.getName())) {
			if (schema.getMaxItems() == null) {
				schema.setMaxItems(org.parley.common.Sorting.MAX_CLAUSES);
			}
			if (schema.getItems() != null) {
				boundString(schema.getItems(), org.parley.common.Sorting.MAX_CLAUSE_LENGTH);
			}
		}
	}

	/**
	 * Path and header parameters: identifiers of records and the HTTP headers' values.
	 */
	private static Integer parameterLimit(String name) {
		return switch (name) {
			case "code", "issue" -> CODE;
			case "If-Match", "If-None-Match", "Idempotency-Key" -> 200;
			default -> SLUG;
		};
	}

	private static void boundHeader(Schema<?> schema) {
		if (schema != null && isType(schema, "string")) {
			// Location names a record of this API; ETags are "<version>-<checksum>"
			boundString(schema, 2048);
		}
	}

	private static void boundString(Schema<?> schema, Integer limit) {
		if (schema.getMaxLength() != null || schema.getEnum() != null || schema.getConst() != null) {
			return;
		}
		if ("date".equals(schema.getFormat())) {
			schema.setMaxLength(10);
		}
		else if ("date-time".equals(schema.getFormat())) {
			schema.setMaxLength(35);
		}
		else if (limit != null) {
			schema.setMaxLength(limit);
		}
	}

	private static String unbounded(String description) {
		String note = "Grows with the data: no fixed maximum.";
		return (description == null) ? note : description + " " + note;
	}

	/** The schemas a request body uses, directly or through others. */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static Set<String> writtenSchemas(OpenAPI openApi) {
		Set<String> written = new HashSet<>();
		List<Schema> pending = new ArrayList<>();
		openApi.getPaths().values().forEach((item) -> item.readOperations().forEach((operation) -> {
			if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
				operation.getRequestBody().getContent().values().forEach((media) -> pending.add(media.getSchema()));
			}
		}));
		Map<String, Schema> schemas = new LinkedHashMap<>(openApi.getComponents().getSchemas());
		while (!pending.isEmpty()) {
			Schema schema = pending.remove(pending.size() - 1);
			if (schema == null) {
				continue;
			}
			if (schema.get$ref() != null) {
				String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
				if (written.add(name) && schemas.containsKey(name)) {
					pending.add(schemas.get(name));
				}
			}
			if (schema.getProperties() != null) {
				pending.addAll(schema.getProperties().values());
			}
			if (schema.getItems() != null) {
				pending.add(schema.getItems());
			}
			if (schema.getAnyOf() != null) {
				pending.addAll(schema.getAnyOf());
			}
		}
		return written;
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static void eachProperty(OpenAPI openApi, BiConsumer<String, Schema<?>> action) {
		if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
			return;
		}
		openApi.getComponents().getSchemas().values().forEach((schema) -> {
			if (schema.getProperties() != null) {
				((Map<String, Schema>) (Map) schema.getProperties()).forEach(action::accept);
			}
		});
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static void nullable(Schema value) {
		if (value.get$ref() != null) {
			Schema<Object> reference = new Schema<>().$ref(value.get$ref());
			value.set$ref(null);
			value.setAnyOf(new ArrayList<>(List.of(reference, new Schema<>().types(Set.of("null")))));
		}
		else if (value.getAnyOf() == null && !isNullType(value)) {
			Set<String> types = new java.util.LinkedHashSet<>();
			if (value.getTypes() != null) {
				types.addAll(value.getTypes());
			}
			else if (value.getType() != null) {
				types.add(value.getType());
			}
			if (!types.isEmpty()) {
				types.add("null");
				value.setTypes(types);
			}
			if (value.getEnum() != null && !value.getEnum().contains(null)) {
				value.getEnum().add(null);
			}
		}
	}

	private static boolean isNullType(Schema<?> schema) {
		return "null".equals(schema.getType()) || (schema.getTypes() != null && schema.getTypes().contains("null"));
	}

	static boolean isType(Schema<?> schema, String type) {
		return type.equals(schema.getType()) || (schema.getTypes() != null && schema.getTypes().contains(type));
	}

}
