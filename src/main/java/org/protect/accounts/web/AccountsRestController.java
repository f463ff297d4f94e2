package org.protect.accounts.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.protect.accounts.AccountManagement;
import org.protect.accounts.CreateUserCommand;
import org.protect.accounts.CurrentUser;
import org.protect.accounts.OrganisationSummary;
import org.protect.accounts.OrganisationType;
import org.protect.accounts.Role;
import org.protect.accounts.SaveOrganisationCommand;
import org.protect.accounts.UpdateUserCommand;
import org.protect.accounts.UserSummary;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The accounts API: the caller's own identity, and the administrators' organisations and users.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Accounts", description = "The caller, organisations and users")
class AccountsRestController {

	private final AccountManagement accounts;

	AccountsRestController(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/me")
	CurrentUser me() {
		return CurrentUser.current().orElseThrow();
	}

	@GetMapping("/organisations")
	List<OrganisationSummary> organisations() {
		return accounts.organisations();
	}

	@PostMapping("/organisations")
	@ApiResponse(responseCode = "201", description = "The organisation created")
	ResponseEntity<OrganisationSummary> createOrganisation(@RequestBody OrganisationRequest request) {
		UUID id = accounts.saveOrganisation(
				new SaveOrganisationCommand(null, 0, request.name(), request.type(), request.country()));
		return ResponseEntity.status(HttpStatus.CREATED).body(accounts.organisation(id));
	}

	@GetMapping("/users")
	List<UserSummary> users(@RequestParam(required = false) String q,
			@RequestParam(required = false) UUID organisationId) {
		return accounts.users(q, organisationId);
	}

	@GetMapping("/users/{id}")
	UserSummary user(@PathVariable UUID id) {
		return accounts.user(id);
	}

	@PostMapping("/users")
	@ApiResponse(responseCode = "201", description = "The user created")
	ResponseEntity<UserSummary> createUser(@RequestBody CreateUserCommand request) {
		UUID id = accounts.createUser(request);
		return ResponseEntity.status(HttpStatus.CREATED).body(accounts.user(id));
	}

	@PutMapping("/users/{id}")
	UserSummary updateUser(@PathVariable UUID id, @RequestBody UserUpdateRequest request) {
		accounts.updateUser(new UpdateUserCommand(id, request.version(), request.displayName(), request.email(),
				request.organisationId(), request.roles(), request.language()));
		return accounts.user(id);
	}

	@PostMapping("/users/{id}/deactivation")
	@ApiResponse(responseCode = "204", description = "The user is deactivated")
	ResponseEntity<Map<String, Object>> deactivate(@PathVariable UUID id) {
		accounts.setUserActive(id, false);
		return ResponseEntity.noContent().build();
	}

	record OrganisationRequest(String name, OrganisationType type, String country) {
	}

	record UserUpdateRequest(int version, String displayName, String email, UUID organisationId, Set<Role> roles,
			String language) {
	}

}
