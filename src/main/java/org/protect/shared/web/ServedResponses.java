package org.protect.shared.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes the OpenAPI description say what the node really serves, where springdoc's reading of the
 * controllers does not (issue 13: a recorded set of real responses and the fuzzer check it):
 * <ul>
 * <li>a field the JSON may hold as {@code null} says so: every property not listed as required;</li>
 * <li>an error is problem JSON, whatever an annotation's default media type;</li>
 * <li>a 204 has no body;</li>
 * <li>a download is its file's type (PDF, CSV, spreadsheet, a document as stored), not JSON;</li>
 * <li>a body read as a JSON tree is a free-form object, not the tree's Java properties.</li>
 * </ul>
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class ServedResponses implements OpenApiCustomizer {

	private static final String JSON = "application/json";

	private static final Map<String, String> DOWNLOADS = Map.of(".pdf", "application/pdf", ".csv", "text/csv",
			".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	@Override
	public void customise(OpenAPI openApi) {
		if (openApi.getComponents() != null && openApi.getComponents().getSchemas() != null) {
			var schemas = openApi.getComponents().getSchemas();
			// springdoc describes a JsonNode body by the Java properties of the tree node itself.
			schemas.remove("JsonNode");
			schemas.forEach((name, schema) -> nullable(schema));
		}
		if (openApi.getPaths() == null) {
			return;
		}
		openApi.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
			freeForm(operation.getRequestBody());
			if (operation.getResponses() != null) {
				operation.getResponses().forEach((status, response) -> served(path, status, response));
			}
		}));
	}

	private static void served(String path, String status, ApiResponse response) {
		if (status.equals("204")) {
			response.setContent(null);
			return;
		}
		Content content = response.getContent();
		if (status.startsWith("4") || status.startsWith("5")) {
			MediaType problem = new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + ApiDocumentation.PROBLEM));
			response.setContent(new Content().addMediaType(ProblemResponses.PROBLEM_JSON.toString(), problem));
			return;
		}
		if (content == null || !content.containsKey(JSON) || !binary(content.get(JSON).getSchema())) {
			return;
		}
		String type = DOWNLOADS.entrySet()
			.stream()
			.filter(download -> path.endsWith(download.getKey()))
			.map(Map.Entry::getValue)
			.findFirst()
			// A case document is served in the type it was stored with (PDF, JPEG, PNG, text, as configured).
			.orElse("*/*");
		response.setContent(new Content().addMediaType(type,
				new MediaType().schema(new Schema<>().type("string").format("binary"))));
	}

	private static boolean binary(Schema<?> schema) {
		return schema != null && "byte".equals(schema.getFormat());
	}

	private static void freeForm(RequestBody body) {
		if (body == null || body.getContent() == null) {
			return;
		}
		body.getContent().values().forEach(media -> {
			Schema<?> schema = media.getSchema();
			if (schema != null && "#/components/schemas/JsonNode".equals(schema.get$ref())) {
				media.setSchema(new Schema<>().type("object"));
			}
		});
	}

	/** Every property not listed as required may be null in what the node writes (Jackson writes nulls). */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static void nullable(Schema<?> schema) {
		Map<String, Schema> properties = schema.getProperties();
		if (properties == null) {
			return;
		}
		List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
		for (String name : new ArrayList<>(properties.keySet())) {
			if (required.contains(name)) {
				continue;
			}
			Schema property = properties.get(name);
			if (property.get$ref() != null || property.getEnum() != null || property.getAllOf() != null
					|| property.getOneOf() != null) {
				properties.put(name, new Schema<>().anyOf(List.of(property, new Schema<>().types(Set.of("null")))));
			}
			else if (property.getTypes() != null && !property.getTypes().isEmpty()) {
				Set<String> types = new LinkedHashSet<>(property.getTypes());
				types.add("null");
				property.setTypes(types);
			}
			else if (property.getType() != null) {
				property.setTypes(new LinkedHashSet<>(List.of(property.getType(), "null")));
				property.setType(null);
			}
			if (property.getProperties() != null) {
				nullable(property);
			}
			if (property.getItems() != null) {
				nullable(property.getItems());
			}
		}
	}

}
