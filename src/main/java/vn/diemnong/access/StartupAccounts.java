package vn.diemnong.access;

import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Before the service takes requests (after the migrations, before the web server opens): a run without demo data
 * refuses to start with the demo password configured or with demo accounts still enabled in its database, and an
 * administrator named in the configuration is created when there is none yet.
 */
@Component
class StartupAccounts implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(StartupAccounts.class);

	private final Accounts accounts;
	private final SecurityProperties properties;
	private final boolean demo;

	StartupAccounts(Accounts accounts, SecurityProperties properties,
			@Value("${diemnong.demo.enabled:false}") boolean demo) {
		this.accounts = accounts;
		this.properties = properties;
		this.demo = demo;
		if (!demo && Accounts.DEMO_PASSWORD.equals(properties.initialAdmin().password())) {
			throw new IllegalStateException("diemnong.security.initial-admin.password is the demo password; "
					+ "a run without demo data refuses to start with it. Choose another password.");
		}
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (!demo) {
			List<String> demoAccounts = accounts.enabledDemoAccounts();
			if (!demoAccounts.isEmpty()) {
				throw new IllegalStateException("This database holds enabled demo accounts " + demoAccounts
						+ " (their password is public) and demo data is off. Disable them "
						+ "(UPDATE app_user SET enabled = false WHERE demo) or start with the demo profile.");
			}
		}
		SecurityProperties.InitialAdmin admin = properties.initialAdmin();
		if (StringUtils.hasText(admin.username()) && StringUtils.hasText(admin.password()) && !accounts.anyAdmin()) {
			accounts.create(admin.username(), admin.username(), admin.password(), Role.ADMIN, Set.of(), false);
			log.info("Created the administrator {} from diemnong.security.initial-admin", admin.username());
		}
	}
}
