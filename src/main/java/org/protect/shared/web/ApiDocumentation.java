package org.protect.shared.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the OpenAPI description at {@code /v3/api-docs} says besides the controllers themselves: who
 * publishes the API, that it wants a bearer token from {@code POST /api/v1/session}, and that every
 * error is RFC 9457 problem JSON (see {@link ProblemResponses}). Which paths it describes is set in
 * {@code application.properties} ({@code springdoc.paths-to-match}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ApiDocumentation {

	static final String BEARER = "bearer";

	static final String PROBLEM = "Problem";

	@Bean
	OpenAPI protectOpenApi(ObjectProvider<BuildProperties> build) {
		BuildProperties properties = build.getIfAvailable();
		String version = properties != null ? properties.getVersion() : "unversioned";
		return new OpenAPI()
			.info(new Info().title("Protect API")
				.version(version)
				.description("The JSON API of a Protect node. Send `Authorization: Bearer <token>` with a token "
						+ "from `POST /api/v1/session`; operations with an empty security requirement (the "
						+ "public directory and guide, signing in) need none. Every error is RFC 9457 problem "
						+ "JSON (`application/problem+json`).")
				.license(new License().name("Apache-2.0")
					.identifier("Apache-2.0")
					.url("https://www.apache.org/licenses/LICENSE-2.0")))
			.components(new Components().addSecuritySchemes(BEARER,
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.description("An opaque token from `POST /api/v1/session`, revoked by "
								+ "`DELETE /api/v1/session`.")))
			// Relative, so that it works behind a proxy under any host name, and so that springdoc, which
			// caches the document, never serves one request's Host header to everyone.
			.addServersItem(new Server().url("/").description("This node"))
			.addSecurityItem(new SecurityRequirement().addList(BEARER));
	}

	/**
	 * Every operation may answer an error, and every error of the API is a problem document. (Added here
	 * rather than in the bean above, because springdoc builds the schemas of the components itself.)
	 */
	@Bean
	OpenApiCustomizer problemResponsesInApiDocumentation() {
		return openApi -> {
			if (openApi.getComponents() == null) {
				openApi.setComponents(new Components());
			}
			openApi.getComponents().addSchemas(PROBLEM, problemSchema());
			if (openApi.getPaths() == null) {
				return;
			}
			openApi.getPaths().values().forEach(path -> path.readOperations().forEach(ApiDocumentation::addProblem));
		};
	}

	private static void addProblem(Operation operation) {
		if (operation.getResponses() == null || operation.getResponses().containsKey("default")) {
			return;
		}
		operation.getResponses()
			.addApiResponse("default", new ApiResponse().description("An error, as RFC 9457 problem JSON")
				.content(new Content().addMediaType(ProblemResponses.PROBLEM_JSON.toString(),
						new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
	}

	@SuppressWarnings("rawtypes")
	private static Schema<?> problemSchema() {
		Map<String, Schema> properties = new LinkedHashMap<>();
		properties.put("type", new StringSchema().description("urn:protect:problem:<code>"));
		properties.put("title", new StringSchema().description("A short title in the caller's language"));
		properties.put("status", new IntegerSchema().description("The HTTP status"));
		properties.put("detail", new StringSchema().description("What went wrong, in the caller's language"));
		properties.put("code", new StringSchema().description("A stable machine-readable code, such as "
				+ "`unauthorized`, `forbidden`, `not-found`, `validation-failed`, `conflict`"));
		properties.put("correlationId",
				new StringSchema().description("The request's correlation id, to find it in the node's log"));
		properties.put("errors", new ArraySchema()
			.description("With invalid input, what was refused: each names its field and says why (an "
					+ "import also gives the entry's position and key)")
			.items(new ObjectSchema().addProperty("field", new StringSchema())
				.addProperty("message", new StringSchema())));
		return new ObjectSchema().description("An RFC 9457 problem document")
			.required(List.of("type", "title", "status", "code"))
			.properties(properties);
	}

}
