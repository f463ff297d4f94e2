package org.protect.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.protect.support.HttpTestClient;
import org.protect.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * The API describes itself in OpenAPI at {@code /v3/api-docs}, and Swagger UI shows that description to
 * people; both are public, hold no data, and come from the node itself.
 */
class OpenApiIntegrationTests extends IntegrationTest {

	@Test
	void theDescriptionOfTheApiIsPublicJson() {
		HttpResponse<String> response = client().get("/v3/api-docs");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
		JsonNode api = HttpTestClient.json(response);
		assertThat(api.get("openapi").asString()).startsWith("3.");
		assertThat(api.at("/info/title").asString()).isEqualTo("Protect API");
		assertThat(api.at("/info/version").asString()).isNotBlank();
		assertThat(api.at("/info/license/identifier").asString()).isEqualTo("Apache-2.0");
		assertThat(api.at("/servers/0/url").asString()).isEqualTo("/");
	}

	@Test
	void theDescriptionAsksForABearerTokenExceptWhereNoneIsNeeded() {
		JsonNode api = HttpTestClient.json(client().get("/v3/api-docs"));
		assertThat(api.at("/components/securitySchemes/bearer/type").asString()).isEqualTo("http");
		assertThat(api.at("/components/securitySchemes/bearer/scheme").asString()).isEqualTo("bearer");
		assertThat(api.at("/security/0").has("bearer")).isTrue();
		JsonNode signIn = api.at("/paths/~1api~1v1~1session/post");
		assertThat(signIn.get("security").isArray()).isTrue();
		assertThat(signIn.get("security").isEmpty()).as("signing in needs no token").isTrue();
		assertThat(signIn.at("/responses/201/content/application~1json/schema/$ref").asString())
			.endsWith("/TokenResponse");
		assertThat(api.at("/paths/~1api~1v1~1me/get").has("security")).as("the global bearer requirement applies")
			.isFalse();
	}

	@Test
	void theDescriptionCoversOnlyTheJsonApi() {
		JsonNode api = HttpTestClient.json(client().get("/v3/api-docs"));
		List<String> paths = new ArrayList<>(api.get("paths").propertyNames());
		assertThat(paths).contains("/api/v1/me", "/api/v1/session", "/api/v1/users", "/api/v1/directory/search",
				"/api/v1/audit/verification");
		assertThat(paths).allSatisfy(path -> assertThat(path).startsWith("/api/v1/"));
		assertThat(paths).doesNotContain("/login", "/directory/editor", "/error", "/admin/users");
		assertThat(paths).noneMatch(path -> path.startsWith("/federation"));
	}

	@Test
	void everyOperationAnswersErrorsAsProblemJson() {
		JsonNode api = HttpTestClient.json(client().get("/v3/api-docs"));
		assertThat(api.at("/components/schemas/Problem/properties").propertyNames()).contains("type", "title",
				"status", "detail", "code", "correlationId");
		api.get("paths").forEach(path -> path.forEach(operation -> assertThat(
				operation.at("/responses/default/content/application~1problem+json/schema/$ref").asString())
			.isEqualTo("#/components/schemas/Problem")));
	}

	@Test
	void theDescriptionHoldsNoData() {
		String api = client().get("/v3/api-docs").body();
		assertThat(api).doesNotContain("caseworker.se").doesNotContain(PASSWORD).doesNotContain("Protect SE");
	}

	@Test
	void swaggerUiIsServedFromTheJarWithoutSignIn() {
		HttpResponse<String> shortcut = client().get("/swagger-ui.html");
		assertThat(shortcut.statusCode()).isEqualTo(302);
		assertThat(HttpTestClient.location(shortcut)).endsWith("/swagger-ui/index.html");
		HttpResponse<String> page = client().get("/swagger-ui/index.html");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("swagger-ui-bundle.js").doesNotContain("http://").doesNotContain("https://");
		assertThat(client().get("/swagger-ui/swagger-ui-bundle.js").statusCode()).isEqualTo(200);
		String initializer = client().get("/swagger-ui/swagger-initializer.js").body();
		assertThat(initializer).contains("/v3/api-docs/swagger-config").doesNotContain("petstore");
		JsonNode config = HttpTestClient.json(client().get("/v3/api-docs/swagger-config"));
		assertThat(config.get("url").asString()).isEqualTo("/v3/api-docs");
	}

	@Test
	void swaggerUiKeepsTheStrictContentSecurityPolicyOfEveryPage() {
		// Swagger UI renders under the same policy as the pages (checked in a browser by
		// OpenApiBrowserTests), so nothing is relaxed for it.
		String strict = client().get("/login").headers().firstValue("Content-Security-Policy").orElseThrow();
		assertThat(strict).contains("script-src 'self'").contains("style-src 'self'").doesNotContain("unsafe-inline");
		for (String path : List.of("/swagger-ui/index.html", "/v3/api-docs", "/directory")) {
			assertThat(client().get(path).headers().firstValue("Content-Security-Policy")).as(path).hasValue(strict);
		}
	}

}
