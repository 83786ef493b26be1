package vn.diemnong.site;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface SiteRepository extends JpaRepository<Site, Long> {

	/** The site with its row locked until the transaction ends, so that writers of one site take turns. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	Optional<Site> findLockedById(long id);
}
