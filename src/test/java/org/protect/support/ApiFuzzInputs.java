package org.protect.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generated requests for an operation of the API, shaped by its schemas and mutated towards what breaks
 * servers. Seeded: the same seed gives the same sequence. Every person in it is synthetic by construction,
 * and no generated URL points anywhere but a closed loopback port.
 */
public final class ApiFuzzInputs {

	/** A request to send: path with query, headers, body (or none), and a short description of the body. */
	public record Request(String pathAndQuery, Map<String, String> headers, byte[] body, String describe) {
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final String[] TEXTS = { "Synthetic", "Synthetica Lira", "", " ", "a\u0000b", "line\nbreak",
			"tab\there", "bell\u0007", "\u202Eevil", "zero\u200Bwidth", "Ünïcödé ąčęėįšųūž", "Тарас Мельничук",
			"يوسف الإدريسي", "<script>alert(1)</script>", "' OR 1=1 --", "%00", "../../etc/passwd", "SE", "LV", "uk",
			"2026-01-01", "CONFIRMED", "DISMISSED", "INFORMATION", "Hague 1996 art. 32", "x".repeat(300),
			"y".repeat(5000), "\uD83D\uDE00", "null", "true", "0", "-1" };

	private static final String[] PATH_GARBAGE = { "x", "0", "-1", "99999999999999999999", "%00", "a%20b", "..",
			"%2e%2e", "null", "00000000-0000-0000-0000-000000000000", "%E2%80%AE", "z".repeat(200) };

	private static final String[] BROKEN_JSON = { "", "{", "[]", "null", "123", "\"text\"", "{\"a\":}", "{]",
			"{\"a\": 1, \"a\": 2}", "\u0000", "{\"nested\":" + "[".repeat(2000) + "]".repeat(2000) + "}" };

	private static final String[] ACCEPTS = { "application/json", "*/*", "text/html", "application/xml",
			"application/pdf", "text/csv" };

	private final Random random;

	private final ApiDescription api;

	private final Set<String> ids;

	private final List<String> names;

	/** Half the requests are well-formed to the document (to reach the checks behind validation), half not. */
	private boolean gentle;

	private static final String[] GENTLE_TEXTS = { "Synthetic", "Synthetica Lira", "Synthetic reasons, in words.",
			"Тарас", "Youssef", "SE", "LV", "AL", "uk", "sq", "CONFIRMED", "INFORMATION", "Hague 1996 art. 32" };

	public ApiFuzzInputs(Random random, ApiDescription api, Set<String> ids) {
		this.random = random;
		this.api = api;
		this.ids = ids;
		this.names = api.propertyNames();
	}

	public Request request(ApiDescription.Operation operation) {
		gentle = random.nextBoolean();
		Map<String, String> path = new LinkedHashMap<>();
		StringBuilder query = new StringBuilder();
		Map<String, String> headers = new LinkedHashMap<>();
		for (ApiDescription.Parameter parameter : operation.parameters()) {
			JsonNode schema = api.resolve(parameter.schema());
			switch (parameter.in()) {
				case "path" -> path.put(parameter.name(), pathValue(schema));
				case "query" -> {
					if (parameter.required() || chance(70)) {
						query.append(query.isEmpty() ? "?" : "&")
							.append(parameter.name())
							.append('=')
							.append(encode(scalar(schema, parameter.name())));
					}
				}
				case "header" -> {
					if (chance(50)) {
						headers.put(parameter.name(), ascii(scalar(schema, parameter.name())));
					}
				}
				default -> {
				}
			}
		}
		if (!gentle && chance(5)) {
			query.append(query.isEmpty() ? "?" : "&").append(chance(50) ? "=x" : "unknown=" + encode(text()));
		}
		if (chance(10)) {
			headers.put("Accept", pick(ACCEPTS));
		}
		byte[] body = null;
		String describe = "no body";
		List<String> types = operation.bodyTypes();
		if (!types.isEmpty() || chance(3) && !operation.method().equals("GET")) {
			String type = types.isEmpty() ? "application/json" : types.get(random.nextInt(types.size()));
			if (type.startsWith("multipart/")) {
				Multipart multipart = multipart();
				body = multipart.body();
				headers.put("Content-Type", multipart.contentType());
				describe = "multipart " + multipart.describe();
			}
			else if (!gentle && chance(8)) {
				String broken = pick(BROKEN_JSON);
				body = broken.getBytes(StandardCharsets.UTF_8);
				headers.put("Content-Type", type);
				describe = "broken " + abbreviate(broken);
			}
			else {
				JsonNode value = types.isEmpty() ? freeObject(0) : value(operation.bodySchema(type), 0, "body");
				String text = type.equals("text/csv") ? csv() : JSON.writeValueAsString(value);
				body = text.getBytes(StandardCharsets.UTF_8);
				headers.put("Content-Type", !gentle && chance(4) ? pick(new String[] { "text/plain", "application/xml" }) : type);
				describe = abbreviate(text);
			}
		}
		return new Request(ApiDescription.fill(operation.path(), path) + query, headers, body, describe);
	}

