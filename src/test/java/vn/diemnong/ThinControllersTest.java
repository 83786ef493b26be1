package vn.diemnong;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.ClassUtils;

/**
 * Controllers stay thin (petclinic's rule): they bind, call their feature's service or queries and answer. No
 * controller holds SQL access or runs a transaction of its own; the owner of the table does the work.
 */
class ThinControllersTest {

	private static final Set<Class<?>> DATA_ACCESS = Set.of(JdbcClient.class, JdbcTemplate.class,
			NamedParameterJdbcTemplate.class, EntityManager.class);

	@Test
	void noControllerTouchesTheDatabaseOrRunsATransaction() {
		List<String> thick = new ArrayList<>();
		for (Class<?> controller : controllers()) {
			for (Field field : controller.getDeclaredFields()) {
				if (DATA_ACCESS.contains(field.getType())) {
					thick.add(controller.getSimpleName() + "." + field.getName() + " is a " + field.getType().getSimpleName());
				}
			}
			if (AnnotatedElementUtils.hasAnnotation(controller, Transactional.class)) {
				thick.add(controller.getSimpleName() + " is @Transactional");
			}
			Arrays.stream(controller.getDeclaredMethods())
				.filter(method -> AnnotatedElementUtils.hasAnnotation(method, Transactional.class))
				.forEach(method -> thick.add(controller.getSimpleName() + "." + method.getName() + " is @Transactional"));
		}
		assertThat(controllers()).extracting(Class::getSimpleName)
			.contains("UserController", "AuditController", "MapConfigController", "SiteController");
		assertThat(thick).isEmpty();
	}

	private static List<Class<?>> controllers() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
		return scanner.findCandidateComponents(DiemNongApplication.class.getPackageName()).stream()
			.<Class<?>>map(candidate -> ClassUtils.resolveClassName(candidate.getBeanClassName(), null))
			.toList();
	}
}
