package vn.diemnong.common;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

@Configuration(proxyBeanMethods = false)
class WebConfiguration {

	@Bean
	LocaleResolver localeResolver() {
		AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
		resolver.setSupportedLocales(Messages.SUPPORTED);
		resolver.setDefaultLocale(Messages.VI);
		return resolver;
	}

	/** "Today" and "in the future" are judged in the province's time zone, not the server's. */
	@Bean
	Clock clock(@Value("${diemnong.time-zone}") String zone) {
		return Clock.system(ZoneId.of(zone));
	}

	@Bean
	static StaticFileValidators staticFileValidators() {
		return new StaticFileValidators();
	}

	@Bean
	FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(@Value("${diemnong.web.max-body-bytes}") long max,
			@Value("${diemnong.web.max-upload-bytes:53477376}") long maxUpload, ProblemRenderer problems) {
		FilterRegistrationBean<BodySizeLimitFilter> registration = new FilterRegistrationBean<>(
				new BodySizeLimitFilter(max, maxUpload, problems));
		registration.addUrlPatterns("/api/*");
		return registration;
	}
}
