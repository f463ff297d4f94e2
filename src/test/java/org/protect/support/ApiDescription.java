package org.protect.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The node's own OpenAPI document ({@code /v3/api-docs}), read as a test reads it: its operations, and
 * whether a real response agrees with it (the status is documented, the content type is one it names, the
 * body validates against its schema, in OpenAPI 3.1's JSON Schema 2020-12, with networknt's validator).
 */
public final class ApiDescription {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

	/** One operation: its method, path template, parameters and documented body and responses. */
	public record Operation(String method, String path, List<Parameter> parameters, JsonNode requestBody,
			JsonNode responses) {

		@Override
		public String toString() {
			return method + " " + path;
		}

		/** The media types the request body may have, none when it takes no body. */
		public List<String> bodyTypes() {
			return requestBody == null || !requestBody.has("content") ? List.of()
					: List.copyOf(requestBody.get("content").propertyNames());
		}

		public JsonNode bodySchema(String mediaType) {
			return requestBody.get("content").get(mediaType).get("schema");
		}

	}

	/** A parameter: where it goes ({@code path}, {@code query}, {@code header}), its name and schema. */
	public record Parameter(String in, String name, boolean required, JsonNode schema) {
	}

	private final JsonNode document;

	private final List<Operation> operations = new ArrayList<>();

	private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

	public ApiDescription(String document) {
		this.document = JSON.readTree(document);
		JsonNode paths = this.document.get("paths");
		for (String path : paths.propertyNames()) {
			JsonNode item = paths.get(path);
			for (String method : item.propertyNames()) {
				JsonNode operation = item.get(method);
				List<Parameter> parameters = new ArrayList<>();
				if (operation.has("parameters")) {
					for (JsonNode parameter : operation.get("parameters")) {
						parameters.add(new Parameter(parameter.get("in").asString(), parameter.get("name").asString(),
								parameter.path("required").asBoolean(false), parameter.get("schema")));
					}
				}
				operations.add(new Operation(method.toUpperCase(Locale.ROOT), path, parameters,
						operation.get("requestBody"), operation.get("responses")));
			}
		}
	}

	public List<Operation> operations() {
		return List.copyOf(operations);
	}

	/** A schema with its {@code $ref} resolved against the document's components. */
	public JsonNode resolve(JsonNode schema) {
		JsonNode current = schema;
		for (int i = 0; current != null && current.has("$ref") && i < 10; i++) {
			String ref = current.get("$ref").asString();
			current = document.at(ref.substring(1));
		}
		return current;
	}

	/** Every property name of every schema of the document: names a free-form body may be probed with. */
	public List<String> propertyNames() {
		List<String> names = new ArrayList<>();
		document.path("components").path("schemas").forEach(schema -> schema.path("properties").propertyNames()
			.forEach(name -> {
				if (!names.contains(name)) {
					names.add(name);
				}
			}));
		return names;
	}

	/**
	 * What is wrong with a response of the operation, by the document: nothing (an empty list) when it agrees.
	 */
	public List<String> violations(Operation operation, int status, String contentType, String body) {
		List<String> violations = new ArrayList<>();
		JsonNode response = operation.responses().get(String.valueOf(status));
		if (response == null && status >= 400) {
			response = operation.responses().get("default");
		}
		if (response == null) {
			violations.add(operation + ": status " + status + " is not documented");
			return violations;
		}
		JsonNode content = response.get("content");
		boolean empty = body == null || body.isEmpty();
		if (content == null || content.isEmpty()) {
			if (!empty) {
				violations.add(operation + " " + status + ": a body where the document says none");
			}
			return violations;
		}
		String mediaType = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
		String documented = null;
		for (String name : content.propertyNames()) {
			if (matches(name, mediaType)) {
				documented = name;
			}
		}
		if (documented == null) {
			violations.add(operation + " " + status + ": content type " + mediaType + " not among "
					+ List.copyOf(content.propertyNames()));
			return violations;
		}
		JsonNode schema = content.get(documented).get("schema");
		if (schema != null && (mediaType.equals("application/json") || mediaType.endsWith("+json"))) {
			JsonNode instance;
			try {
				instance = JSON.readTree(body);
			}
			catch (RuntimeException ex) {
				violations.add(operation + " " + status + ": the body is not JSON");
				return violations;
			}
			String key = operation + " " + status + " " + documented;
			Schema validator = compiled.computeIfAbsent(key, any -> SCHEMAS.getSchema(rooted(schema)));
			validator.validate(instance)
				.stream()
				.limit(5)
				.forEach(error -> violations.add(operation + " " + status + ": " + error.getMessage()));
		}
		return violations;
	}

	private static boolean matches(String documented, String actual) {
		if (documented.equals(actual) || documented.equals("*/*")) {
			return true;
		}
		return documented.endsWith("/*")
				&& actual.startsWith(documented.substring(0, documented.length() - 1));
	}

	/** The schema as the root of a document that also holds the components its {@code $ref}s point into. */
	private JsonNode rooted(JsonNode schema) {
		ObjectNode root = JSON.createObjectNode();
		root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
		root.set("allOf", JSON.createArrayNode().add(schema));
		root.set("components", document.get("components"));
		return root;
	}

	/** A path template with its parameters filled in. */
	public static String fill(String template, Map<String, String> values) {
		String path = template;
		for (var value : values.entrySet()) {
			path = path.replace("{" + value.getKey() + "}", value.getValue());
		}
		return path;
	}

}
