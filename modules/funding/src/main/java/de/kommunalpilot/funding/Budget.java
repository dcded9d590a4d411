package de.kommunalpilot.funding;

import java.math.BigDecimal;
import java.util.List;

/**
 * Budget control of a funding period: per line of the financing plan what was planned, what is committed (approved,
 * not paid) and what is paid; a line whose committed and paid amounts exceed its plan is over.
 */
public record Budget(List<Line> lines, Line total) {

	public record Line(String code, String label, BigDecimal planned, BigDecimal committed, BigDecimal paid) {

		/** Committed and paid together: what the line spends. */
		public BigDecimal spent() {
			return committed.add(paid);
		}

		/** What is left of the plan; negative when the line is over. */
		public BigDecimal available() {
			return planned.subtract(spent());
		}

		public boolean over() {
			return spent().compareTo(planned) > 0;
		}

		/** Spent as a share of the plan, in whole percent (0 when nothing is planned). */
		public int percent() {
			return planned.signum() == 0 ? 0 : spent().multiply(BigDecimal.valueOf(100)).divide(planned, 0, java.math.RoundingMode.HALF_UP).intValue();
		}
	}

	/** The lines that spend more than planned. */
	public List<Line> overdrawn() {
		return lines.stream().filter(Line::over).toList();
	}
}
