package vn.diemnong.site;

import org.springframework.data.repository.Repository;

/** Append-only: there is no update or delete method. */
interface SiteStatusEventRepository extends Repository<SiteStatusEvent, Long> {

	SiteStatusEvent save(SiteStatusEvent event);
}
