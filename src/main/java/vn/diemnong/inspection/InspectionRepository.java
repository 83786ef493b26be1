package vn.diemnong.inspection;

import org.springframework.data.repository.Repository;

interface InspectionRepository extends Repository<Inspection, Long> {

	Inspection save(Inspection inspection);

	void flush();
}
