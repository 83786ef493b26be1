package vn.diemnong.inspection;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jakarta.persistence.Column;

import org.hibernate.annotations.ColumnTransformer;
import org.jspecify.annotations.Nullable;

import vn.diemnong.regulation.Limit;

/** A measured value with the limit, regulation and column it was judged against, kept as they were that day. */
@Entity
@Table(name = "sample")
class Sample {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private Medium medium;

	private String parameter;

	private BigDecimal value;

	private String unit;

	private @Nullable Long regulationLimitId;

	private @Nullable String regulation;

	private @Nullable Character regulationColumn;

	private @Nullable BigDecimal limitValue;

	/** A range limit such as pH 5.5–9, as PostgreSQL writes a numrange: "[5.5,9]". */
	@Column(columnDefinition = "numrange")
	@ColumnTransformer(read = "limit_range::text", write = "CAST(? AS numrange)")
	private @Nullable String limitRange;

	private @Nullable String limitVerification;

	private @Nullable BigDecimal exceedance;

	protected Sample() {
		this.medium = Medium.WASTEWATER;
		this.parameter = "";
		this.value = BigDecimal.ZERO;
		this.unit = "";
	}

	Sample(Medium medium, String parameter, BigDecimal value, String unit, @Nullable Limit limit) {
		this.medium = medium;
		this.parameter = parameter;
		this.value = value;
		this.unit = unit;
		if (limit != null) {
			this.regulationLimitId = limit.id();
			this.regulation = limit.regulation();
			this.regulationColumn = limit.column();
			this.limitValue = limit.max();
			this.limitRange = limit.min() == null ? null : "[" + limit.min() + "," + limit.max() + "]";
			this.limitVerification = limit.verification();
			this.exceedance = limit.exceedance(value);
		}
	}

	/** The columns {@link InspectionImport} writes, in its order. */
	Object[] row(long inspectionId) {
		return new Object[] { inspectionId, medium.code(), parameter, value, unit, regulationLimitId, regulation,
				regulationColumn == null ? null : regulationColumn.toString(), limitValue, limitRange, limitVerification,
				exceedance };
	}
}
