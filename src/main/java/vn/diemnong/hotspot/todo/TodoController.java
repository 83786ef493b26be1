package vn.diemnong.hotspot.todo;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
class TodoController {

	private final CommuneTodos todos;

	TodoController(CommuneTodos todos) {
		this.todos = todos;
	}

	/** A commune's to-do list; 404 for a commune that does not exist or is not one of the caller's. */
	@GetMapping("/api/v1/communes/{code}/todo")
	@Tag(name = "hotspots")
	@Operation(operationId = "getCommuneTodo", summary = "A commune's to-do list: remedial deadlines overdue or due"
			+ " soon, suspended or committed sites to check, reactivation suspected; and its neighbours")
	@ApiResponse(responseCode = "200", description = "The to-do list", content = @Content(
			mediaType = "application/json", schema = @Schema(implementation = CommuneTodo.class)))
	CommuneTodo todo(@PathVariable String code) {
		return todos.of(code);
	}
}
