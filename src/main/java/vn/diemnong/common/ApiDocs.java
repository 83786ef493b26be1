package vn.diemnong.common;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.servers.Server;

/**
 * The OpenAPI document at {@code /v3/api-docs} (committed as {@code docs/openapi.json}): the same for every run
 * (relative server, keys in order), every record's members required unless {@code @Nullable} (which may be null),
 * and the problem+json answers each operation can give.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocs {

	static final String PROBLEM_JSON = "application/problem+json";

	@Bean
	OpenAPI openApi() {
		return new OpenAPI()
			.info(new Info().title("Điểm Nóng API").version("v1")
				.description("Pollution hotspots of a Vietnamese province: sites, inspections, histories, hotspots."))
			.servers(List.of(new Server().url("/")));
	}

	@Bean
	ModelConverter nullableRecords() {
		return new NullableRecords();
	}

	@Bean
	OpenApiCustomizer problemResponses() {
		return openApi -> {
			openApi.getComponents().getSchemas()
				.putAll(ModelConverters.getInstance(true).readAll(new AnnotatedType(Problem.class)));
			openApi.getPaths().forEach((path, item) -> {
				if (path.startsWith("/api/")) {
					item.readOperationsMap().forEach((method, operation) -> problems(path, method, operation));
				}
			});
		};
	}

	/** The refusals an operation can answer with, from what it is: its path, its method, who may call it. */
	private static void problems(String path, PathItem.HttpMethod method, Operation operation) {
		Set<HttpStatus> statuses = new LinkedHashSet<>();
		statuses.add(HttpStatus.BAD_REQUEST);
		// a citizen files a tip and follows it without signing in (the tip module's public operations)
		boolean publicTip = path.startsWith("/api/v1/tips/status/")
				|| path.equals("/api/v1/tips") && method == PathItem.HttpMethod.POST;
		boolean open = path.startsWith("/api/v1/public/") || path.equals("/api/v1/me") || path.equals("/api/v1/config")
				|| publicTip;
		if (!open) {
			statuses.add(HttpStatus.UNAUTHORIZED);
			statuses.add(HttpStatus.FORBIDDEN);
		}
		if (path.contains("{")) {
			statuses.add(HttpStatus.NOT_FOUND);
		}
		if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PATCH) {
			statuses.add(HttpStatus.CONFLICT);
			statuses.add(HttpStatus.CONTENT_TOO_LARGE);
			statuses.add(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
		}
		if (method == PathItem.HttpMethod.PATCH && path.startsWith("/api/v1/sites/")
				|| method == PathItem.HttpMethod.PATCH && path.startsWith("/api/v1/tips/")
				|| path.endsWith("/location-corrections")) {
			statuses.add(HttpStatus.PRECONDITION_FAILED);
			statuses.add(HttpStatus.PRECONDITION_REQUIRED);
		}
		if (path.startsWith("/api/v1/public/") || path.contains("/hotspots") || publicTip) {
			statuses.add(HttpStatus.TOO_MANY_REQUESTS);
		}
		for (HttpStatus status : statuses) {
			operation.getResponses().computeIfAbsent(Integer.toString(status.value()), code -> new ApiResponse()
				.description(status.getReasonPhrase())
				.content(new Content().addMediaType(PROBLEM_JSON,
						new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")))));
		}
	}

	/**
	 * The project's records are {@code @NullMarked}: a member is always there unless it is {@code @Nullable}, and
	 * then it may be null (the JSON that PostgreSQL writes keeps it as null, Jackson's leaves it out).
	 */
	static final class NullableRecords implements ModelConverter {

		@Override
		public @Nullable Schema<?> resolve(AnnotatedType type, ModelConverterContext context,
				Iterator<ModelConverter> chain) {
			Schema<?> schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
			JavaType javaType = Json31.mapper().constructType(type.getType());
			Class<?> raw = javaType.getRawClass();
			if (schema == null || !raw.isRecord() || !raw.getName().startsWith("vn.diemnong.")) {
				return schema;
			}
			Schema<?> model = schema.get$ref() == null ? schema
					: context.getDefinedModels().get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
			if (model == null || model.getProperties() == null) {
				return schema;
			}
			for (RecordComponent component : raw.getRecordComponents()) {
				JsonProperty renamed = component.getAccessor().getAnnotation(JsonProperty.class);
				String name = renamed == null || renamed.value().isEmpty() ? component.getName() : renamed.value();
				Schema<?> property = model.getProperties().get(name);
				if (property == null) {
					continue;
				}
				if (component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
					model.getProperties().put(name, nullable(property));
				}
				else if (model.getRequired() == null || !model.getRequired().contains(name)) {
					model.addRequiredItem(name);
				}
			}
			return schema;
		}

		@SuppressWarnings({ "rawtypes", "unchecked" })
		private static Schema<?> nullable(Schema property) {
			if (property.get$ref() != null || property.getOneOf() != null) {
				Schema nullType = new Schema<>();
				nullType.addType("null");
				return new Schema<>().oneOf(new ArrayList<>(List.of(property, nullType)));
			}
			Set<String> types = property.getTypes() == null ? new LinkedHashSet<>() : new LinkedHashSet<>(property.getTypes());
			if (types.isEmpty() && property.getType() != null) {
				types.add(property.getType());
			}
			if (!types.isEmpty()) {
				types.add("null");
				property.setTypes(types);
			}
			return property;
		}
	}
}