	private String pathValue(JsonNode schema) {
		if (schema != null && schema.has("enum") && chance(80)) {
			return encode(pick(schema.get("enum")).asString());
		}
		int roll = random.nextInt(gentle ? 80 : 100);
		if (roll < 55 && !ids.isEmpty()) {
			return new ArrayList<>(ids).get(random.nextInt(ids.size()));
		}
		if (roll < 80) {
			return UUID.randomUUID().toString();
		}
		return pick(PATH_GARBAGE);
	}

	/** A JSON value for the schema, right in shape most of the time and wrong on purpose the rest. */
	private JsonNode value(JsonNode declared, int depth, String name) {
		JsonNode schema = api.resolve(declared);
		if (schema == null || depth > 6) {
			return NODES.nullNode();
		}
		if (!gentle && chance(6)) {
			return wrong();
		}
		for (String combinator : new String[] { "oneOf", "anyOf", "allOf" }) {
			if (schema.has(combinator) && schema.get(combinator).size() > 0) {
				return value(pick(schema.get(combinator)), depth + 1, name);
			}
		}
		if (schema.has("enum") && chance(85)) {
			return pick(schema.get("enum"));
		}
		String type = type(schema);
		return switch (type) {
			case "object" -> object(schema, depth);
			case "array" -> {
				ArrayNode array = NODES.arrayNode();
				int count = random.nextInt(4);
				for (int i = 0; i < count; i++) {
					array.add(value(schema.get("items"), depth + 1, name));
				}
				yield array;
			}
			case "integer", "number" -> number();
			case "boolean" -> NODES.booleanNode(random.nextBoolean());
			case "string" -> NODES.stringNode(string(schema, name));
			default -> freeObject(depth);
		};
	}

	private JsonNode object(JsonNode schema, int depth) {
		if (!schema.has("properties")) {
			return freeObject(depth);
		}
		ObjectNode object = NODES.objectNode();
		List<String> required = new ArrayList<>();
		schema.path("required").forEach(node -> required.add(node.asString()));
		JsonNode properties = schema.get("properties");
		for (String property : properties.propertyNames()) {
			if (chance(required.contains(property) ? gentle ? 100 : 92 : 65)) {
				object.set(property, value(properties.get(property), depth + 1, property));
			}
		}
		if (!gentle && chance(5)) {
			object.set(pick(names), NODES.stringNode(text()));
		}
		return object;
	}

	/** An object the document gives no shape to (a JSON body read as a tree): names taken from the document. */
	private JsonNode freeObject(int depth) {
		ObjectNode object = NODES.objectNode();
		int count = random.nextInt(7);
		for (int i = 0; i < count && !names.isEmpty(); i++) {
			String name = pick(names);
			object.set(name, depth < 2 && chance(10) ? freeObject(depth + 1)
					: chance(60) ? NODES.stringNode(string(NODES.objectNode(), name)) : wrong());
		}
		return object;
	}

	private JsonNode wrong() {
		return switch (random.nextInt(6)) {
			case 0 -> NODES.nullNode();
			case 1 -> NODES.numberNode(2010.5);
			case 2 -> NODES.stringNode(text());
			case 3 -> NODES.booleanNode(true);
			case 4 -> NODES.arrayNode().add(1);
			default -> NODES.objectNode().put("a", 1);
		};
	}

