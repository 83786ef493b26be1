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

/** Accounts, for the administrator: list, create, change role, communes or password, disable, unlock. */
@RestController
@RequestMapping("/api/v1/users")
class UserController {

	private final Accounts accounts;
	private final AccountQueries queries;

	UserController(Accounts accounts, AccountQueries queries) {
		this.accounts = accounts;
		this.queries = queries;
	}

	@GetMapping
	List<Map<String, Object>> list() {
		return queries.all();
	}

	@PostMapping
	ResponseEntity<Map<String, Object>> create(@Valid @RequestBody NewUser request) {
		long id = accounts.register(request);
		return ResponseEntity.created(URI.create("/api/v1/users/" + id)).body(queries.one(id));
	}

	@PatchMapping("/{id}")
	Map<String, Object> change(@PathVariable long id, @Valid @RequestBody UserChange change) {
		accounts.change(id, change);
		return queries.one(id);
	}
}
