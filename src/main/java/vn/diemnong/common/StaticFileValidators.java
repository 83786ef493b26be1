package vn.diemnong.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.io.Resource;
import org.springframework.util.DigestUtils;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;

/**
 * Gives the static files Spring Boot serves (the page, its modules, styles, texts and the webjars) an ETag from their
 * content, next to Last-Modified: their URLs carry no version, so they are sent with Cache-Control no-cache and a second
 * visit revalidates each with If-None-Match and gets 304s. Weak tags, because Tomcat may gzip the body.
 */
class StaticFileValidators implements BeanPostProcessor {

	/** Content hash per file and version of it (a file's URL and last modification). */
	private final Map<String, String> tags = new ConcurrentHashMap<>();

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof SimpleUrlHandlerMapping mapping) {
			mapping.getHandlerMap().values().forEach(handler -> {
				if (handler instanceof ResourceHttpRequestHandler resources) {
					resources.setEtagGenerator(this::tag);
				}
			});
		}
		return bean;
	}

	private @Nullable String tag(Resource resource) {
		try {
			String key = resource.getURL() + "@" + resource.lastModified();
			return tags.computeIfAbsent(key, k -> "W/\"" + hash(resource) + "\"");
		}
		catch (IOException | UncheckedIOException e) {
			return null;
		}
	}

	private static String hash(Resource resource) {
		try (InputStream in = resource.getInputStream()) {
			return DigestUtils.md5DigestAsHex(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
