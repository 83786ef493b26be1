package vn.diemnong.map;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The phone page at {@code /field} (static {@code field.html}). The page itself is public, as the map page is; what it
 * shows comes from the API, which asks who is signed in.
 */
@Configuration
class FieldPage implements WebMvcConfigurer {

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addViewController("/field").setViewName("forward:/field.html");
	}
}
