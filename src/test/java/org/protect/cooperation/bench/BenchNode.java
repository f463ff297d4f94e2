package org.protect.cooperation.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A node of the messaging benchmark as the harness sees it from outside: its URL for the API, and its data
 * directory, where the embedded PostgreSQL's {@code postmaster.pid} names the port to read the outbox or
 * the inbox from (user {@code postgres}, no password, local connections only, as the node itself connects).
 */
record BenchNode(String country, String baseUrl, Path dataDir) {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** The harness's own client for the API; the client threads of the commit phase share it. */
	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	Connection database() throws IOException, SQLException {
		String port = Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid")).get(3).strip();
		return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/protect", "postgres", "");
	}

	/** The node's identity document: node id, fingerprint and public keys. */
	JsonNode identity() {
		return JSON.readTree(expect(200, send(HttpRequest.newBuilder(URI.create(baseUrl + "/.well-known/protect-node"))
			.GET()
			.build())));
	}

	String signIn(String username, String password) {
		return JSON.readTree(expect(201, postJson(null, "/api/v1/session",
				"{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")))
			.get("token")
			.asString();
	}

	/** This node's administrator pins {@code partner} with the fingerprint of its identity document. */
	void pairWith(BenchNode partner, String adminToken) {
		expect(201, postJson(adminToken, "/api/v1/cooperation/partners", "{\"baseUrl\":\"" + partner.baseUrl()
				+ "\",\"fingerprint\":\"" + partner.identity().get("fingerprint").asString() + "\"}"));
	}

	HttpResponse<String> postJson(String token, String path, String json) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return send(request.build());
	}

	static HttpResponse<String> send(HttpRequest request) {
		try {
			return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(request.uri() + ": " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static String expect(int status, HttpResponse<String> response) {
		if (response.statusCode() != status) {
			throw new IllegalStateException(response.request().method() + " " + response.request().uri() + " answered "
					+ response.statusCode() + " " + response.body());
		}
		return response.body();
	}

}
