package vn.diemnong.demo;

import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.diemnong.access.Accounts;
import vn.diemnong.access.Role;

/**
 * The demo's accounts, one per kind of user, all with the password {@value Accounts#DEMO_PASSWORD}. Created only in
 * a demo run (and marked as demo accounts, which a run without demo data refuses to start with).
 */
@Component
@Order(11)
@ConditionalOnProperty(name = "diemnong.demo.enabled", havingValue = "true")
class DemoAccounts implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	record DemoAccount(String username, String displayName, Role role, Set<String> communes) {
	}

	static final List<DemoAccount> ACCOUNTS = List.of(
			new DemoAccount("moitruong", "Sở Nông nghiệp và Môi trường", Role.ENV_DEPT, Set.of()),
			new DemoAccount("congan", "Phòng Cảnh sát môi trường", Role.POLICE, Set.of()),
			new DemoAccount("xa.vocuong", "UBND phường Võ Cường", Role.COMMUNE, Set.of("09190")),
			new DemoAccount("xa.vanmon", "UBND xã Văn Môn", Role.COMMUNE, Set.of("09238")),
			new DemoAccount("xem", "Người xem (nội bộ)", Role.VIEWER, Set.of()),
			new DemoAccount("quantri", "Quản trị hệ thống", Role.ADMIN, Set.of()));

	private final Accounts accounts;

	DemoAccounts(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public void run(ApplicationArguments args) {
		long created = ACCOUNTS.stream().filter(a -> accounts.createIfMissing(a.username(), a.displayName(),
				Accounts.DEMO_PASSWORD, a.role(), a.communes(), true)).count();
		if (created > 0) {
			log.info("Created {} demo accounts ({}), password {}", created,
					ACCOUNTS.stream().map(DemoAccount::username).toList(), Accounts.DEMO_PASSWORD);
		}
	}
}
