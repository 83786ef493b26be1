package vn.diemnong.access;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Accounts, for the administrator: list, create, change role, communes or password, disable, unlock. */
@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "accounts")
class UserController {

	private final Accounts accounts;
	private final AccountQueries queries;

	UserController(Accounts accounts, AccountQueries queries) {
		this.accounts = accounts;
		this.queries = queries;
	}

	@GetMapping
	@Operation(operationId = "listUsers", summary = "Every account")
	@ApiResponse(responseCode = "200", description = "The accounts", content = @Content(mediaType = "application/json",
			array = @ArraySchema(schema = @Schema(implementation = AccountSchemas.Account.class))))
	List<Map<String, Object>> list() {
		return queries.all();
	}

	@PostMapping
	@Operation(operationId = "createUser", summary = "Create an account")
	@ApiResponse(responseCode = "201", description = "The new account", content = @Content(mediaType = "application/json",
			schema = @Schema(implementation = AccountSchemas.Account.class)))
	ResponseEntity<Map<String, Object>> create(@Valid @RequestBody NewUser request) {
		long id = accounts.register(request);
		return ResponseEntity.created(URI.create("/api/v1/users/" + id)).body(queries.one(id));
	}

	@PatchMapping("/{id}")
	@Operation(operationId = "changeUser",
			summary = "Change an account's role, communes or password, disable or unlock it")
	@ApiResponse(responseCode = "200", description = "The changed account", content = @Content(
			mediaType = "application/json", schema = @Schema(implementation = AccountSchemas.Account.class)))
	Map<String, Object> change(@PathVariable long id, @Valid @RequestBody UserChange change) {
		accounts.change(id, change);
		return queries.one(id);
	}
}