	private JsonNode number() {
		return switch (random.nextInt(9)) {
			case 0 -> NODES.numberNode(0);
			case 1 -> NODES.numberNode(-1);
			case 2 -> NODES.numberNode(2010.5);
			case 3 -> NODES.numberNode(1e308);
			case 4 -> NODES.numberNode(Long.MAX_VALUE);
			case 5 -> NODES.numberNode(new java.math.BigInteger("123456789012345678901234567890"));
			case 6 -> NODES.numberNode(2000 + random.nextInt(30));
			default -> NODES.numberNode(random.nextInt(100));
		};
	}

	private String string(JsonNode schema, String name) {
		String format = schema.path("format").asString("");
		String lower = name.toLowerCase(java.util.Locale.ROOT);
		if (lower.contains("url")) {
			// Nothing the node might fetch may lead off this machine: a closed loopback port, or no URL at all.
			return chance(70) ? "http://127.0.0.1:1/" : pick(new String[] { "not a url", "ftp:x", "" });
		}
		if (format.equals("uuid") || lower.endsWith("id")) {
			return gentle || chance(85) ? pathValue(null) : text();
		}
		if (format.equals("date") || lower.endsWith("on") || lower.contains("date")) {
			return gentle || chance(80) ? LocalDate.now().plusDays(random.nextInt(400) - 200).toString()
					: pick(new String[] { "2026-13-45", "yesterday", "2026-02-30", "" });
		}
		if (format.equals("date-time") || lower.endsWith("at")) {
			return chance(80) ? java.time.Instant.now().toString() : text();
		}
		return text();
	}

	private String scalar(JsonNode schema, String name) {
		JsonNode value = schema == null ? NODES.stringNode(text()) : value(schema, 5, name);
		return value.isString() ? value.asString() : value.toString();
	}

	private String text() {
		return pick(gentle ? GENTLE_TEXTS : TEXTS);
	}

	private String csv() {
		return "type,name,country\nagency," + text().replace(',', ' ') + ",SE\n" + (chance(50) ? text() : "");
	}

	private record Multipart(byte[] body, String contentType, String describe) {
	}

	private Multipart multipart() {
		String boundary = "fuzz" + random.nextInt(1_000_000);
		String filename = pick(new String[] { "synthetic.txt", "a\u0000b.txt", "n".repeat(300) + ".txt", "",
				"../../x.pdf", "Ünï.png" });
		String type = pick(new String[] { "text/plain", "application/pdf", "image/png", "application/x-msdownload" });
		StringBuilder body = new StringBuilder();
		int shape = random.nextInt(6);
		if (shape != 1) {
			if (shape != 2) {
				body.append("--").append(boundary).append("\r\n")
					.append("Content-Disposition: form-data; name=\"file\"; filename=\"").append(filename).append("\"\r\n")
					.append("Content-Type: ").append(type).append("\r\n\r\n")
					.append("A synthetic document.").append("\r\n");
			}
			body.append("--").append(boundary).append("\r\n")
				.append("Content-Disposition: form-data; name=\"description\"\r\n\r\n")
				.append(text()).append("\r\n");
			body.append("--").append(boundary).append("--\r\n");
		}
		String contentType = shape == 3 ? "multipart/form-data" : "multipart/form-data; boundary=" + boundary;
		return new Multipart(body.toString().getBytes(StandardCharsets.UTF_8), contentType,
				"shape " + shape + " file " + abbreviate(filename));
	}

	private static String type(JsonNode schema) {
		JsonNode type = schema.get("type");
		if (type == null) {
			return schema.has("properties") ? "object" : schema.has("items") ? "array" : "any";
		}
		if (type.isArray()) {
			for (JsonNode one : type) {
				if (!one.asString().equals("null")) {
					return one.asString();
				}
			}
			return "null";
		}
		return type.asString();
	}

	private boolean chance(int percent) {
		return random.nextInt(100) < percent;
	}

	private <T> T pick(T[] values) {
		return values[random.nextInt(values.length)];
	}

	private <T> T pick(List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	private JsonNode pick(JsonNode array) {
		return array.get(random.nextInt(array.size()));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** Header values are bytes in ISO-8859-1 at most; anything else java.net.http would refuse to send. */
	private static String ascii(String value) {
		return value.replaceAll("[^\\x20-\\x7e]", "?");
	}

	private static String abbreviate(String text) {
		return text.length() > 120 ? text.substring(0, 120) + "…" : text;
	}

}
